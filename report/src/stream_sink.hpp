// JSONL and CSV: a line or a row per record on a stream, flushed and checked after
// each document and at the end, so a full disk or a closed pipe stops the batch
// with its reason instead of passing in silence.
#pragma once

#include <ostream>
#include <string>

#include "zhibiao/report/sink.hpp"

namespace zhibiao::report::detail {

class StreamSink : public Sink {
 public:
  StreamSink(std::ostream& out, std::string name) : out_(out), name_(std::move(name)) {}
  std::optional<Error> begin() override;
  std::optional<Error> document(const SourceFile& source, const std::vector<Record>& records,
                                std::size_t first_number) override;
  std::optional<Error> finish(const Tally& tally) override;

 protected:
  virtual void header(std::ostream&) {}
  virtual void row(std::ostream& out, const Record& r) = 0;

 private:
  std::optional<Error> flushed();
  std::ostream& out_;
  std::string name_;
};

}  // namespace zhibiao::report::detail
