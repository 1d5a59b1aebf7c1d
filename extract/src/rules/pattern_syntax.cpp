// A small parser of the regular-expression subset patterns may use. It keeps
// its own stack (no recursion), so a hostile pattern of 10,000 '(' costs one
// pass and one message.
#include "pattern_syntax.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "zhibiao/rules/placeholders.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

constexpr std::size_t kMaxGroupDepth = 50;
constexpr long kMaxRepeat = 1000;

bool is_ascii_alnum(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool is_ascii_digit32(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_hex(char32_t c) { return is_ascii_digit32(c) || (c >= U'a' && c <= U'f') || (c >= U'A' && c <= U'F'); }
bool is_name_start(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || c == U'_'; }
bool is_name_char(char32_t c) { return is_name_start(c) || is_ascii_digit32(c); }
bool is_space(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000'; }

std::string text_of(std::u32string_view s) { return to_utf8(std::u32string(s)); }

// {name} at i: the index of its '}', or npos when it is not a macro.
std::size_t macro_end(std::u32string_view s, std::size_t i) {
  if (i + 1 >= s.size() || is_ascii_digit32(s[i + 1]) || s[i + 1] == U',' || s[i + 1] == U'}') return std::u32string::npos;
  for (std::size_t j = i + 1; j < s.size(); ++j) {
    if (s[j] == U'}') return j;
    if (s[j] == U'{' || is_space(s[j]) || s[j] == U'[' || s[j] == U']' || s[j] == U'(' || s[j] == U')' || s[j] == U'|' ||
        s[j] == U'\\')
      return std::u32string::npos;
  }
  return std::u32string::npos;
}

class Checker {
 public:
  Checker(std::u32string_view s, const std::vector<std::string>& groups) : s_(s), group_names_(groups) {}

  PatternSyntax run() {
    frames_.push_back({0, false, false, false});
    for (std::size_t i = 0; i < s_.size() && !stop_;) i = step(i);
    if (!stop_)
      for (std::size_t k = frames_.size(); k-- > 1;)
        error(frames_[k].open, "'(' is never closed with ')'");
    return std::move(out_);
  }

 private:
  enum class Last { nothing, atom, group, quantifier, assertion };
  struct Frame {
    std::size_t open;
    bool lookaround;
    bool lookbehind;
    bool inner_repeat;  // something inside repeats a varying number of times
  };

  void error(std::size_t at, std::string message) { out_.problems.push_back({at, std::move(message), false}); }
  void warn(std::size_t at, std::string message) { out_.problems.push_back({at, std::move(message), true}); }

  std::size_t step(std::size_t i) {
    char32_t c = s_[i];
    switch (c) {
      case U'\\': {
        Kind k = Kind::literal;
        char32_t value = 0;
        std::size_t e = escape(i, false, k, value);
        last_ = k == Kind::assertion ? Last::assertion : Last::atom;
        modifier_used_ = false;
        return e;
      }
      case U'[': {
        std::size_t e = set(i);
        if (e == std::u32string::npos) {
          stop_ = true;
          return s_.size();
        }
        atom();
        return e;
      }
      case U'(': return open_group(i);
      case U')': return close_group(i);
      case U'|':
        last_ = Last::nothing;
        return i + 1;
      case U'*':
      case U'+':
        return quantifier(i, i + 1, true, true, std::u32string(1, c));
      case U'?':
        return quantifier(i, i + 1, false, true, U"?");
      case U'{': return brace(i);
      case U'}':
        error(i, "a '}' without its '{': write \\} for a brace");
        return i + 1;
      case U']':
        error(i, "a ']' without its '[': write \\] for a bracket");
        return i + 1;
      case U'^':
      case U'$':
        last_ = Last::assertion;
        return i + 1;
      default:
        if (placeholder::is_placeholder(c)) {
          error(i, fmt::format("the character U+{:04X} is reserved for zhibiao's figure placeholders", static_cast<unsigned>(c)));
          return i + 1;
        }
        atom();
        return i + 1;
    }
  }

  void atom() {
    last_ = Last::atom;
    modifier_used_ = false;
  }

  enum class Kind { literal, cls, assertion };

  // An escape at i (s_[i] is '\\'); returns the index after it.
  std::size_t escape(std::size_t i, bool in_set, Kind& kind, char32_t& value) {
    kind = Kind::literal;
    if (i + 1 >= s_.size()) {
      error(i, "a '\\' at the end of the pattern escapes nothing");
      return s_.size();
    }
    char32_t d = s_[i + 1];
    value = d;
    if (!is_ascii_alnum(d)) {
      if (placeholder::is_placeholder(d))
        error(i + 1, fmt::format("the character U+{:04X} is reserved for zhibiao's figure placeholders", static_cast<unsigned>(d)));
      return i + 2;
    }
    switch (d) {
      case U'd': case U'D': case U's': case U'S': case U'w': case U'W':
        kind = Kind::cls;
        return i + 2;
      case U'b':
        if (in_set) {
          value = U'\b';
          return i + 2;
        }
        kind = Kind::assertion;
        return i + 2;
      case U'B': case U'A': case U'z': case U'Z': case U'G':
        if (in_set) {
          error(i, fmt::format("\\{} cannot stand inside [...]", static_cast<char>(d)));
          return i + 2;
        }
        kind = Kind::assertion;
        return i + 2;
      case U'n': value = U'\n'; return i + 2;
      case U't': value = U'\t'; return i + 2;
      case U'r': value = U'\r'; return i + 2;
      case U'f': value = U'\f'; return i + 2;
      case U'v': value = U'\v'; return i + 2;
      case U'e': value = 0x1B; return i + 2;
      case U'a': value = 0x07; return i + 2;
      case U'x': return hex_escape(i, value);
      case U'p': case U'P': {
        kind = Kind::cls;
        if (i + 2 < s_.size() && s_[i + 2] == U'{') {
          std::size_t j = i + 3;
          while (j < s_.size() && j - i < 48 &&
                 (is_ascii_alnum(s_[j]) || s_[j] == U'_' || s_[j] == U' ' || s_[j] == U'=' || s_[j] == U'-'))
            ++j;
          if (j >= s_.size() || s_[j] != U'}' || j == i + 3) {
            error(i, "\\p{ needs a property name and a closing '}', e.g. \\p{Han}");
            return std::min(j + 1, s_.size());
          }
          return j + 1;
        }
        if (i + 2 < s_.size() && (s_[i + 2] >= U'A' && s_[i + 2] <= U'Z')) return i + 3;
        error(i, "\\p needs a property, e.g. \\p{Han} or \\pL");
        return i + 2;
      }
      default:
        if (is_ascii_digit32(d)) {
          error(i, fmt::format("back-references (\\{}) are not supported in patterns", static_cast<char>(d)));
          return i + 2;
        }
        error(i, fmt::format("'\\{0}' is not an escape: write {0} alone (a backslash goes before . * + ? ( ) [ ] {{ }} | ^ $ \\ "
                             "or a class such as \\d)",
                             static_cast<char>(d)));
        return i + 2;
    }
  }

  std::size_t hex_escape(std::size_t i, char32_t& value) {
    std::size_t j = i + 2;
    std::uint32_t v = 0;
    std::size_t digits = 0;
    if (j < s_.size() && s_[j] == U'{') {
      for (++j; j < s_.size() && is_hex(s_[j]) && digits < 7; ++j, ++digits)
        v = v * 16 + static_cast<std::uint32_t>(is_ascii_digit32(s_[j]) ? s_[j] - U'0' : (s_[j] | 0x20) - U'a' + 10);
      if (j >= s_.size() || s_[j] != U'}' || digits == 0 || digits > 6) {
        error(i, "\\x{ needs one to six hexadecimal digits and a closing '}', e.g. \\x{4E00}");
        return std::min(j + 1, s_.size());
      }
      ++j;
    } else {
      for (; j < s_.size() && is_hex(s_[j]) && digits < 2; ++j, ++digits)
        v = v * 16 + static_cast<std::uint32_t>(is_ascii_digit32(s_[j]) ? s_[j] - U'0' : (s_[j] | 0x20) - U'a' + 10);
      if (digits != 2) {
        error(i, "\\x needs two hexadecimal digits (\\x41) or braces (\\x{4E00})");
        return j;
      }
    }
    if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) error(i, fmt::format("\\x{{{:X}}} is not a Unicode character", v));
    else if (placeholder::is_placeholder(static_cast<char32_t>(v)))
      error(i, fmt::format("\\x{{{:X}}} is reserved for zhibiao's figure placeholders: use the macros ({{percent}}, {{money}} …)", v));
    value = static_cast<char32_t>(v);
    return j;
  }

  // A set at i; returns the index after its ']', or npos when it never closes.
  std::size_t set(std::size_t i) {
    std::size_t j = i + 1;
    if (j < s_.size() && s_[j] == U'^') ++j;
    bool have_prev = false;
    char32_t prev = 0;
    std::size_t prev_at = j;
    bool first = true;
    while (j < s_.size()) {
      char32_t c = s_[j];
      if (c == U']' && !first) return j + 1;
      first = false;
      if (c == U'\\') {
        Kind k;
        char32_t v = 0;
        std::size_t e = escape(j, true, k, v);
        have_prev = k == Kind::literal;
        prev = v;
        prev_at = j;
        j = e;
        continue;
      }
      if (c == U'[' && j + 1 < s_.size() && (s_[j + 1] == U':' || s_[j + 1] == U'=' || s_[j + 1] == U'.')) {
        char32_t kind = s_[j + 1];
        std::size_t close = std::u32string_view::npos;
        for (std::size_t k = j + 2; k + 1 < s_.size() && k - j < 24; ++k)
          if (s_[k] == kind && s_[k + 1] == U']') {
            close = k;
            break;
          }
        if (close == std::u32string_view::npos) {
          error(j, fmt::format("'[{}' inside a set opens a class name that is never closed with '{}]'", text_of({&kind, 1}),
                               text_of({&kind, 1})));
          return std::u32string::npos;
        }
        std::string name = text_of(s_.substr(j + 2, close - j - 2));
        static const std::array<const char*, 13> posix = {"alpha", "digit", "alnum", "space", "upper", "lower", "punct",
                                                          "xdigit", "word", "blank", "cntrl", "graph", "print"};
        if (kind != U':') error(j, "[= =] and [. .] inside a set are not supported");
        else if (std::none_of(posix.begin(), posix.end(), [&](const char* p) { return name == p; }))
          error(j, fmt::format("[:{}:] is not a class (alpha, digit, alnum, space, upper, lower, punct, xdigit, word …)", name));
        have_prev = false;
        j = close + 2;
        continue;
      }
      if (c == U'{') {
        std::size_t e = macro_end(s_, j);
        if (e != std::u32string::npos) {
          error(j, fmt::format("the macro {} stands inside [...]: a set holds single characters; write (?:{}|…) instead",
                               text_of(s_.substr(j, e - j + 1)), text_of(s_.substr(j, e - j + 1))));
          j = e + 1;
          have_prev = false;
          continue;
        }
      }
      if (c == U'-' && have_prev && j + 1 < s_.size() && s_[j + 1] != U']') {
        std::size_t at = j + 1;
        char32_t hi = s_[at];
        std::size_t e = at + 1;
        if (hi == U'\\') {
          Kind k;
          e = escape(at, true, k, hi);
          if (k != Kind::literal) {
            error(prev_at, "a range in [...] cannot end with a class such as \\d");
            have_prev = false;
            j = e;
            continue;
          }
        } else if (hi == U'[') {
          error(prev_at, "a range in [...] cannot end with '['; write \\[");
        }
        if (hi < prev)
          error(prev_at, fmt::format("the range {}-{} in [...] runs backwards", text_of({&prev, 1}), text_of({&hi, 1})));
        have_prev = false;
        j = e;
        continue;
      }
      if (placeholder::is_placeholder(c))
        error(j, fmt::format("the character U+{:04X} is reserved for zhibiao's figure placeholders", static_cast<unsigned>(c)));
      have_prev = true;
      prev = c;
      prev_at = j;
      ++j;
    }
    error(i, "'[' opens a set of characters that is never closed with ']' (write \\[ for a bracket)");
    return std::u32string::npos;
  }

  std::size_t open_group(std::size_t i) {
    Frame f{i, false, false, false};
    std::size_t j = i + 1;
    if (j < s_.size() && s_[j] == U'?') {
      ++j;
      char32_t d = j < s_.size() ? s_[j] : U'\0';
      auto named = [&](std::size_t from, char32_t close) {
        std::size_t k = from;
        while (k < s_.size() && is_name_char(s_[k])) ++k;
        if (k >= s_.size() || s_[k] != close || k == from || !is_name_start(s_[from])) {
          error(i, "a named group is written (?<name>…), with a name of letters, digits and _");
          return std::min(k + 1, s_.size());
        }
        std::string name = text_of(s_.substr(from, k - from));
        if (std::find(group_names_.begin(), group_names_.end(), name) == group_names_.end()) {
          std::string known;
          for (const auto& g : group_names_) known += fmt::format("{}(?<{}>…)", known.empty() ? "" : ", ", g);
          error(i, fmt::format("(?<{}>…) fills no field of a record; the named groups are {}", name, known));
        } else if (std::find(seen_.begin(), seen_.end(), name) != seen_.end()) {
          error(i, fmt::format("the group (?<{}>…) is named twice", name));
        }
        seen_.push_back(name);
        return k + 1;
      };
      if (d == U':' || d == U'>') {
        j += 1;
      } else if (d == U'=' || d == U'!') {
        f.lookaround = true;
        j += 1;
      } else if (d == U'<' && j + 1 < s_.size() && (s_[j + 1] == U'=' || s_[j + 1] == U'!')) {
        f.lookaround = f.lookbehind = true;
        j += 2;
      } else if (d == U'<') {
        j = named(j + 1, U'>');
      } else if (d == U'P' && j + 1 < s_.size() && s_[j + 1] == U'<') {
        j = named(j + 2, U'>');
      } else if (d == U'\'') {
        j = named(j + 1, U'\'');
      } else if (d == U'i' || d == U'm' || d == U's' || d == U'-') {
        std::size_t k = j;
        while (k < s_.size() && (s_[k] == U'i' || s_[k] == U'm' || s_[k] == U's' || s_[k] == U'-')) ++k;
        if (k < s_.size() && s_[k] == U')') {  // (?i): flags for the rest of the group
          last_ = Last::assertion;
          return k + 1;
        }
        if (k >= s_.size() || s_[k] != U':') {
          error(i, "inline flags are written (?i) or (?i:…); only i, m and s are supported");
          return k;
        }
        j = k + 1;
      } else if (d == U'#') {
        error(i, "comments (?#…) are not supported: write a YAML comment (# …) beside the pattern");
      } else {
        error(i, "'(?' starts no group zhibiao supports: (?:…) groups, (?=…) and (?!…) look ahead, (?<=…) and (?<!…) "
                 "look behind, (?<name>…) fills a field");
      }
    }
    if (frames_.size() > kMaxGroupDepth) {
      error(i, fmt::format("groups nested more than {} deep", kMaxGroupDepth));
      stop_ = true;
      return s_.size();
    }
    frames_.push_back(f);
    last_ = Last::nothing;
    return j;
  }

  std::size_t close_group(std::size_t i) {
    if (frames_.size() <= 1) {
      error(i, "a ')' without its '(': write \\) for a parenthesis");
      return i + 1;
    }
    Frame f = frames_.back();
    frames_.pop_back();
    frames_.back().inner_repeat = frames_.back().inner_repeat || f.inner_repeat;
    last_ = f.lookaround ? Last::assertion : Last::group;
    last_group_ = f;
    modifier_used_ = false;
    return i + 1;
  }

  // {…} at i: a repeat count ({2}, {2,}, {2,5}) or a macro ({up}).
  std::size_t brace(std::size_t i) {
    if (i + 1 < s_.size() && (is_ascii_digit32(s_[i + 1]) || s_[i + 1] == U',')) {
      std::size_t j = i + 1;
      auto number = [&](long& v) {
        std::size_t from = j;
        v = 0;
        while (j < s_.size() && is_ascii_digit32(s_[j]) && j - from < 7) v = v * 10 + static_cast<long>(s_[j++] - U'0');
        return j > from;
      };
      long lo = 0, hi = 0;
      bool has_lo = number(lo), comma = false, has_hi = false;
      if (j < s_.size() && s_[j] == U',') {
        comma = true;
        ++j;
        has_hi = number(hi);
      }
      if (j >= s_.size() || s_[j] != U'}' || !has_lo) {
        if (!has_lo && comma && j < s_.size() && s_[j] == U'}')
          error(i, "a repeat count needs its lower bound: write {0,5}, not {,5}");
        else
          error(i, "'{' starts a repeat count that is not one: write {2}, {2,} or {2,5} (or \\{ for a brace)");
        return j < s_.size() && s_[j] == U'}' ? j + 1 : j;
      }
      if (comma && has_hi && hi < lo) error(i, fmt::format("the repeat count {{{},{}}} runs backwards", lo, hi));
      if (lo > kMaxRepeat || hi > kMaxRepeat) error(i, fmt::format("repeat counts above {} are not supported", kMaxRepeat));
      bool unbounded = comma && !has_hi;
      bool variable = unbounded || (comma && hi > lo);
      return quantifier(i, j + 1, unbounded, variable, std::u32string(s_.substr(i, j + 1 - i)));
    }
    std::size_t e = macro_end(s_, i);
    if (e == std::u32string::npos) {
      error(i, "'{' without a closing '}': a macro is written {name} (e.g. {percent}); a brace is \\{");
      return i + 1;
    }
    std::string name = text_of(s_.substr(i + 1, e - i - 1));
    out_.macros.push_back({i, e + 1, name, static_cast<int>(frames_.size() - 1)});
    if (is_variable_macro(name)) {
      frames_.back().inner_repeat = true;
      if (in_lookbehind())
        error(i, fmt::format("{{{}}} has no fixed length, so it cannot stand inside (?<=…) or (?<!…)", name));
    }
    atom();
    return e + 1;
  }

  bool in_lookbehind() const {
    return std::any_of(frames_.begin(), frames_.end(), [](const Frame& f) { return f.lookbehind; });
  }

  // A quantifier from i to end (`what` as written).
  std::size_t quantifier(std::size_t i, std::size_t end, bool unbounded, bool variable, const std::u32string& what) {
    std::string shown = text_of(what);
    if (last_ == Last::quantifier) {
      if (!modifier_used_ && (what == U"?" || what == U"+")) {  // lazy *? or possessive *+
        modifier_used_ = true;
        return end;
      }
      error(i, fmt::format("'{}' repeats a repetition: group it first, (?:a*){}", shown, shown));
      return end;
    }
    if (last_ == Last::nothing || last_ == Last::assertion) {
      error(i, fmt::format("'{}' has nothing before it to repeat (write \\{} for the character itself)", shown,
                           what.size() == 1 ? shown : std::string("{")));
      return end;
    }
    if (last_ == Last::group && unbounded && last_group_.inner_repeat)
      warn(last_group_.open,
           fmt::format("nested repetition: this group repeats ('{}') something that itself repeats, as in (a+)+ or (.*)*; on a "
                       "long clause the regex engine tries exponentially many ways, gives up and the pattern misses "
                       "the figure — repeat only one of them",
                       shown));
    if (variable) {
      frames_.back().inner_repeat = true;
      if (in_lookbehind()) error(i, fmt::format("'{}' has no fixed length, so it cannot stand inside (?<=…) or (?<!…)", shown));
    }
    last_ = Last::quantifier;
    modifier_used_ = false;
    return end;
  }

  std::u32string_view s_;
  const std::vector<std::string>& group_names_;
  std::vector<Frame> frames_;
  std::vector<std::string> seen_;
  Last last_ = Last::nothing;
  Frame last_group_{0, false, false, false};
  bool modifier_used_ = false;
  bool stop_ = false;
  PatternSyntax out_;
};

}  // namespace

bool PatternSyntax::ok() const {
  return std::none_of(problems.begin(), problems.end(), [](const PatternProblem& p) { return !p.warning; });
}

bool is_variable_macro(std::string_view name) { return name == "gap" || name == "near" || name == "span"; }

PatternSyntax check_pattern_syntax(std::u32string_view pattern, const std::vector<std::string>& group_names) {
  return Checker(pattern, group_names).run();
}

}  // namespace zhibiao
