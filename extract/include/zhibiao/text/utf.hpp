// UTF-8 <-> UTF-32 conversions for text already known to be valid.
#pragma once

#include <string>
#include <string_view>

namespace zhibiao {

std::string to_utf8(std::u32string_view text);
void append_utf8(std::string& out, char32_t c);
// Lenient: invalid sequences become U+FFFD. For checked decoding use decode().
std::u32string from_utf8(std::string_view text);

// A CJK unified ideograph, basic block or extension A: the characters Chinese words are written in.
inline bool is_cjk(char32_t c) { return c >= 0x3400 && c <= 0x9FFF; }

}  // namespace zhibiao
