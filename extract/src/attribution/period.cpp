#include "zhibiao/attribution/period.hpp"

#include <fmt/format.h>

namespace zhibiao {

std::string Period::str() const {
  if (!printable()) return {};
  // XXXX: a year the document does not say (as EDTF writes unspecified digits).
  std::string y = year ? fmt::format("{}", year) : std::string("XXXX");
  switch (kind) {
    case Kind::year: return y;
    case Kind::half: return fmt::format("{}-H{}", y, first);
    case Kind::quarter: return fmt::format("{}-Q{}", y, first);
    case Kind::month: return fmt::format("{}-{:02}", y, first);
    case Kind::months: return fmt::format("{0}-{1:02}/{0}-{2:02}", y, first, last);
    case Kind::multi_year: return fmt::format("{}/{}", y, last_year);
    case Kind::none: break;
  }
  return {};
}

int Period::first_month() const {
  switch (kind) {
    case Kind::half: return year * 12 + (first - 1) * 6;
    case Kind::quarter: return year * 12 + (first - 1) * 3;
    case Kind::month:
    case Kind::months: return year * 12 + first - 1;
    default: return year * 12;
  }
}

int Period::last_month() const {
  switch (kind) {
    case Kind::half: return year * 12 + first * 6 - 1;
    case Kind::quarter: return year * 12 + first * 3 - 1;
    case Kind::month: return year * 12 + first - 1;
    case Kind::months: return year * 12 + last - 1;
    case Kind::multi_year: return last_year * 12 + 11;
    default: return year * 12 + 11;
  }
}

std::string_view Period::kind_name() const {
  if (!printable()) return {};
  switch (kind) {
    case Kind::year: return "year";
    case Kind::half: return "half";
    case Kind::quarter: return "quarter";
    case Kind::month: return "month";
    case Kind::months: return "months";
    case Kind::multi_year: return "multi-year";
    case Kind::none: break;
  }
  return {};
}

}  // namespace zhibiao
