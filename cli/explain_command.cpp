#include <iostream>

#include "commands.hpp"
#include "load_rules.hpp"
#include "zhibiao/text/document.hpp"
#include "zhibiao/text/segment.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::cli {

int run_explain(const ExplainOptions& opt) {
  Extractor extractor = make_extractor(opt.rules);
  std::u32string sentence;
  if (!opt.file.empty()) {
    Document doc = load_document(opt.file);
    if (!doc.text) {
      std::cerr << "zhibiao: " << opt.file << ": " << doc.error << "\n";
      return 2;
    }
    // The sentence around the offset (in original code points).
    const Text& t = *doc.text;
    auto off = static_cast<std::size_t>(std::max(0L, opt.offset));
    for (const auto& s : segment(t))
      if (t.to_original_begin(s.begin) <= off && off < t.to_original_end(s.end))
        sentence = std::u32string(t.original_span(s.begin, s.end));
    if (sentence.empty()) {
      std::cerr << "zhibiao: no sentence at offset " << off << " in " << opt.file << "\n";
      return 2;
    }
  } else {
    sentence = from_utf8(opt.sentence);
  }
  std::vector<std::string> trace;
  auto records = extractor.extract_text("explain", Text(sentence), nullptr, &trace);
  for (const auto& line : trace) std::cout << line << "\n";
  std::cout << records.size() << " record(s)\n";
  return 0;
}

}  // namespace zhibiao::cli
