// A line lexer that knows just enough YAML for rule files: indentation, "- "
// entries, flow brackets, quotes, comments and block scalars (| and >). It runs
// in one pass with no recursion, whatever the file holds.
#include "yaml_preflight.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace zhibiao {
namespace {

bool is_key_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; }

// `key:` or `- key:` or `- …` at the start of a line (after its indentation).
bool looks_like_entry(std::string_view line) {
  std::size_t i = line.find_first_not_of(" \t");
  if (i == std::string_view::npos) return false;
  line.remove_prefix(i);
  if (line.size() >= 2 && line[0] == '-' && line[1] == ' ') return true;
  std::size_t k = 0;
  if (line.empty() || !(is_key_char(line[0]) && !(line[0] >= '0' && line[0] <= '9'))) return false;
  while (k < line.size() && is_key_char(line[k])) ++k;
  return k < line.size() && line[k] == ':' && (k + 1 == line.size() || line[k + 1] == ' ' || line[k + 1] == '\r');
}

std::string shorten(std::string_view s, std::size_t max = 40) {
  std::size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return {};
  s.remove_prefix(b);
  while (!s.empty() && (s.back() == '\r' || s.back() == ' ')) s.remove_suffix(1);
  if (s.size() <= max) return std::string(s);
  std::size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return fmt::format("{}…", s.substr(0, cut));
}

class Lexer {
 public:
  explicit Lexer(const SourceText& src) : src_(src), s_(src.content()) {}

  Preflight run() {
    if (s_.size() > kMaxRuleFileBytes) {
      Error e(fmt::format("the file is {:.1f} MB; a rule file may be at most {} MB (the built-in rules are 60 KB in all)",
                          static_cast<double>(s_.size()) / (1 << 20), kMaxRuleFileBytes >> 20),
              src_.path());
      return fatal(std::move(e));
    }
    if (std::size_t bad = src_.first_invalid_utf8(); bad != std::string_view::npos)
      return fatal(src_.error_at(bad, "the file is not UTF-8 from here on (saved as GBK or GB18030?): save it as UTF-8"));
    std::size_t i = s_.size() >= 3 && s_.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
    while (i < s_.size() && !out_.fatal) i = line(i);
    if (!out_.fatal && !flow_.empty())
      fail(flow_.back().at, fmt::format("the '{}' opened here is never closed with '{}'", flow_.back().open,
                                        flow_.back().open == '[' ? ']' : '}'));
    return std::move(out_);
  }

 private:
  struct Flow {
    char open;
    std::size_t at;      // byte offset
    std::size_t indent;  // of the line it opens on
  };

  Preflight fatal(Error e) {
    out_.errors.push_back(std::move(e));
    out_.fatal = true;
    return std::move(out_);
  }
  void fail(std::size_t at, std::string message) {
    out_.errors.push_back(src_.error_at(at, std::move(message)));
    out_.fatal = true;
  }

  std::size_t end_of_line(std::size_t i) const {
    std::size_t e = s_.find('\n', i);
    return e == std::string_view::npos ? s_.size() : e;
  }

  bool depth_ok(std::size_t at, std::size_t depth) {
    if (depth <= kMaxRuleNesting) return true;
    fail(at, fmt::format("this nests more than {} levels deep (a rule file needs about 7): check the indentation and the "
                         "brackets here",
                         kMaxRuleNesting));
    return false;
  }

