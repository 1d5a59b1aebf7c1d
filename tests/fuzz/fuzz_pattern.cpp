// A pattern's match: text as the analyst writes it, straight to the pattern
// compiler: either it is refused with a position inside the pattern, or Boost
// compiles it and it runs on clauses of placeholders without reading out of
// bounds (AddressSanitizer watches), and Vectorscan's first pass never rules out a
// clause Boost matches. Boost.Regex 1.74 read past its buffer on
// an unterminated set before patterns were checked first.
#include <boost/regex/icu.hpp>

#include <cctype>
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "fuzz_support.hpp"
#include "pattern_compiler.hpp"
#include "zhibiao/rules/pattern_prefilter.hpp"
#include "zhibiao/text/utf.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::map<std::string, std::vector<std::string>> lists = {
      {"up", {"增长", "提高"}}, {"down", {"下降"}}, {"scopes", {"全市", "全省"}}, {"odd", {"a|b", "(", "[x", "\\"}}};
  zhibiao::Pattern p;
  p.id = "fuzz";
  p.source = std::string(reinterpret_cast<const char*>(data), size);
  auto problems = zhibiao::PatternCompiler(lists).compile(p);
  const std::size_t length = zhibiao::from_utf8(p.source).size();
  // The \x{…} escapes the analyst wrote, as messages print them: upper case, no leading zeros.
  auto escapes = [](const std::string& text) {
    std::set<std::string> out;
    for (std::size_t at = text.find("x{"); at != std::string::npos; at = text.find("x{", at + 1)) {
      std::size_t i = at + 2;
      while (i < text.size() && text[i] == '0') ++i;
      std::string hex;
      for (; i < text.size() && std::isxdigit(static_cast<unsigned char>(text[i])); ++i)
        hex += static_cast<char>(std::toupper(static_cast<unsigned char>(text[i])));
      if (i < text.size() && text[i] == '}') out.insert(hex);
    }
    return out;
  };
  const auto written = escapes(p.source);
  bool refused = false;
  for (const auto& pr : problems) {
    FUZZ_CHECK(pr.offset <= length);
    // A placeholder's code point in a message is one the analyst wrote, never an internal one.
    for (const auto& hex : escapes(pr.message)) FUZZ_CHECK(hex.rfind("E0", 0) != 0 || written.count(hex));
    refused = refused || !pr.warning;
  }
  if (refused || p.regex.empty()) return 0;
  // Clauses as the matcher sees them: placeholders for figures and names among Chinese.
  static const std::u32string clauses[] = {
      U"全市\uE010增长\uE001，总量位居全省第\uE006",
      U"\uE003\uE005和\uE004，\uE009比\uE009下降\uE002",
      U"增长增长增长增长增长增长增长增长增长增长增长增长增长增长增长增长\uE001",
      U"",
  };
  // Vectorscan's first pass, from the pattern's loose form, must let through every clause Boost matches.
  const zhibiao::PatternPrefilter prefilter({p.loose});
  std::vector<char> may_match;
  for (const auto& c : clauses) {
    const auto* b = reinterpret_cast<const UChar32*>(c.data());
    boost::match_results<const UChar32*> what;
    bool matched = false;
    try {
      matched = boost::u32regex_search(b, b + c.size(), what, p.regex);
    } catch (const std::runtime_error&) {
      // Boost's backtracking limit: the matcher reports it and goes on.
    }
    prefilter.scan(c, may_match);
    FUZZ_CHECK(!matched || may_match[0]);
  }
  return 0;
}
