#include "pattern_compiler.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "pattern_syntax.hpp"
#include "zhibiao/rules/placeholders.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

std::u32string hex(char32_t c) { return from_utf8(fmt::format("\\x{{{:X}}}", static_cast<unsigned>(c))); }

struct FigureMacro {
  const char* name;
  std::u32string chars;
};

const std::vector<FigureMacro>& figure_macros() {
  using namespace placeholder;
  static const std::vector<FigureMacro> m = {
      {"percent", {kPercent}},
      {"points", {kPoints}},
      {"money", {kMoney}},
      {"measure", {kMeasure}},
      {"count", {kCount}},
      {"amount", {kMoney, kMeasure, kCount}},
      {"rank", {kRank, kOrdinal}},
      {"number", {kNumber}},
      {"ratio", {kRatio}},
      {"figure", {kPercent, kPoints, kMoney, kMeasure, kCount, kRank, kOrdinal, kNumber}},
  };
  return m;
}

std::u32string char_class(const std::u32string& chars) {
  if (chars.size() == 1) return hex(chars[0]);
  std::u32string out = U"[";
  for (char32_t c : chars) out += hex(c);
  return out + U"]";
}

std::u32string escape(const std::u32string& word) {
  std::u32string out;
  for (char32_t c : word) {
    if (std::u32string_view(U"\\^$.|?*+()[]{}-#&~ \t").find(c) != std::u32string_view::npos) out.push_back(U'\\');
    out.push_back(c);
  }
  return out;
}

// Context between two parts of a pattern: up to 10 characters that are not figures
// (dates and durations are context: 比1-2月收窄), lazily. Each is one group, so a
// quantifier the analyst puts after the macro repeats the whole.
const std::u32string kGap = U"(?:(?:[\\x{E009}\\x{E00A}]|[^\\x{E000}-\\x{E0FF}。]){0,10}?)";
const std::u32string kNear = U"(?:(?:[\\x{E009}\\x{E00A}]|[^\\x{E000}-\\x{E0FF}。]){0,4}?)";
// Like a gap, but may also hold indicator names: 占(财政总支出)57.6％.
const std::u32string kSpan = U"(?:(?:[\\x{E009}\\x{E00A}\\x{E010}]|[^\\x{E000}-\\x{E0FF}。]){0,12}?)";


// The words of a group of plain alternatives at src[open] that must match, such as
// (?:甲|乙丙) not followed by ?, * or {: one of them occurs wherever the pattern matches.
// Empty for any other group (lookarounds, named groups, classes, macros, escapes).
std::vector<std::u32string> plain_alternatives(const std::u32string& src, std::size_t open) {
  std::size_t b = open + 1;
  if (src.compare(b, 2, U"?:") == 0) b += 2;
  std::vector<std::u32string> words(1);
  std::size_t k = b;
  for (; k < src.size() && src[k] != U')'; ++k) {
    char32_t c = src[k];
    if (c == U'|') words.emplace_back();
    else if (is_cjk(c) || (c < 0x80 && std::isalnum(static_cast<unsigned char>(c)))) words.back().push_back(c);
    else return {};
  }
  if (k >= src.size() || (k + 1 < src.size() && std::u32string_view(U"?*{+").find(src[k + 1]) != std::u32string_view::npos))
    return {};
  for (const auto& w : words)
    if (w.empty()) return {};
  return words;
}

// Boost's reasons, in words an analyst reads (its own message quotes the expanded pattern).
std::string boost_reason(boost::regex_constants::error_type code) {
  namespace rc = boost::regex_constants;
  switch (code) {
    case rc::error_collate: return "an unknown collating element";
    case rc::error_ctype: return "an unknown character class";
    case rc::error_escape: return "an escape that is not valid here";
    case rc::error_backref: return "a back-reference to a group that does not exist";
    case rc::error_brack: return "a '[' that is never closed";
    case rc::error_paren: return "unbalanced parentheses";
    case rc::error_brace: return "an unbalanced '{'";
    case rc::error_badbrace: return "a repeat count that is not valid";
    case rc::error_range: return "a range that is not valid";
    case rc::error_space: return "the expression is too large";
    case rc::error_badrepeat: return "a repetition of nothing";
    case rc::error_complexity: return "the expression is too complex";
    case rc::error_stack: return "the expression is too deeply nested";
    case rc::error_perl_extension: return "a (?…) form that is not supported, or a look-behind without a fixed length";
    default: return "the expression is not valid";
  }
}

}  // namespace

std::vector<std::string> PatternCompiler::builtin_macros() {
  std::vector<std::string> out;
  for (const auto& m : figure_macros()) out.push_back(m.name);
  for (const char* n : {"indicator", "date", "duration", "gap", "near", "span"}) out.push_back(n);
  return out;
}

const std::vector<std::string>& PatternCompiler::group_names() {
  static const std::vector<std::string> names = {"scope", "of", "of_total", "period", "plan"};
  return names;
}