  // One line from i; returns the start of the next.
  std::size_t line(std::size_t i) {
    std::size_t eol = end_of_line(i);
    std::size_t j = i;
    while (j < eol && s_[j] == ' ') ++j;
    std::size_t indent = j - i;
    std::size_t k = j;
    while (k < eol && (s_[k] == ' ' || s_[k] == '\t')) ++k;
    bool empty = k >= eol || s_[k] == '\r';
    if (block_scalar_) {
      if (empty || indent > block_parent_) return eol + 1;
      block_scalar_ = false;
    }
    if (empty || s_[k] == '#') return eol + 1;
    if (flow_.empty() && k > j) {
      fail(j, "a tab in the indentation: YAML indents with spaces only");
      return eol + 1;
    }
    if (!flow_.empty()) {
      if (indent <= flow_.back().indent && looks_like_entry(s_.substr(i, eol - i))) {
        const Flow& f = flow_.back();
        fail(f.at, fmt::format("the '{}' opened here is not closed with '{}' before line {} ({})", f.open,
                               f.open == '[' ? ']' : '}', src_.at(i).line, shorten(s_.substr(i, eol - i))));
        return eol + 1;
      }
    } else {
      while (!indents_.empty() && indents_.back() > indent) indents_.pop_back();
      if (indents_.empty() || indents_.back() < indent) indents_.push_back(indent);
      if (!depth_ok(j, indents_.size())) return eol + 1;
    }
    bool start = true;  // a scalar may start here
    std::size_t dashes = 0;
    for (std::size_t p = k; p < eol && !out_.fatal;) {
      char c = s_[p];
      if (c == ' ' || c == '\t' || c == '\r') {
        ++p;
        continue;
      }
      if (c == '#' && (p == i || s_[p - 1] == ' ' || s_[p - 1] == '\t')) break;
      if (start && flow_.empty() && c == '-' && (p + 1 >= eol || s_[p + 1] == ' ' || s_[p + 1] == '\r')) {
        ++dashes;
        if (!depth_ok(p, indents_.size() + dashes)) break;
        ++p;
        continue;
      }
      if (start && (c == '"' || c == '\'')) {
        std::size_t close = quote_end(p, c);
        if (close == std::string_view::npos) {
          fail(p, fmt::format("the quote {} opened here is never closed: the rest of the file would be its text", c));
          break;
        }
        std::size_t close_eol = end_of_line(close);
        if (close_eol != eol) {
          // Runs over lines: fine for prose, not when the lines it takes look like entries.
          for (std::size_t l = eol + 1; l <= close && l < s_.size(); l = end_of_line(l) + 1) {
            std::string_view text = s_.substr(l, std::min(end_of_line(l), close) - l);
            if (looks_like_entry(text)) {
              fail(p, fmt::format("the quote {0} opened here is not closed on its line: it runs on to line {1} and takes "
                                  "'{2}' into its text — close it with {0} on line {3}",
                                  c, src_.at(l).line, shorten(text), src_.at(p).line));
              break;
            }
          }
          if (out_.fatal) break;
          eol = close_eol;
        }
        p = close + 1;
        start = false;
        continue;
      }
      if (start && flow_.empty() && (c == '|' || c == '>')) {
        block_scalar_ = true;
        block_parent_ = indent;
        break;
      }
      if (c == '[' || c == '{') {
        if (start || !flow_.empty()) {
          flow_.push_back({c, p, indent});
          if (!depth_ok(p, indents_.size() + dashes + flow_.size())) break;
          start = true;
          ++p;
          continue;
        }
      }
      if ((c == ']' || c == '}') && !flow_.empty()) {
        char want = flow_.back().open == '[' ? ']' : '}';
        if (c != want) {
          auto opened = src_.at(flow_.back().at);
          fail(p, fmt::format("'{}' closes the '{}' opened at line {}, column {}: write '{}' there", c, flow_.back().open,
                              opened.line, opened.column, want));
          break;
        }
        flow_.pop_back();
        start = false;
        ++p;
        continue;
      }
      if (c == ',' && !flow_.empty()) {
        start = true;
        ++p;
        continue;
      }
      if (c == ':' && (p + 1 >= eol || s_[p + 1] == ' ' || s_[p + 1] == '\r' ||
                       (!flow_.empty() && (s_[p + 1] == ',' || s_[p + 1] == ']' || s_[p + 1] == '}')))) {
        start = true;
        ++p;
        continue;
      }
      if (start && (c == '&' || c == '*') && p + 1 < eol && s_[p + 1] != ' ') {
        // Aliases would let a few lines expand into billions of words.
        fail(p, fmt::format("anchors and aliases (&name, *name) are not used in rule files: write the words out (a text "
                            "that starts with {} needs quotes)",
                            c));
        break;
      }
      if (start && (c == '!' || c == '?')) {  // tags, complex keys: a scalar may still follow
        while (p < eol && s_[p] != ' ') ++p;
        continue;
      }
      start = false;
      p += utf8_length(static_cast<unsigned char>(c));
    }
    return eol + 1;
  }

  // The closing quote of a scalar opened at `open`, or npos.
  std::size_t quote_end(std::size_t open, char q) const {
    for (std::size_t p = open + 1; p < s_.size(); ++p) {
      if (q == '"' && s_[p] == '\\') {
        ++p;
      } else if (s_[p] == q) {
        if (q == '\'' && p + 1 < s_.size() && s_[p + 1] == '\'') ++p;
        else return p;
      }
    }
    return std::string_view::npos;
  }

  const SourceText& src_;
  std::string_view s_;
  Preflight out_;
  std::vector<Flow> flow_;
  std::vector<std::size_t> indents_;
  bool block_scalar_ = false;
  std::size_t block_parent_ = 0;
};

}  // namespace

Preflight preflight_yaml(const SourceText& src) { return Lexer(src).run(); }

Error plain_yaml_error(const SourceText& src, const std::string& msg, std::size_t line0, std::size_t column0,
                       std::size_t byte) {
  auto starts = [&](const char* prefix) { return msg.rfind(prefix, 0) == 0; };
  std::string plain;
  if (starts("end of map not found"))
    plain = "this line does not fit the lines before it: the entries of one mapping start in the same column, and a value "
            "holding ': ' needs quotes";
  else if (starts("end of sequence not found"))
    plain = "this '- ' entry is not in the same column as the entries of its list";
  else if (starts("end of map flow not found"))
    plain = "a '{' is not closed with '}' before this point";
  else if (starts("end of sequence flow not found"))
    plain = "a '[' is not closed with ']' before this point";
  else if (starts("illegal map value"))
    plain = "a second ': ' on this line: put the value in quotes when it holds ': ' (note: \"a: b\")";
  else if (starts("illegal block entry"))
    plain = "a '- ' entry where no list can start: check the indentation of this line";
  else if (starts("illegal map key"))
    plain = "a key where none can start: check the indentation of this line";
  else if (starts("unknown escape character: "))
    plain = fmt::format("inside double quotes, \\{} is not an escape: write \\\\{} for a backslash, or use single quotes "
                        "('…'), where a backslash is a backslash",
                        msg.substr(26), msg.substr(26));
  else if (starts("the referenced anchor is not defined") || starts("alias not found"))
    plain = "a *name refers to an anchor &name that is not defined";
  else if (starts("illegal flow end"))
    plain = "a ']' or '}' that closes nothing";
  else if (starts("illegal EOF in scalar"))
    plain = "the file ends inside a quoted text: close the quote";
  else if (starts("bad file"))
    plain = "the file nests too deeply to be a rule file";
  else if (starts("illegal character in scalar") || starts("invalid scalar"))
    plain = "a character that cannot stand here: put the value in quotes";
  else
    plain = fmt::format("this is not valid YAML ({})", msg);
  SourceText::Pos pos{line0 + 1, 0};
  if (byte != std::string::npos && byte <= src.content().size()) pos = src.at(byte);
  else pos.column = column0 + 1;
  return src.error_at(pos, plain);
}

}  // namespace zhibiao
