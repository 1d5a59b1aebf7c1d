// The whole extractor with its explanation on arbitrary text, with the built-in
// rules: nothing may crash, every record's offsets slice the original text to
// the record's text, and the trace holds one line per record.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.hpp"
#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/text/utf.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const zhibiao::Extractor extractor = *zhibiao::Extractor::builtin();
  zhibiao::Text text(zhibiao::from_utf8(std::string_view(reinterpret_cast<const char*>(data), size)));
  std::vector<std::string> trace;
  zhibiao::ExtractStats stats;
  auto records = extractor.extract_text("fuzz", text, &stats, &trace);
  std::size_t record_lines = 0;
  for (const auto& line : trace) record_lines += line.rfind("  → record ", 0) == 0;
  FUZZ_CHECK(record_lines == records.size());
  for (const auto& r : records) {
    FUZZ_CHECK(r.start < r.end && r.end <= text.original().size());
    FUZZ_CHECK(zhibiao::to_utf8(text.original().substr(r.start, r.end - r.start)) == r.text);
  }
  return 0;
}
