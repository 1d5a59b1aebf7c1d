#include "zhibiao/error.hpp"

#include <fmt/format.h>

#include <string_view>
#include <utility>
#include <vector>

namespace zhibiao {
namespace {

// Decodes one UTF-8 sequence at s[i]; advances i. Malformed bytes count as one column.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
  if (i + n > s.size()) n = 1;
  char32_t c = n == 1 ? b : b & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return c;
}

bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
         (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
         (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

}  // namespace

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  for (std::size_t i = 0; i < s.size();) w += is_wide(next_code_point(s, i)) ? 2 : 1;
  return w;
}

std::string Error::describe() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line) {
      out += fmt::format(":{}", line);
      if (column) out += fmt::format(":{}", column);
    }
    out += ": ";
  }
  out += message;
  if (!fragment.empty()) out += fmt::format(" [{}]", fragment);
  if (!excerpt.empty()) {
    // A window of the line around the column, so a caret fits on a terminal
    // even under a 100,000-character line; the caret sits under the column'th
    // code point, however wide the ones before it are.
    std::vector<std::pair<std::size_t, std::size_t>> cps;  // byte range of each code point
    for (std::size_t i = 0; i < excerpt.size();) {
      std::size_t start = i;
      next_code_point(excerpt, i);
      cps.emplace_back(start, i);
    }
    constexpr std::size_t kWindow = 60;
    std::size_t col = column ? column - 1 : 0;
    std::size_t from = col > kWindow ? col - kWindow : 0, to = std::min(cps.size(), col + kWindow);
    std::string shown = from ? "…" : "";
    std::size_t before = from ? 1 : 0;
    for (std::size_t k = from; k < to; ++k) {
      std::size_t i = cps[k].first;
      char32_t c = next_code_point(excerpt, i);
      std::size_t w = c == U'\t' ? 1 : is_wide(c) ? 2 : 1;
      if (c == U'\t') shown += ' ';
      else shown.append(excerpt, cps[k].first, cps[k].second - cps[k].first);
      if (k < col) before += w;
    }
    if (to < cps.size()) shown += "…";
    out += fmt::format("\n    {}", shown);
    if (column) out += fmt::format("\n    {}^", std::string(before, ' '));
  }
  return out;
}

}  // namespace zhibiao
