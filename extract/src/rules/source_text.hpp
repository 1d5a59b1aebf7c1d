// A rule file's text as its author sees it: lines, and columns counted in
// characters (code points), not bytes, so a caret lands under the right one.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/error.hpp"

namespace zhibiao {

class SourceText {
 public:
  SourceText(std::string path, std::string_view content);

  struct Pos {
    std::size_t line = 0, column = 0;  // 1-based; column in code points
  };

  const std::string& path() const { return path_; }
  std::string_view content() const { return content_; }
  Pos at(std::size_t byte) const;
  // Line `n` (1-based) without its line end.
  std::string_view line(std::size_t n) const;
  std::size_t lines() const { return starts_.size(); }
  // Byte offset of the first invalid UTF-8 sequence, or npos when the text is valid UTF-8.
  std::size_t first_invalid_utf8() const;

  // Where each code point of a scalar's value is written, for a scalar on one
  // line (plain, '…' or "…" with its escapes): byte offsets into the content.
  // Shorter than the value where the scalar runs over lines.
  std::vector<std::size_t> value_offsets(std::size_t node_byte, std::size_t value_code_points) const;

  // An error at a byte offset, with the line shown under it.
  Error error_at(std::size_t byte, std::string message, std::string fragment = {}) const;
  Error error_at(Pos pos, std::string message, std::string fragment = {}) const;

 private:
  std::string path_;
  std::string_view content_;
  std::vector<std::size_t> starts_;  // byte offset of each line
};

// Length of the UTF-8 sequence starting with byte `b` (1 for a stray byte).
std::size_t utf8_length(unsigned char b);

}  // namespace zhibiao
