#include "zhibiao/text/utf.hpp"

#include "utf8_decoder.hpp"

namespace zhibiao {

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

std::string to_utf8(std::u32string_view text) {
  // Written through a pointer into the largest size the text can take, then cut to size.
  std::string out(text.size() * 4, '\0');
  auto* w = reinterpret_cast<unsigned char*>(out.data());
  for (char32_t c : text) {
    if (c < 0x80) {
      *w++ = static_cast<unsigned char>(c);
    } else if (c < 0x800) {
      *w++ = static_cast<unsigned char>(0xC0 | (c >> 6));
      *w++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      *w++ = static_cast<unsigned char>(0xE0 | (c >> 12));
      *w++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
      *w++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
    } else {
      *w++ = static_cast<unsigned char>(0xF0 | (c >> 18));
      *w++ = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
      *w++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
      *w++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
    }
  }
  out.resize(static_cast<std::size_t>(w - reinterpret_cast<unsigned char*>(out.data())));
  return out;
}

std::u32string from_utf8(std::string_view text) { return decode_utf8(text).text; }

}  // namespace zhibiao
