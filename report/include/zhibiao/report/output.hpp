// Writing to a file: the format follows the extension (.xlsx, .csv, .jsonl).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "zhibiao/error.hpp"
#include "zhibiao/report/batch.hpp"
#include "zhibiao/report/sink.hpp"
#include "zhibiao/report/workbook_options.hpp"

namespace zhibiao::report {

// Atomic: written to a temporary file beside `path` (.NAME.tmp-XXXXXX), then
// fsynced and renamed over it at finish, so an existing output survives a failed
// or interrupted run; the temporary file never outlives the run (see atomic_file.hpp).
// Refuses a path that is one of `inputs`, a folder, or has another extension.
Result<std::unique_ptr<Sink>> file_sink(const std::string& path, const WorkbookOptions& options,
                                        const std::vector<std::string>& inputs);

// A whole batch at once, with the same guarantees.
std::optional<Error> write_output(const std::string& path, const Batch& batch, const WorkbookOptions& options,
                                  const std::vector<std::string>& inputs);

}  // namespace zhibiao::report
