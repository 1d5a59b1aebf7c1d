// Jobs from JSON lines. The mapper protocol of Hadoop Streaming and Spark's
// RDD.pipe (`zhibiao extract --stdin-jsonl`): a line {"doc": …, "text": …} or
// {"doc": …, "path": …} per document in, records as lines out. And records read
// back (`zhibiao extract --from-jsonl`), a document's consecutive lines one job,
// to write a workbook or run the checks over what mappers gathered.
#pragma once

#include <istream>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "batch.hpp"

namespace zhibiao::cli {

class DocumentLines : public JobSource {
 public:
  explicit DocumentLines(std::istream& in) : in_(in) {}
  std::optional<Job> next() override;

 private:
  std::istream& in_;
  std::size_t line_ = 0;
};

class RecordLines : public JobSource {
 public:
  // Files of records; "-" is standard input.
  explicit RecordLines(std::vector<std::string> files) : files_(std::move(files)) {}
  std::optional<Job> next() override;

 private:
  std::optional<Job> read_line();  // a record (left in pending_) or a fault
  std::vector<std::string> files_;
  std::size_t file_ = 0, line_ = 0;
  std::unique_ptr<std::ifstream> stream_;
  std::istream* in_ = nullptr;
  std::optional<Record> pending_;
  std::optional<Job> fault_;
};

}  // namespace zhibiao::cli
