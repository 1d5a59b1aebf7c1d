#include "utf8_decoder.hpp"

namespace zhibiao {

Utf8Decoded decode_utf8(std::string_view bytes) {
  // Written through a pointer into a buffer of one code point per byte that starts no
  // sequence (exact for valid text, a third of the bytes for Chinese), then cut to
  // size: no push_back per character. Only a stray continuation byte can write more;
  // the first one grows the buffer to one code point a byte, the most there can be.
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const size_t n = bytes.size();
  size_t leads = 0;
  for (size_t j = 0; j < n; ++j) leads += (p[j] & 0xC0) != 0x80;
  Utf8Decoded out;
  out.text.resize(leads);
  char32_t* w = out.text.data();
  bool grown = false;
  size_t i = 0;
  auto bad = [&](size_t at) {
    if (!grown && (p[at] & 0xC0) == 0x80) {
      const auto written = static_cast<size_t>(w - out.text.data());
      out.text.resize(n);
      w = out.text.data() + written;
      grown = true;
    }
    *w++ = U'\uFFFD';
    if (!out.first_invalid) out.first_invalid = at;
    ++out.invalid;
  };
  while (i < n) {
    unsigned char b = p[i];
    if (b < 0x80) {
      *w++ = b;
      ++i;
      continue;
    }
    // The common case of Chinese text: a well-formed three-byte sequence.
    if ((b & 0xF0) == 0xE0 && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
      char32_t c = (char32_t(b & 0x0F) << 12) | (char32_t(p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF)) {
        *w++ = c;
        i += 3;
        continue;
      }
    }
    size_t len;
    char32_t c, min;
    if ((b & 0xE0) == 0xC0) { len = 2; c = b & 0x1F; min = 0x80; }
    else if ((b & 0xF0) == 0xE0) { len = 3; c = b & 0x0F; min = 0x800; }
    else if ((b & 0xF8) == 0xF0) { len = 4; c = b & 0x07; min = 0x10000; }
    else { bad(i); ++i; continue; }
    size_t k = 1;
    for (; k < len && i + k < n && (p[i + k] & 0xC0) == 0x80; ++k) c = (c << 6) | (p[i + k] & 0x3F);
    if (k < len || c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
      bad(i);
      i += k;  // skip the maximal invalid prefix, as ICU and WHATWG do
      continue;
    }
    *w++ = c;
    i += len;
  }
  out.text.resize(static_cast<std::size_t>(w - out.text.data()));
  return out;
}

}  // namespace zhibiao
