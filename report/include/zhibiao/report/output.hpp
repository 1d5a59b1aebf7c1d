// Writing a batch: the format follows the extension (.xlsx, .csv, .jsonl).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "zhibiao/error.hpp"
#include "zhibiao/report/batch.hpp"

namespace zhibiao::report {

// Atomic: written to a temporary file beside `path`, then renamed over it, so an
// existing output survives a failed write. Refuses a path that is one of `inputs`.
std::optional<Error> write_output(const std::string& path, const Batch& batch, Lang lang,
                                  const std::vector<std::string>& inputs);

}  // namespace zhibiao::report
