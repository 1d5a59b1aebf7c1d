#include "zhibiao/text/html_reader.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string_view>

namespace zhibiao {
namespace {

char32_t lower(char32_t c) { return c >= U'A' && c <= U'Z' ? c + 32 : c; }
bool is_ws(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\f' || c == U'\u00A0'; }
bool is_alpha(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool is_alnum(char32_t c) { return is_alpha(c) || (c >= U'0' && c <= U'9'); }

// Elements whose start and end break a line.
constexpr std::array<std::string_view, 44> kBlocks = {
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section",
    "summary", "table", "tbody", "tfoot", "thead", "title"};
// Elements whose content is not text.
constexpr std::array<std::string_view, 7> kSkipped = {"script", "style", "noscript", "template", "svg", "math", "object"};

struct Entity {
  std::string_view name;
  char32_t code;
};
// The references Chinese pages use, and the XML five.
constexpr Entity kEntities[] = {
    {"amp", U'&'},       {"lt", U'<'},         {"gt", U'>'},         {"quot", U'"'},       {"apos", U'\''},
    {"nbsp", U'\u00A0'}, {"ensp", U'\u2002'},  {"emsp", U'\u2003'},  {"thinsp", U'\u2009'}, {"ldquo", U'“'},
    {"rdquo", U'”'},     {"lsquo", U'‘'},      {"rsquo", U'’'},      {"mdash", U'—'},      {"ndash", U'–'},
    {"hellip", U'…'},    {"middot", U'·'},     {"bull", U'•'},       {"times", U'×'},      {"divide", U'÷'},
    {"deg", U'°'},       {"plusmn", U'±'},     {"permil", U'‰'},     {"yen", U'¥'},        {"laquo", U'«'},
    {"raquo", U'»'},     {"copy", U'©'},       {"reg", U'®'},        {"trade", U'™'},      {"sup2", U'²'},
    {"sup3", U'³'},      {"frac12", U'½'},     {"frac14", U'¼'},     {"frac34", U'¾'},     {"minus", U'−'},
    {"le", U'≤'},        {"ge", U'≥'},         {"ne", U'≠'},         {"asymp", U'≈'},      {"micro", U'µ'},
    {"sect", U'§'},      {"para", U'¶'},       {"cent", U'¢'},       {"pound", U'£'},      {"euro", U'€'},
    {"prime", U'′'},     {"Prime", U'″'},      {"larr", U'←'},       {"rarr", U'→'},       {"uarr", U'↑'},
    {"darr", U'↓'},      {"shy", U'\u00AD'},   {"zwj", U'\u200D'},   {"zwnj", U'\u200C'}};

template <std::size_t N>
bool in(const std::array<std::string_view, N>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

class Reader {
 public:
  explicit Reader(std::u32string_view s) : s_(s) {}

  std::u32string run() {
    while (i_ < s_.size()) {
      char32_t c = s_[i_];
      if (c == U'<' && tag()) continue;
      if (c == U'&') {
        text(reference());
        continue;
      }
      text(c);
      ++i_;
    }
    while (!out_.empty() && (out_.back() == U'\n' || out_.back() == U' ')) out_.pop_back();
    if (!out_.empty()) out_.push_back(U'\n');
    return std::move(out_);
  }

 private:
  void text(char32_t c) {
    if (pre_ > 0) {
      if (c == U'\r') return;
      out_.push_back(c == U'\u00A0' ? U' ' : c);
      return;
    }
    if (is_ws(c)) {
      space_ = true;
      return;
    }
    if (space_ && !out_.empty() && out_.back() != U'\n' && out_.back() != U'\t') out_.push_back(U' ');
    space_ = false;
    out_.push_back(c);
  }

  void line_break() {
    space_ = false;
    if (cell_ > 0) {  // blocks inside a table cell keep the row on one line
      space_ = true;
      return;
    }
    while (!out_.empty() && out_.back() == U' ') out_.pop_back();
    if (!out_.empty() && out_.back() != U'\n') out_.push_back(U'\n');
  }

  bool starts(std::u32string_view what, std::size_t at) const {
    if (at + what.size() > s_.size()) return false;
    for (std::size_t k = 0; k < what.size(); ++k)
      if (lower(s_[at + k]) != what[k]) return false;
    return true;
  }

  // Past the next `what` (case-insensitive), or the end.
  void skip_past(std::u32string_view what) {
    while (i_ < s_.size() && !starts(what, i_)) ++i_;
    i_ = std::min(s_.size(), i_ + what.size());
  }

  // A tag, comment or declaration at i_; false when the '<' is text (a < b).
  bool tag() {
    if (starts(U"<!--", i_)) {
      skip_past(U"-->");
      return true;
    }
    if (starts(U"<![cdata[", i_)) {
      std::size_t from = i_ + 9;
      skip_past(U"]]>");
      for (std::size_t k = from; k + 3 <= i_; ++k) text(s_[k]);
      return true;
    }
    if (starts(U"<!", i_) || starts(U"<?", i_)) {
      skip_past(U">");
      return true;
    }
    std::size_t k = i_ + 1;
    bool closing = k < s_.size() && s_[k] == U'/';
    if (closing) ++k;
    if (k >= s_.size() || !is_alpha(s_[k])) return false;
    std::string name;
    while (k < s_.size() && (is_alnum(s_[k]) || s_[k] == U'-' || s_[k] == U':'))
      name.push_back(static_cast<char>(lower(s_[k++])));
    // To the '>' that closes the tag, past quoted attribute values.
    char32_t quote = 0;
    bool self_closing = false;
    for (; k < s_.size(); ++k) {
      char32_t c = s_[k];
      if (quote) {
        if (c == quote) quote = 0;
      } else if (c == U'"' || c == U'\'') {
        quote = c;
      } else if (c == U'>') {
        self_closing = k > 0 && s_[k - 1] == U'/';
        break;
      }
    }
    i_ = std::min(s_.size(), k + 1);
    element(name, closing, self_closing);
    return true;
  }

  void element(const std::string& name, bool closing, bool self_closing) {
    if (!closing && !self_closing && in(kSkipped, name)) {
      std::u32string end = U"</";
      for (char c : name) end.push_back(static_cast<char32_t>(c));
      skip_past(end);
      skip_past(U">");
      return;
    }
    if (name == "br") return line_break();
    if (name == "tr") {
      if (cell_ == 0) line_break();
      cells_ = 0;
      return;
    }
    if (name == "td" || name == "th") {
      if (closing) {
        cell_ = std::max(0, cell_ - 1);
        return;
      }
      if (cell_ > 0) --cell_;  // an unclosed cell ends at the next one
      while (!out_.empty() && out_.back() == U' ') out_.pop_back();
      if (cells_++ > 0) out_.push_back(U'\t');
      space_ = false;
      ++cell_;
      return;
    }
    if (name == "pre") pre_ = std::max(0, pre_ + (closing ? -1 : 1));
    if (name == "table" && closing) cell_ = 0;
    if (in(kBlocks, name)) line_break();
  }

  // A character reference at i_ (&amp; &#20013; &#x4E2D;), or '&' itself.
  char32_t reference() {
    std::size_t k = i_ + 1;
    if (k < s_.size() && s_[k] == U'#') {
      ++k;
      bool hex = k < s_.size() && (s_[k] == U'x' || s_[k] == U'X');
      if (hex) ++k;
      std::uint32_t v = 0;
      std::size_t digits = 0;
      for (; k < s_.size() && digits < 8; ++k, ++digits) {
        char32_t c = lower(s_[k]);
        int d = c >= U'0' && c <= U'9' ? static_cast<int>(c - U'0')
                : hex && c >= U'a' && c <= U'f' ? static_cast<int>(c - U'a' + 10) : -1;
        if (d < 0) break;
        v = v * (hex ? 16u : 10u) + static_cast<std::uint32_t>(d);
      }
      if (digits == 0) return s_[i_++];
      if (k < s_.size() && s_[k] == U';') ++k;
      i_ = k;
      if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return U'\uFFFD';
      return static_cast<char32_t>(v);
    }
    std::string name;
    while (k < s_.size() && is_alnum(s_[k]) && name.size() < 10) name.push_back(static_cast<char>(s_[k++]));
    bool semicolon = k < s_.size() && s_[k] == U';';
    for (const auto& e : kEntities) {
      if (e.name != name) continue;
      // Without ';' only the old five that pages still write bare (&nbsp &amp).
      if (!semicolon && name != "nbsp" && name != "amp" && name != "lt" && name != "gt" && name != "quot") break;
      i_ = k + (semicolon ? 1 : 0);
      return e.code;
    }
    return s_[i_++];
  }

  std::u32string_view s_;
  std::size_t i_ = 0;
  std::u32string out_;
  bool space_ = false;
  int pre_ = 0, cell_ = 0, cells_ = 0;
};

}  // namespace

std::u32string html_text(std::u32string_view html) { return Reader(html).run(); }

std::string html_charset(std::string_view bytes) {
  std::string head(bytes.substr(0, 4096));
  for (char& c : head) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::size_t at = head.find("charset"); at != std::string::npos; at = head.find("charset", at + 7)) {
    // Only inside a <meta …> tag.
    auto open = head.rfind('<', at);
    if (open == std::string::npos || head.compare(open, 5, "<meta") != 0 || head.find('>', open) < at) continue;
    std::size_t k = at + 7;
    while (k < head.size() && (head[k] == ' ' || head[k] == '=' || head[k] == '"' || head[k] == '\'')) ++k;
    std::string name;
    while (k < head.size() && (std::isalnum(static_cast<unsigned char>(head[k])) || head[k] == '-' || head[k] == '_'))
      name.push_back(head[k++]);
    if (name.empty()) continue;
    // GB2312 and GBK pages use GB18030's characters more often than they admit.
    if (name == "gb2312" || name == "gbk" || name == "gb18030" || name == "x-gbk") return "GB18030";
    return name;
  }
  return {};
}

}  // namespace zhibiao
