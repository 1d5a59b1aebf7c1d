// libxlsxwriter does not check writes to its constant-memory temporary files:
// on a full disk it can finish a workbook with truncated sheets and report success.
// This reads the finished zip back and checks every worksheet ends as XML should.
#pragma once

#include <optional>
#include <string>

#include "zhibiao/error.hpp"

namespace zhibiao::report::detail {

std::optional<Error> verify_xlsx(const std::string& path);

}  // namespace zhibiao::report::detail
