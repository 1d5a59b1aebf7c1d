// Runs the extractor over many inputs (files or folders), reporting progress on
// a terminal; a document that cannot be read is listed with its error and the
// batch goes on.
#pragma once

#include <string>
#include <vector>

#include "zhibiao/extractor.hpp"
#include "zhibiao/record.hpp"

namespace zhibiao::cli {

struct SourceStatus {
  std::string path, encoding;
  std::size_t bytes = 0, sentences = 0, records = 0;
  std::string status, error;
};

struct BatchResult {
  std::vector<Record> records;
  std::vector<SourceStatus> sources;
};

// Folders are walked for *.txt files, in path order.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs);
BatchResult run_batch(const Extractor& extractor, const std::vector<std::string>& paths, const std::string& encoding,
                      bool quiet);

}  // namespace zhibiao::cli
