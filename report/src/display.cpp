#include "display.hpp"

#include <cmath>

#include "zhibiao/quantity/units.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::report::detail {

std::optional<double> DisplayUnits::factor(const std::string& display_unit, const std::string& unit) {
  if (display_unit.empty() || unit.empty()) return std::nullopt;
  if (display_unit == unit) return 1.0;
  auto key = std::make_pair(display_unit, unit);
  if (auto it = cache_.find(key); it != cache_.end()) return it->second;
  const UnitTable& table = UnitTable::builtin();
  std::u32string d = from_utf8(display_unit);
  std::optional<double> result;
  auto convert = [&](std::u32string_view rest, int power) -> std::optional<double> {
    double scale = std::pow(10.0, power);
    if (to_utf8(rest) == unit) return scale;
    if (const UnitInfo* u = table.units.find(rest); u && u->base == unit) return scale * u->factor.to_double();
    return std::nullopt;
  };
  if (auto hit = table.magnitudes.longest_at(d, 0)) result = convert(std::u32string_view(d).substr(hit.length), *hit.entry);
  if (!result) result = convert(d, 0);
  cache_.emplace(key, result);
  return result;
}

std::string number_format(const std::string& unit, int decimals) {
  std::string digits = decimals > 0 ? "." + std::string(static_cast<std::size_t>(decimals), '0') : "";
  if (unit == "%") return "0" + digits + "\"%\"";
  if (unit == "百分点") return "0" + digits + "\"个百分点\"";
  if (unit == "位") return "\"第\"0\"位\"";
  return "#,##0" + digits;
}

double text_width(std::string_view s) {
  double w = 0;
  for (char32_t c : from_utf8(s)) {
    bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
    w += wide ? 2.1 : 1.1;
  }
  return w;
}

std::string cell_text(std::string_view s) {
  constexpr std::size_t kExcelMax = 32767;
  std::string out;
  out.reserve(std::min(s.size(), kExcelMax * 4));
  std::size_t units = 0;
  for (char32_t c : from_utf8(s)) {
    std::size_t need = c > 0xFFFF ? 2 : 1;
    if (units + need > kExcelMax) break;
    units += need;
    if (c < 0x20 && c != U'\t' && c != U'\n' && c != U'\r') c = 0xFFFD;
    if (c == 0xFFFE || c == 0xFFFF) c = 0xFFFD;
    append_utf8(out, c);
  }
  return out;
}

}  // namespace zhibiao::report::detail
