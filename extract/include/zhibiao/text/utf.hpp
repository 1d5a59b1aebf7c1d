// UTF-8 <-> UTF-32 conversions for text already known to be valid.
#pragma once

#include <string>
#include <string_view>

namespace zhibiao {

std::string to_utf8(std::u32string_view text);
void append_utf8(std::string& out, char32_t c);
// Lenient: invalid sequences become U+FFFD. For checked decoding use decode().
std::u32string from_utf8(std::string_view text);

}  // namespace zhibiao
