// Runs the extractor over many inputs (files or folders), reporting progress on
// a terminal; a document that cannot be read is listed with its error and the
// batch goes on.
#pragma once

#include <string>
#include <vector>

#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/report/batch.hpp"

namespace zhibiao::cli {

// Folders are walked for *.txt files, in path order.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs);
// Records and the file list; findings are left to the caller.
report::Batch run_batch(const Extractor& extractor, const std::vector<std::string>& paths, const std::string& encoding,
                        bool quiet);

}  // namespace zhibiao::cli
