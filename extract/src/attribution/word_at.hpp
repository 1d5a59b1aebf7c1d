// A word written at a position of the text: where it starts (bounded by the view's
// end) or where it ends (no further back than `floor`).
#pragma once

#include <cstddef>
#include <string_view>

namespace zhibiao::detail {

inline bool starts_with_at(std::u32string_view s, std::size_t pos, std::u32string_view w) {
  return pos + w.size() <= s.size() && s.substr(pos, w.size()) == w;
}

inline bool ends_with_at(std::u32string_view s, std::size_t pos, std::size_t floor, std::u32string_view w) {
  return pos >= floor + w.size() && s.substr(pos - w.size(), w.size()) == w;
}

}  // namespace zhibiao::detail
