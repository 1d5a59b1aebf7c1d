#include "display.hpp"

#include <fmt/format.h>

#include <algorithm>
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

std::string display_unit_of(const Record& r, const Catalogue& catalogue) {
  if (!r.display_unit.empty() || r.measure != "change") return r.display_unit;
  const CatalogueEntry* e = catalogue.find(r.indicator_id, r.indicator);
  return e ? e->display_unit : std::string();
}

std::string number_format(const std::string& unit, int decimals, Lang lang, const std::string& prefix,
                          const std::string& suffix) {
  std::string digits = decimals > 0 ? fmt::format(".{}", std::string(static_cast<std::size_t>(decimals), '0')) : "";
  std::string p = prefix.empty() ? "" : fmt::format("\"{}\"", prefix);
  std::string tail = suffix.empty() ? "" : fmt::format("\"{}\"", suffix);
  std::string body;
  if (unit == "%") body = fmt::format("0{}\"%\"", digits);
  else if (unit == "百分点") body = fmt::format("0{}\"{}\"", digits, lang == Lang::zh ? "个百分点" : " pp");
  else if (unit == "位") body = lang == Lang::zh ? "\"第\"0\"位\"" : "\"No. \"0";
  else body = fmt::format("#,##0{}", digits);
  // A negative number keeps its sign after the prefix: 约-3.1%.
  if (p.empty() && tail.empty()) return body;
  return fmt::format("{0}{1}{2};{0}-{1}{2}", p, body, tail);
}

std::string formatted(double v, const std::string& unit, int decimals, Lang lang) {
  std::string n = fmt::format("{:.{}f}", v, std::max(0, decimals));
  if (unit != "%" && unit != "百分点" && unit != "位") {  // #,##0: thousands grouped
    std::size_t digits_end = n.find('.');
    if (digits_end == std::string::npos) digits_end = n.size();
    std::size_t digits_begin = n[0] == '-' ? 1 : 0;
    for (std::size_t at = digits_end; at > digits_begin + 3; at -= 3) n.insert(at - 3, ",");
  }
  if (unit == "%") return fmt::format("{}%", n);
  if (unit == "百分点") return fmt::format("{}{}", n, lang == Lang::zh ? "个百分点" : " pp");
  if (unit == "位") return lang == Lang::zh ? fmt::format("第{:.0f}位", v) : fmt::format("No. {:.0f}", v);
  return n;
}

int significant_digits(const std::string& plain) {
  std::string digits;
  for (char c : plain)
    if (c >= '0' && c <= '9') digits += c;
  auto first = digits.find_first_not_of('0');
  if (first == std::string::npos) return 0;
  digits.erase(0, first);
  // Zeros at the end of an integer only place the point; after the point they were written.
  if (plain.find('.') == std::string::npos) {
    auto last = digits.find_last_not_of('0');
    digits.erase(last + 1);
  }
  return static_cast<int>(digits.size());
}

namespace {

// The code point of valid UTF-8 at s[i], and its length in n.
char32_t decode_at(std::string_view s, std::size_t i, std::size_t& n) {
  auto b = static_cast<unsigned char>(s[i]);
  auto cont = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3F); };
  if (b < 0x80) return n = 1, b;
  if (b < 0xE0) return n = 2, (char32_t(b & 0x1F) << 6) | cont(1);
  if (b < 0xF0) return n = 3, (char32_t(b & 0x0F) << 12) | (cont(1) << 6) | cont(2);
  return n = 4, (char32_t(b & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
}

// Whether s is strictly valid UTF-8 (as decode_utf8 reads it) with nothing cell_text would
// change: no control character but tab and line ends, no U+FFFE/U+FFFF, within Excel's length.
bool is_own_cell_text(std::string_view s) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
    if (!len || i + len > s.size()) return false;
    for (std::size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    std::size_t n = 0;
    char32_t c = decode_at(s, i, n);
    static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < kMin[len] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
    if ((c < 0x20 && c != U'\t' && c != U'\n' && c != U'\r') || c == 0xFFFE || c == 0xFFFF) return false;
    units += c > 0xFFFF ? 2 : 1;
    i += len;
  }
  return units <= 32767;
}

}  // namespace

double text_width(std::string_view s) {
  double w = 0;
  if (is_own_cell_text(s)) {  // no detour through UTF-32
    for (std::size_t i = 0, n = 0; i < s.size(); i += n) {
      char32_t c = decode_at(s, i, n);
      bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                  (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                  (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
      w += wide ? 2.1 : 1.1;
    }
    return w;
  }
  for (char32_t c : from_utf8(s)) {
    bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
                (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
                (c >= 0xFFE0 && c <= 0xFFE6) || c >= 0x20000;
    w += wide ? 2.1 : 1.1;
  }
  return w;
}

void cell_text_into(std::string& out, std::string_view s) {
  if (is_own_cell_text(s)) out.assign(s);
  else out = cell_text(s);
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
