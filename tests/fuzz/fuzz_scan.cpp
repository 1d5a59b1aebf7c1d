// Segmentation and the scanner on arbitrary text: nothing may crash, sentences
// are bounded, and every quantity stays inside the text, in order, maps back to
// a valid original span and holds a value a spreadsheet can hold.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "zhibiao/quantity/numeral.hpp"
#include "zhibiao/quantity/scanner.hpp"
#include "zhibiao/text/segment.hpp"
#include "zhibiao/text/text.hpp"
#include "zhibiao/text/utf.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  zhibiao::Text text(zhibiao::from_utf8(std::string_view(reinterpret_cast<const char*>(data), size)));
  const std::size_t n = text.norm().size(), o = text.original().size();
  std::size_t last = 0;
  for (const auto& s : zhibiao::segment(text)) {
    FUZZ_CHECK(s.begin >= last && s.begin < s.end && s.end <= n);
    FUZZ_CHECK(s.size() <= zhibiao::kMaxSentenceLength);
    for (const auto& c : s.clauses) FUZZ_CHECK(c.begin >= s.begin && c.begin < c.end && c.end <= s.end);
    last = s.end;
  }
  std::size_t last_end = 0;
  for (const auto& q : zhibiao::Scanner().scan(text)) {
    FUZZ_CHECK(q.span.begin < q.span.end && q.span.end <= n);
    FUZZ_CHECK(q.span.begin >= last_end);  // in order, never overlapping
    last_end = q.span.end;
    auto b = text.to_original_begin(q.span.begin), e = text.to_original_end(q.span.end);
    FUZZ_CHECK(b < e && e <= o);
    FUZZ_CHECK(q.number_span.begin <= q.number_span.end && q.number_span.end <= n);
    FUZZ_CHECK(q.unit_span.begin <= q.unit_span.end && q.unit_span.end <= n);
    FUZZ_CHECK(!(q.masked && q.value));
    for (const auto* v : {&q.value, &q.low, &q.high})
      if (*v && !(*v)->is_zero())
        FUZZ_CHECK((*v)->order() <= zhibiao::kMaxFigureOrder && (*v)->order() >= zhibiao::kMinFigureOrder);
  }
  return 0;
}
