// The .docx reader on arbitrary bytes (a zip, or not): nothing may crash, and a
// document made of it is consistent. (Its text is the XML's bytes: a corrupt
// document.xml may hold invalid UTF-8, which the document then decodes as such.)
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "zhibiao/text/document.hpp"
#include "zhibiao/text/docx_reader.hpp"
#include "zhibiao/text/utf.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (auto text = zhibiao::docx_text(bytes)) (void)zhibiao::from_utf8(*text);
  else FUZZ_CHECK(!text.error().message.empty());
  auto doc = zhibiao::make_document("fuzz.docx", bytes);
  FUZZ_CHECK((doc.status == "error") == !doc.text.has_value());
  return 0;
}
