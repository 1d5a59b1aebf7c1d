// Decoder and scanner on arbitrary bytes: nothing may crash, and every quantity
// must stay inside the text and map back to a valid original span.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "zhibiao/text/decode.hpp"
#include "zhibiao/quantity/scanner.hpp"
#include "zhibiao/text/segment.hpp"
#include "zhibiao/text/text.hpp"

namespace {

void check(bool ok) {
  if (!ok) std::abort();
}

void scan_text(std::u32string decoded) {
  zhibiao::Text text(std::move(decoded));
  const std::size_t n = text.norm().size(), o = text.original().size();
  for (const auto& s : zhibiao::segment(text)) check(s.begin <= s.end && s.end <= n);
  std::size_t last_end = 0;
  for (const auto& q : zhibiao::Scanner().scan(text)) {
    check(q.span.begin < q.span.end && q.span.end <= n);
    check(q.span.begin >= last_end);  // in order, never overlapping
    last_end = q.span.end;
    auto b = text.to_original_begin(q.span.begin), e = text.to_original_end(q.span.end);
    check(b < e && e <= o);
    check(q.number_span.begin <= q.number_span.end && q.number_span.end <= n);
    check(q.unit_span.begin <= q.unit_span.end && q.unit_span.end <= n);
    check(!(q.masked && q.value));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (auto d = zhibiao::decode(bytes)) {
    check(d->invalid == 0 || d->first_invalid.has_value());
    if (d->first_invalid) check(*d->first_invalid < d->text.size() && d->text[*d->first_invalid] == U'\uFFFD');
    scan_text(std::move(d->text));
  }
  if (auto d = zhibiao::decode(bytes, "gb18030")) scan_text(std::move(d->text));
  return 0;
}
