// CSV (RFC 4180): UTF-8 with a BOM so Excel reads Chinese, CRLF rows, every record field.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/report/sink.hpp"

namespace zhibiao::report {

// The field, quoted when it holds a comma, quote, CR or LF.
std::string csv_field(std::string_view text);
void write_csv(std::ostream& out, const std::vector<Record>& records);
// The BOM and header, then rows as documents finish; `name` is what messages call the stream.
std::unique_ptr<Sink> csv_sink(std::ostream& out, std::string name);

}  // namespace zhibiao::report
