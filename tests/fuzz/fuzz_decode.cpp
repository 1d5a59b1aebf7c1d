// The decoder on arbitrary bytes: it never crashes, every replacement it counts
// is a U+FFFD where it says, and a document made of the bytes is consistent.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "zhibiao/text/decode.hpp"
#include "zhibiao/text/document.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (std::string_view forced : {std::string_view(), std::string_view("gb18030"), std::string_view("utf-16le")}) {
    auto d = zhibiao::decode(bytes, forced);
    if (!d) {
      FUZZ_CHECK(!d.error().message.empty());
      continue;
    }
    FUZZ_CHECK(d->invalid == 0 || d->first_invalid.has_value());
    if (d->first_invalid) FUZZ_CHECK(*d->first_invalid < d->text.size() && d->text[*d->first_invalid] == U'\uFFFD');
    FUZZ_CHECK(!d->encoding.empty());
  }
  auto doc = zhibiao::make_document("fuzz", bytes);
  FUZZ_CHECK(doc.bytes == size);
  FUZZ_CHECK(doc.status == "ok" || doc.status == "empty" || doc.status == "error");
  FUZZ_CHECK((doc.status == "error") == !doc.text.has_value());
  return 0;
}
