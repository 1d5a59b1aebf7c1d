#include "pattern_compiler.hpp"

#include <algorithm>
#include <cctype>

#include "zhibiao/rules/placeholders.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

std::string hex(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\x{%X}", static_cast<unsigned>(c));
  return buf;
}

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

std::string char_class(const std::u32string& chars) {
  if (chars.size() == 1) return hex(chars[0]);
  std::string out = "[";
  for (char32_t c : chars) out += hex(c);
  return out + "]";
}

std::string escape(const std::string& word) {
  std::string out;
  for (char c : word) {
    if (std::string_view("\\^$.|?*+()[]{}").find(c) != std::string_view::npos) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

// Context between two parts of a pattern: up to 10 characters that are not figures
// (dates and durations are context: 比1-2月收窄), lazily.
const std::string kGap = "(?:[\\x{E009}\\x{E00A}]|[^\\x{E000}-\\x{E0FF}。]){0,10}?";
const std::string kNear = "(?:[\\x{E009}\\x{E00A}]|[^\\x{E000}-\\x{E0FF}。]){0,4}?";
// Like a gap, but may also hold indicator names: 占(财政总支出)57.6％.
const std::string kSpan = "(?:[\\x{E009}\\x{E00A}\\x{E010}]|[^\\x{E000}-\\x{E0FF}。]){0,12}?";

bool is_cjk(char32_t c) { return c >= 0x3400 && c <= 0x9FFF; }

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

}  // namespace

std::vector<std::string> PatternCompiler::builtin_macros() {
  std::vector<std::string> out;
  for (const auto& m : figure_macros()) out.push_back(m.name);
  for (const char* n : {"indicator", "date", "duration", "gap", "near", "span"}) out.push_back(n);
  return out;
}

std::vector<Error> PatternCompiler::compile(Pattern& p, const SourcePos& at, bool quoted) const {
  std::vector<Error> errors;
  const std::u32string src = from_utf8(p.source);
  auto error_at = [&](std::size_t offset, const std::string& msg, const std::string& fragment) {
    errors.push_back(Error("pattern '" + p.id + "': " + msg, at.file, at.line,
                           at.column ? at.column + offset + (quoted ? 1 : 0) : 0, fragment));
  };
  std::string expanded;
  std::u32string claims;
  // Required literals: the first word list or plain Chinese run at the top level.
  std::vector<std::u32string> required;
  bool alternation_at_top = false;
  int depth = 0;
  std::u32string run;
  auto close_run = [&](bool last_optional) {
    if (last_optional && !run.empty()) run.pop_back();
    if (required.empty() && run.size() >= 1) required.push_back(run);
    run.clear();
  };
  for (std::size_t i = 0; i < src.size(); ++i) {
    char32_t c = src[i];
    if (c == U'\\' && i + 1 < src.size()) {
      close_run(false);
      append_utf8(expanded, c);
      append_utf8(expanded, src[++i]);
      continue;
    }
    if (c == U'{' && i + 1 < src.size() && !(src[i + 1] >= U'0' && src[i + 1] <= U'9') && src[i + 1] != U',') {
      std::size_t close = src.find(U'}', i);
      if (close == std::u32string::npos) {
        error_at(i, "'{' without a closing '}'", to_utf8(src.substr(i, 12)));
        break;
      }
      close_run(false);
      std::string name = to_utf8(src.substr(i + 1, close - i - 1));
      auto fm = std::find_if(figure_macros().begin(), figure_macros().end(), [&](const FigureMacro& m) { return name == m.name; });
      if (fm != figure_macros().end()) {
        expanded += "(" + char_class(fm->chars) + ")";
        for (char32_t ch : fm->chars)
          if (claims.find(ch) == std::u32string::npos) claims.push_back(ch);
      } else if (name == "indicator") {
        expanded += hex(placeholder::kIndicator);
      } else if (name == "date") {
        expanded += hex(placeholder::kDate);
      } else if (name == "duration") {
        expanded += hex(placeholder::kDuration);
      } else if (name == "gap") {
        expanded += kGap;
      } else if (name == "near") {
        expanded += kNear;
      } else if (name == "span") {
        expanded += kSpan;
      } else if (auto it = lists_.find(name); it != lists_.end()) {
        std::vector<std::string> words = it->second;
        std::sort(words.begin(), words.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
        expanded += "(?:";
        for (std::size_t k = 0; k < words.size(); ++k) expanded += (k ? "|" : "") + escape(words[k]);
        expanded += ")";
        if (depth == 0 && required.empty()) {
          bool optional = close + 1 < src.size() && (src[close + 1] == U'?' || src[close + 1] == U'*');
          if (!optional)
            for (const auto& w : words) required.push_back(from_utf8(w));
        }
      } else {
        std::string known;
        for (const auto& m : builtin_macros()) known += " {" + m + "}";
        for (const auto& [n, words] : lists_) known += " {" + n + "}";
        error_at(i, "unknown macro {" + name + "}; known:" + known, "{" + name + "}");
      }
      i = close;
      continue;
    }
    if (c == U'(' && depth == 0) {
      close_run(false);
      if (required.empty()) required = plain_alternatives(src, i);
      ++depth;
    } else if (c == U'(' || c == U'[') {
      close_run(false);
      ++depth;
    } else if (c == U')' || c == U']') {
      --depth;
    } else if (c == U'|' && depth == 0) {
      alternation_at_top = true;
    } else if (depth == 0 && is_cjk(c)) {
      run.push_back(c);
      append_utf8(expanded, c);
      continue;
    } else if (depth == 0 && (c == U'?' || c == U'*' || (c == U'{'))) {
      close_run(true);
    } else if (depth == 0) {
      close_run(false);
    }
    append_utf8(expanded, c);
  }
  close_run(false);
  p.expanded = expanded;
  p.claims = claims;
  p.required = alternation_at_top ? std::vector<std::u32string>{} : required;
  if (claims.empty()) error_at(0, "the pattern names no figure ({percent}, {money}, {amount}, {rank} …)", p.source);
  try {
    p.regex = boost::make_u32regex(expanded, boost::regex::perl);
  } catch (const boost::regex_error& e) {
    error_at(0, std::string("does not compile: ") + e.what(), p.source);
  }
  return errors;
}

}  // namespace zhibiao
