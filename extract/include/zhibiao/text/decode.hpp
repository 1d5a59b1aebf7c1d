// Bytes to Unicode text: BOM, strict UTF-8, UTF-16, GB18030/GBK through ICU.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "zhibiao/error.hpp"

namespace zhibiao {

struct DecodedText {
  std::u32string text;        // code points, BOM excluded, line ends kept as written
  std::string encoding;       // "UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", ...
  bool had_bom = false;
  std::size_t invalid = 0;                     // byte sequences replaced by U+FFFD
  std::optional<std::size_t> first_invalid;    // code-point offset of the first replacement
};

// Detects the encoding unless `forced` names one (any ICU converter name:
// "gb18030", "gbk", "utf-8", "utf-16le" ...). Fails on binary data and unknown
// encoding names; an empty input decodes to an empty text.
Result<DecodedText> decode(std::string_view bytes, std::string_view forced = {});

}  // namespace zhibiao