std::vector<PatternCompiler::Problem> PatternCompiler::compile(Pattern& p) const {
  std::vector<Problem> problems;
  const std::u32string src = from_utf8(p.source);
  auto problem = [&](std::size_t offset, std::string msg, bool warning = false) {
    problems.push_back({offset, fmt::format("pattern '{}': {}", p.id, msg), warning});
  };
  PatternSyntax syntax = check_pattern_syntax(src, group_names());
  for (auto& sp : syntax.problems) problem(sp.offset, std::move(sp.message), sp.warning);
  if (!syntax.ok()) return problems;  // nothing malformed reaches Boost

  std::u32string expanded;
  std::u32string loose;             // the same with gaps and repeat counts unbounded: Vectorscan's first pass
  std::vector<std::size_t> origin;  // expanded code point -> source code point
  auto emit = [&](const std::u32string& s, std::size_t from, const std::u32string* as_loose = nullptr) {
    expanded += s;
    loose += as_loose ? *as_loose : s;
    origin.insert(origin.end(), s.size(), from);
  };
  static const std::u32string kAnything = U"(?:.*)", kAnyCount = U"*";
  std::u32string claims;
  // Required literals: the first word list or plain Chinese run at the top level.
  std::vector<std::u32string> required;
  bool alternation_at_top = false;
  int depth = 0;
  bool in_set = false;
  std::u32string run;
  auto close_run = [&](bool last_optional) {
    if (last_optional && !run.empty()) run.pop_back();
    if (required.empty() && !run.empty()) required.push_back(run);
    run.clear();
  };
  std::size_t next_macro = 0;
  for (std::size_t i = 0; i < src.size(); ++i) {
    char32_t c = src[i];
    if (c == U'\\' && i + 1 < src.size()) {
      close_run(false);
      emit(src.substr(i, 2), i);
      ++i;
      continue;
    }
    if (in_set) {
      if (c == U']') in_set = false;
      emit(std::u32string(1, c), i);
      continue;
    }
    if (next_macro < syntax.macros.size() && syntax.macros[next_macro].begin == i) {
      const PatternMacro& m = syntax.macros[next_macro++];
      close_run(false);
      const std::string& name = m.name;
      auto fm = std::find_if(figure_macros().begin(), figure_macros().end(), [&](const FigureMacro& f) { return name == f.name; });
      if (fm != figure_macros().end()) {
        emit(U"(" + char_class(fm->chars) + U")", i);
        for (char32_t ch : fm->chars)
          if (claims.find(ch) == std::u32string::npos) claims.push_back(ch);
      } else if (name == "indicator") {
        emit(hex(placeholder::kIndicator), i);
      } else if (name == "date") {
        emit(hex(placeholder::kDate), i);
      } else if (name == "duration") {
        emit(hex(placeholder::kDuration), i);
      } else if (name == "gap") {
        emit(kGap, i, &kAnything);
      } else if (name == "near") {
        emit(kNear, i, &kAnything);
      } else if (name == "span") {
        emit(kSpan, i, &kAnything);
      } else if (auto it = lists_.find(name); it != lists_.end()) {
        std::vector<std::u32string> words;
        for (const auto& w : it->second) words.push_back(from_utf8(w));
        std::stable_sort(words.begin(), words.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
        std::u32string alt = U"(?:";
        for (std::size_t k = 0; k < words.size(); ++k) alt += (k ? U"|" : U"") + escape(words[k]);
        emit(alt + U")", i);
        if (depth == 0 && required.empty()) {
          bool optional = m.end < src.size() && (src[m.end] == U'?' || src[m.end] == U'*' || src[m.end] == U'{');
          if (!optional) required.insert(required.end(), words.begin(), words.end());
        }
      } else {
        std::string known;
        for (const auto& b : builtin_macros()) known += fmt::format(" {{{}}}", b);
        for (const auto& [n, ws] : lists_) known += fmt::format(" {{{}}}", n);
        problem(i, fmt::format("unknown macro {{{}}}; known:{}", name, known));
      }
      i = m.end - 1;
      continue;
    }
    if (c == U'{') {
      // A repeat count (macros were read above). The loose form repeats freely: X* holds
      // whatever X{2,5} matches, and Vectorscan compiles large counts slowly (seconds for
      // (?:[^a]{1000}b){10}).
      std::size_t close = src.find(U'}', i);
      if (close != std::u32string::npos &&
          src.find_first_not_of(U"0123456789,", i + 1) == close) {
        if (depth == 0) close_run(true);
        emit(src.substr(i, close - i + 1), i, &kAnyCount);
        i = close;
        continue;
      }
    }
    if (c == U'[') {
      close_run(false);
      in_set = true;
    } else if (c == U'(' && depth == 0) {
      close_run(false);
      if (required.empty()) required = plain_alternatives(src, i);
      ++depth;
    } else if (c == U'(') {
      close_run(false);
      ++depth;
    } else if (c == U')') {
      --depth;
    } else if (c == U'|' && depth == 0) {
      alternation_at_top = true;
    } else if (depth == 0 && is_cjk(c)) {
      run.push_back(c);
      emit(std::u32string(1, c), i);
      continue;
    } else if (depth == 0 && (c == U'?' || c == U'*' || c == U'{')) {
      close_run(true);
    } else if (depth == 0) {
      close_run(false);
    }
    emit(std::u32string(1, c), i);
  }
  close_run(false);
  p.expanded = to_utf8(expanded);
  p.loose = to_utf8(loose);
  p.claims = claims;
  p.required = alternation_at_top ? std::vector<std::u32string>{} : required;
  if (claims.empty()) problem(0, "the pattern names no figure ({percent}, {money}, {amount}, {rank} …)");
  if (std::any_of(problems.begin(), problems.end(), [](const Problem& x) { return !x.warning; })) return problems;
  try {
    p.regex = boost::make_u32regex(expanded.data(), expanded.data() + expanded.size(), boost::regex::perl);
  } catch (const boost::regex_error& e) {
    auto at = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, e.position()));
    std::size_t src_at = origin.empty() ? 0 : origin[std::min(at, origin.size() - 1)];
    problem(src_at, fmt::format("does not compile: {}", boost_reason(e.code())));
  }
  return problems;
}

}  // namespace zhibiao
