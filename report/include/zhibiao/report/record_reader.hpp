// A record read back from its JSON line (`zhibiao extract` output), exact: numbers
// keep the digits written, so to_json(read_record(line)) == line.
#pragma once

#include <string_view>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/error.hpp"

namespace zhibiao::report {

Result<Record> read_record(std::string_view json_line);

}  // namespace zhibiao::report
