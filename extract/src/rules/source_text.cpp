#include "source_text.hpp"

#include <algorithm>

namespace zhibiao {

std::size_t utf8_length(unsigned char b) {
  return b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 1;
}

SourceText::SourceText(std::string path, std::string_view content) : path_(std::move(path)), content_(content) {
  starts_.push_back(0);
  for (std::size_t i = 0; i < content_.size(); ++i)
    if (content_[i] == '\n' && i + 1 < content_.size()) starts_.push_back(i + 1);
}

SourceText::Pos SourceText::at(std::size_t byte) const {
  byte = std::min(byte, content_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), byte);
  std::size_t line = static_cast<std::size_t>(it - starts_.begin());
  std::size_t column = 1;
  for (std::size_t i = starts_[line - 1]; i < byte; i += utf8_length(static_cast<unsigned char>(content_[i]))) ++column;
  return {line, column};
}

std::string_view SourceText::line(std::size_t n) const {
  if (n == 0 || n > starts_.size()) return {};
  std::size_t b = starts_[n - 1];
  std::size_t e = content_.find('\n', b);
  if (e == std::string_view::npos) e = content_.size();
  if (e > b && content_[e - 1] == '\r') --e;
  return content_.substr(b, e - b);
}

std::size_t SourceText::first_invalid_utf8() const {
  for (std::size_t i = 0; i < content_.size();) {
    auto b = static_cast<unsigned char>(content_[i]);
    std::size_t n = utf8_length(b);
    if (b >= 0x80 && (n == 1 || b == 0xC0 || b == 0xC1 || b > 0xF4)) return i;
    if (i + n > content_.size()) return i;
    for (std::size_t k = 1; k < n; ++k)
      if ((static_cast<unsigned char>(content_[i + k]) & 0xC0) != 0x80) return i;
    i += n;
  }
  return std::string_view::npos;
}

std::vector<std::size_t> SourceText::value_offsets(std::size_t node, std::size_t count) const {
  std::vector<std::size_t> out;
  if (node >= content_.size()) return out;
  char quote = content_[node] == '"' || content_[node] == '\'' ? content_[node] : 0;
  std::size_t i = node + (quote ? 1 : 0);
  while (out.size() < count && i < content_.size()) {
    char c = content_[i];
    if (c == '\n' || c == '\r') break;  // folded over lines: positions past here are not kept
    out.push_back(i);
    if (quote == '"' && c == '\\' && i + 1 < content_.size()) {
      char e = content_[i + 1];
      std::size_t len = e == 'x' ? 4 : e == 'u' ? 6 : e == 'U' ? 10 : 2;
      i = std::min(i + len, content_.size());
    } else if (quote == '\'' && c == '\'' && i + 1 < content_.size() && content_[i + 1] == '\'') {
      i += 2;
    } else {
      i += utf8_length(static_cast<unsigned char>(c));
    }
  }
  return out;
}

Error SourceText::error_at(std::size_t byte, std::string message, std::string fragment) const {
  return error_at(at(byte), std::move(message), std::move(fragment));
}

Error SourceText::error_at(Pos pos, std::string message, std::string fragment) const {
  Error e(std::move(message), path_, pos.line, pos.column, std::move(fragment));
  e.excerpt = std::string(line(pos.line));
  return e;
}

}  // namespace zhibiao
