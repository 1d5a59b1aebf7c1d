// Strict UTF-8 decoding (no overlongs, no surrogates), counting what it replaces.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace zhibiao {

struct Utf8Decoded {
  std::u32string text;
  std::size_t invalid = 0;                  // sequences replaced by U+FFFD
  std::optional<std::size_t> first_invalid;  // byte offset of the first one
};

Utf8Decoded decode_utf8(std::string_view bytes);

}  // namespace zhibiao
