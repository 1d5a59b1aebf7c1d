// A document's text twice: as decoded, and NFKC-normalized for matching, with a
// map that takes every normalized position back to the original code point. Most
// documents normalize one character to one (，to , and １ to 1), so the map is kept
// only once a character expands or vanishes; until then a position is its own.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace zhibiao {

class Text {
 public:
  explicit Text(std::u32string original);

  const std::u32string& original() const { return original_; }
  const std::u32string& norm() const { return norm_; }
  std::u32string_view norm_view() const { return norm_; }

  // Half-open normalized span [begin, end) to the original span it came from.
  std::size_t to_original_begin(std::size_t norm_begin) const;
  std::size_t to_original_end(std::size_t norm_end) const;
  // The original character behind normalized position `i`.
  char32_t original_at(std::size_t norm_pos) const { return original_[origin(norm_pos)]; }
  std::u32string_view original_span(std::size_t norm_begin, std::size_t norm_end) const;

  // True when the ',' at normalized position `i` groups digits (1,234.5 or ４，５６５)
  // rather than separating clauses (增长10，20年).
  bool is_digit_group_comma(std::size_t i) const;

 private:
  std::size_t origin(std::size_t norm_pos) const { return map_.empty() ? norm_pos : map_[norm_pos]; }

  std::u32string original_;
  std::u32string norm_;
  std::vector<std::uint32_t> map_;  // norm index -> original index, one extra entry at the end; empty: one to one
};

inline bool is_ascii_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

}  // namespace zhibiao
