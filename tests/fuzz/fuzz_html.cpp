// The .html reader on arbitrary bytes: nothing may crash, its text holds no
// placeholder characters of the pattern engine it could forge, and a document
// made of the bytes is consistent.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "zhibiao/text/document.hpp"
#include "zhibiao/text/html_reader.hpp"
#include "zhibiao/text/utf.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::u32string text = zhibiao::html_text(zhibiao::from_utf8(bytes));
  for (char32_t c : text) FUZZ_CHECK(c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF));
  (void)zhibiao::html_charset(bytes);
  auto doc = zhibiao::make_document("fuzz.html", bytes);
  FUZZ_CHECK((doc.status == "error") == !doc.text.has_value());
  return 0;
}
