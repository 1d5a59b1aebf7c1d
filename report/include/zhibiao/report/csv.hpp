// CSV (RFC 4180): UTF-8 with a BOM so Excel reads Chinese, CRLF rows, every record field.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/attribution/record.hpp"

namespace zhibiao::report {

// The field, quoted when it holds a comma, quote, CR or LF.
std::string csv_field(std::string_view text);
void write_csv(std::ostream& out, const std::vector<Record>& records);

}  // namespace zhibiao::report
