// Extraction over a text as the pipeline runs it, and lookups into its records.
#pragma once

#include <string>
#include <vector>

#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::test {

inline std::vector<Record> extract(const std::string& text, const DocumentMeta* meta = nullptr) {
  auto ex = Extractor::builtin();
  return ex->extract_text("test", Text(from_utf8(text)), nullptr, nullptr, meta);
}

// The records on the figure written `text` (the n-th such figure when it repeats).
inline std::vector<Record> at(const std::vector<Record>& rs, const std::string& text, std::size_t nth = 0) {
  std::vector<Record> out;
  std::size_t start = 0, seen = 0;
  bool started = false;
  for (const auto& r : rs) {
    if (r.text != text) continue;
    if (!started || r.start != start) {
      if (started) ++seen;
      started = true;
      start = r.start;
    }
    if (seen == nth) out.push_back(r);
  }
  return out;
}

inline Record one(const std::vector<Record>& rs, const std::string& text, std::size_t nth = 0) {
  auto found = at(rs, text, nth);
  return found.size() == 1 ? found[0] : Record{};
}

// A 2026 provincial work report's opening, before the text of a test.
inline std::string work_report(const std::string& body) {
  return "2026年河北省政府工作报告\n——2026年1月26日在河北省第十四届人民代表大会第四次会议上\n各位代表：\n" + body;
}

}  // namespace zhibiao::test
