// The scanner walks the normalized text once. At each character that can begin a
// figure it reads a numeral, then what follows it (magnitude, unit, percent sign,
// time word) and what surrounds it (qualifiers, a second figure making a range).
// Whether a Chinese numeral is a figure at all is decided by what follows it:
// 一是 and 统一 are words, 一百二十人 and 四成 are figures.
#include "zhibiao/quantity/scanner.hpp"

#include "zhibiao/quantity/numeral.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

bool is_ascii_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }
bool is_mask_char(char32_t c) { return c == U'X' || c == U'x' || c == U'×' || c == U'*'; }
bool is_dash(char32_t c) { return c == U'-' || c == U'—' || c == U'–' || c == U'~' || c == U'〜' || c == U'−'; }

// How a figure's number became its value: × 10^magnitude × factor.
struct Scale {
  int magnitude = 0;
  Decimal factor = Decimal::from_int(1);
};

// What follows a number: the longest of a percent sign, a unit and a time word.
struct Suffix {
  enum Type { none, percent, unit, time } type = none;
  std::size_t length = 0;
  const PercentInfo* percent_info = nullptr;
  const UnitInfo* unit_info = nullptr;
  const TimeInfo* time_info = nullptr;
};

// Whether c may start a figure whatever the units, '.' aside (Scan::may_start decides it in place).
bool starts_figure(char32_t c) {
  return is_ascii_digit(c) || is_chinese_numeral_char(c) || c == U'第' || c == U'前' || c == U'倒' ||
         is_mask_char(c) || c == U'-' || c == U'−' || is_negative_sign(c);
}

class Scan {
 public:
  Scan(const Text& text, const UnitTable& units, std::size_t begin, std::size_t end,
       const std::u32string& word_starts, const std::vector<std::uint64_t>& starts)
      : text_(text), s_(text.norm()), u_(units), begin_(begin), end_(end), word_starts_(word_starts),
        starts_(starts) {}

  std::vector<Quantity> run() {
    std::vector<Quantity> out;
    std::size_t i = begin_;
    // A range that starts inside a run of digits or numerals (a bounded sentence
    // cut through a 100,000-digit run) starts with no figure: the tail of the run is none.
    if (begin_ > 0 && in_numeral_run(begin_ - 1) && in_numeral_run(begin_))
      while (i < end_ && in_numeral_run(i)) ++i;
    for (; i < end_;) {
      if (!may_start(i)) {
        ++i;
        continue;
      }
      std::size_t next = i + 1;
      if (auto q = read_at(i, next)) {
        next = std::max(next, q->span.end);
        if (q->qualifier_span.end > q->span.end) next = std::max(next, q->qualifier_span.end);
        if (within_limits(*q)) out.push_back(std::move(*q));
      }
      i = next;
    }
    return out;
  }

 private:
  char32_t at(std::size_t i) const { return i < end_ ? s_[i] : U'\0'; }
  bool starts_with(std::size_t i, std::u32string_view w) const {
    return i + w.size() <= end_ && std::u32string_view(s_).substr(i, w.size()) == w;
  }

  // Values no report means and no spreadsheet holds are not figures (numeral.hpp).
  static bool within_limits(const Quantity& q) {
    for (const auto* v : {&q.value, &q.low, &q.high})
      if (*v && !(*v)->is_zero() && ((*v)->order() > kMaxFigureOrder || (*v)->order() < kMinFigureOrder)) return false;
    return true;
  }

  bool in_numeral_run(std::size_t i) const {
    return is_ascii_digit(s_[i]) || s_[i] == U'.' || s_[i] == U',' || is_chinese_numeral_char(s_[i]);
  }

  // A numeral too long to be a figure: skipped whole.
  static bool too_long(const Numeral& n) {
    return n.overlong || n.digits > kMaxFigureDigits || n.chinese_digits > kMaxFigureDigits;
  }

  bool may_start(std::size_t i) const {
    char32_t c = s_[i];
    if (c == U'.')  // .5, but not the last dot of an ellipsis (…5万元)
      return text_.original_at(i) == U'.' && is_ascii_digit(at(i + 1)) &&
             (i == 0 || !(is_ascii_digit(s_[i - 1]) || is_ascii_letter(s_[i - 1]) || s_[i - 1] == U'.'));
    if (c < 0x10000) return (starts_[c >> 6] >> (c & 63)) & 1u;
    return starts_figure(c) || word_starts_.find(c) != std::u32string::npos;
  }

  std::size_t skip_spaces(std::size_t i) const {
    std::size_t j = i;
    while (j < end_ && j - i < 4 && s_[j] == U' ') ++j;
    return j;
  }

  // Longest word of `lex` at i, spaces between its characters allowed (PDF text:
  // 个 百 分点); the length counts the spaces.
  template <typename T>
  typename Lexicon<T>::Hit spaced_longest(const Lexicon<T>& lex, std::size_t i) const {
    std::u32string compact;
    std::size_t idx[8];
    for (std::size_t j = skip_spaces(i); j < end_ && compact.size() < 8;) {
      idx[compact.size()] = j;
      compact.push_back(s_[j]);
      std::size_t k = skip_spaces(j + 1);
      if (k < end_ && s_[k] == U' ') break;
      j = k;
    }
    auto h = lex.longest_at(compact, 0);
    if (h) h.length = idx[h.length - 1] + 1 - i;
    return h;
  }

  // PM2.5, 5G, G20, U+00A0: digits glued to Latin letters are names.
  bool glued_to_letters(std::size_t b, std::size_t e) const {
    bool before = b > 0 && (is_ascii_letter(s_[b - 1]) || (s_[b - 1] == U'.' && b > 1 && is_ascii_letter(s_[b - 2])) ||
                            ((s_[b - 1] == U'+' || s_[b - 1] == U'-' || s_[b - 1] == U'−') && b > 1 &&
                             is_ascii_letter(s_[b - 2])));
    return before || is_ascii_letter(at(e));
  }

  // Inside “…” or 《…》 (short ones: names like “十四五”, “六大行动”).
  bool inside_quotes(std::size_t b) const {
    for (std::size_t k = b, n = 0; k > begin_ && n < 16; --k, ++n) {
      char32_t c = s_[k - 1];
      if (c == U'”' || c == U'》' || c == U'。' || c == U'\n') return false;
      if (c == U'“' || c == U'《') {
        for (std::size_t j = b; j < end_ && j < b + 16; ++j)
          if (s_[j] == U'”' || s_[j] == U'》') return true;
        return false;
      }
    }
    return false;
  }

  // 86.4GWh, 500MW: letters after the digits that spell a unit (not 5G, not PM2.5).
  bool latin_unit_at(std::size_t b, std::size_t e) const {
    if (b > 0 && is_ascii_letter(s_[b - 1])) return false;
    auto h = u_.units.longest_at(std::u32string_view(s_.data(), end_), e);
    return h && !is_ascii_letter(at(e + h.length)) && is_ascii_letter(at(e));
  }

  bool isolated(std::size_t b, std::size_t e) const {
    return (b == begin_ || !is_cjk(s_[b - 1])) && (e >= end_ || !is_cjk(s_[e]));
  }

  Suffix suffix_at(std::size_t i, bool after_magnitude) const {
    Suffix best;
    if (i >= end_) return best;
    std::u32string_view view(s_.data(), end_);
    if (auto h = spaced_longest(u_.percents, i); h && h.length > best.length)
      best = {Suffix::percent, h.length, h.entry, nullptr, nullptr};
    if (auto h = u_.units.longest_at(view, i); h && h.length > best.length && (after_magnitude || !h.entry->after_magnitude))
      best = {Suffix::unit, h.length, nullptr, h.entry, nullptr};
    if (auto h = u_.time.longest_at(view, i); h && h.length > best.length)
      best = {Suffix::time, h.length, nullptr, nullptr, h.entry};
    return best;
  }

  void add_qualifiers(Quantity& q) const {
    std::u32string_view view(s_.data(), end_);
    if (auto h = u_.qualifiers_before.longest_before(view, q.span.begin); h && q.span.begin - h.length >= begin_) {
      if (q.qualifier == Qualifier::exact) q.qualifier = *h.entry;
      q.qualifier_span = {q.span.begin - h.length, q.span.begin};
    }
    if (auto h = u_.qualifiers_after.longest_at(view, q.span.end)) {
      q.qualifier = *h.entry;
      q.qualifier_span = {q.span.end, q.span.end + h.length};
    }
  }

  std::optional<Quantity> read_at(std::size_t i, std::size_t& next) {
    char32_t c = s_[i];
    if (c == U'第') return read_ordinal(i, i + 1, next);
    if (c == U'倒' && starts_with(i, U"倒数第")) {
      auto q = read_ordinal(i, i + 3, next);
      if (q) q->from_end = true;
      return q;
    }
    if (c == U'前') return read_top(i);
    if (auto q = read_word_figure(i)) return q;
    if (auto q = read_spelled_percent(i)) return q;
    if (auto w = u_.percent_words.longest_at(std::u32string_view(s_.data(), end_), i)) {
      // 半成, 对折: a percent in one word.
      Quantity q;
      q.span = {i, i + w.length};
      q.number_span = {i, i + 1};
      q.unit_span = {i + 1, i + w.length};
      q.kind = QuantityKind::percent;
      q.value = *w.entry;
      q.unit = "%";
      q.dimension = "percent";
      add_qualifiers(q);
      return q;
    }
    if (is_mask_char(c) || is_ascii_digit(c))
      if (std::size_t e = mask_run_end(i)) return read_masked(i, e, next);
    Scale scale;
    auto q = read_figure(i, next, &scale);
    if (q) extend_range(*q, scale);
    if (q) share_points_unit(*q, scale);
    if (q) add_qualifiers(*q);
    return q;
  }

  // 翻一番 (+100 %), 持平 (0 %), 首位 and 之首 (rank 1): a figure in one word.
  std::optional<Quantity> read_word_figure(std::size_t i) {
    std::u32string_view view(s_.data(), end_);
    auto fits = [&](const WordFigure& w, std::size_t len) {
      for (const auto& x : w.not_after)
        if (i >= begin_ + x.size() && view.substr(i - x.size(), x.size()) == x) return false;
      for (const auto& x : w.not_before)
        if (starts_with(i + len, x)) return false;
      if (w.after.empty()) return true;
      for (const auto& x : w.after)
        if (i >= begin_ + x.size() && view.substr(i - x.size(), x.size()) == x) return true;
      return false;
    };
    Quantity q;
    if (auto r = u_.rank_words.longest_at(view, i); r && fits(*r.entry, r.length) && !u_.not_rank_after.longest_before(s_, i)) {
      q.kind = QuantityKind::ordinal;
      q.unit = "位";
      q.dimension = "rank";
      q.value = r.entry->value;
      q.span = {i, i + r.length};
    } else if (auto g = u_.growth_words.longest_at(view, i); g && fits(*g.entry, g.length)) {
      q.kind = QuantityKind::percent;
      q.unit = "%";
      q.dimension = "percent";
      q.value = g.entry->value;
      q.growth_word = true;
      q.span = {i, i + g.length};
    } else {
      return std::nullopt;
    }
    q.number_span = q.span;
    q.unit_span = {q.span.end, q.span.end};
    add_qualifiers(q);
    return q;
  }

  // 高于全国、全省1.2个和0.8个百分点: 个 before 和 borrows the 百分点 that ends the list.
  void share_points_unit(Quantity& q, const Scale& scale) {
    if (q.kind != QuantityKind::count || q.unit != "个" || scale.magnitude != 0) return;
    std::size_t p = q.span.end;
    if (!(at(p) == U'和' || at(p) == U'、' || at(p) == U'及')) return;
    std::size_t ignored = 0;
    Scale next_scale;
    auto next_q = read_figure(p + 1, ignored, &next_scale);
    if (!next_q || next_q->unit != "百分点") return;
    q.kind = QuantityKind::percent;
    q.dimension = "percent";
    q.unit = "百分点";
  }

  // A number with what follows it: 45.4亿元, 330万人次, 8%, 四成, 2025年, 24小时.
  std::optional<Quantity> read_figure(std::size_t i, std::size_t& next, Scale* scale) {
    bool negative = false;
    std::size_t num_at = i;
    if (s_[i] == U'-' || s_[i] == U'−' || is_negative_sign(s_[i])) {
      if (i > begin_ && (is_ascii_digit(s_[i - 1]) || is_ascii_letter(s_[i - 1]))) return std::nullopt;
      num_at = i + 1;
      bool arabic = is_ascii_digit(at(num_at)) || (at(num_at) == U'.' && is_ascii_digit(at(num_at + 1)));
      if (!(arabic || (is_negative_sign(s_[i]) && is_chinese_numeral_char(at(num_at))))) return std::nullopt;
      negative = true;
    }
    auto n = read_numeral(text_, num_at, u_);
    if (n && too_long(*n)) {
      next = std::min(n->end, end_);  // past the whole run: reading it again from each digit would be quadratic
      return std::nullopt;
    }
    if (!n || n->end > end_) return std::nullopt;
    next = n->end;
    if (n->arabic && glued_to_letters(num_at, n->end) && !latin_unit_at(num_at, n->end)) {
      while (next < end_ && (is_ascii_digit(s_[next]) || is_ascii_letter(s_[next]) || s_[next] == U'.')) ++next;
      return std::nullopt;
    }
    Quantity q;
    q.span = {i, n->end};
    q.number_span = {i, n->digits_end};
    q.unit_span = {n->digits_end, n->end};
    Decimal value = negative ? n->value.negated() : n->value;
    if (n->at_least) q.qualifier = Qualifier::at_least;  // 二十几万
    int magnitude = 0;  // a magnitude read after 余/多 (300余万元)
    std::size_t p = n->end;
    if (auto h = u_.qualifiers_inside.longest_at(std::u32string_view(s_.data(), end_), skip_spaces(p))) {
      std::size_t after = skip_spaces(skip_spaces(p) + h.length);
      auto m = u_.magnitudes.longest_at(std::u32string_view(s_.data(), end_), after);
      Suffix sx = suffix_at(after + (m ? m.length : 0), n->magnitude > 0 || static_cast<bool>(m));
      if (m || sx.type != Suffix::none || after >= end_ || !is_cjk(at(after))) {
        q.qualifier = *h.entry;
        q.qualifier_span = {skip_spaces(p), after};
        p = after;
        if (m) {
          magnitude = *m.entry;
          p += m.length;
        }
      }
    }
    // 4126.5（不含一次性收入）亿元: a short aside between the number and its unit.
    if (at(p) == U'(' && n->arabic) {
      std::size_t close = p + 1;
      while (close < end_ && close - p <= 20 && s_[close] != U')' && s_[close] != U'(') ++close;
      if (close < end_ && s_[close] == U')') {
        std::size_t after = close + 1;
        auto m = u_.magnitudes.longest_at(std::u32string_view(s_.data(), end_), after);
        if (suffix_at(after + (m ? m.length : 0), true).type != Suffix::none) {
          p = after;
          if (m) {
            magnitude = *m.entry;
            p += m.length;
          }
        }
      }
    }
    bool has_magnitude = n->magnitude > 0 || magnitude > 0;
    Suffix sx = suffix_at(p, has_magnitude);
    if (n->exponent) sx = {};  // 1.2E+15, 2^5: read as numbers, never as money, counts or percents
    if (sx.percent_info && !accept_percent_ending(*n, *sx.percent_info, p + sx.length)) sx = {};
    bool chinese_only = n->chinese && !n->arabic;
    if (n->vague) {
      if (sx.type == Suffix::none) return std::nullopt;
      q.vague = true;
      q.qualifier = Qualifier::approx;
    } else if (chinese_only && !accept_chinese(*n, sx, i, p)) {
      return std::nullopt;
    }
    // 百亿次 and 千场 stand for figures only after a qualifier (突破百亿次, 超千场, 上万家);
    // 千方百计 and 万亿级 are words.
    bool qualified = static_cast<bool>(u_.qualifiers_before.longest_before(s_, i));
    if (n->bare_magnitude &&
        !(sx.type == Suffix::unit && (sx.unit_info->kind == QuantityKind::count ? qualified
                                                                               : n->end - n->begin >= 2 || qualified))) {
      return std::nullopt;
    }
    Decimal scaled = value.scaled(magnitude);
    scale->magnitude = n->magnitude + magnitude;
    if (sx.percent_info) scale->factor = sx.percent_info->factor;
    if (sx.unit_info) scale->factor = sx.unit_info->factor;
    q.span.end = p + sx.length;
    q.unit_span.end = q.span.end;
    switch (sx.type) {
      case Suffix::percent:
        q.kind = QuantityKind::percent;
        q.dimension = "percent";
        q.unit = sx.percent_info->unit;
        if (!q.vague) q.value = scaled * sx.percent_info->factor;
        if (!q.vague && sx.percent_info->discount && scaled >= Decimal::from_int(10)) q.value = scaled;  // 75折
        if (sx.percent_info->factor == Decimal::from_int(10) && !sx.percent_info->discount && q.value)
          add_tenth_digit(q);  // 七成六, 三成半
        break;
      case Suffix::unit:
        q.kind = sx.unit_info->kind;
        q.dimension = sx.unit_info->dimension;
        q.unit = sx.unit_info->base;
        if (!q.vague) q.value = scaled * sx.unit_info->factor;
        break;
      case Suffix::time:
        classify_time(q, *n, scaled, *sx.time_info, has_magnitude);
        break;
      case Suffix::none:
        q.kind = QuantityKind::number;
        if (!q.vague) q.value = scaled;
        q.span.end = q.unit_span.end = p == n->end ? n->end : p;
        // 2.31：1 (城乡居民收入比): a ratio to one is the number before it.
        if (n->arabic && (at(q.span.end) == U':' || at(q.span.end) == U'∶') && at(q.span.end + 1) == U'1' &&
            !is_ascii_digit(at(q.span.end + 2)) && at(q.span.end + 2) != U'.')
          q.span.end = q.unit_span.end = q.span.end + 2, q.ratio = true;
        break;
    }
    if (q.qualifier_span.end > q.span.end) q.qualifier_span = {};
    return q;
  }

  // 四成 and 8折 are percents; 一成不变, 完成 and 折合 are not.
  bool accept_percent_ending(const Numeral& n, const PercentInfo& info, std::size_t after) const {
    for (const auto& w : info.not_before)
      if (starts_with(after, w)) return false;
    if (info.factor == Decimal::from_int(10)) {
      if (n.fraction || n.at_least) return false;
      Decimal limit = Decimal::from_int(info.discount ? 100 : 10);
      if (n.value > limit) return false;
    }
    return true;
  }

  // 七成六 is 76 %, 三成半 is 35 %: a digit after 成 is the next tenth.
  void add_tenth_digit(Quantity& q) const {
    std::size_t j = q.span.end;
    if (at(j) == U' ' && !is_cjk(at(j + 2))) ++j;  // 七成 六
    if (j >= end_) return;
    if (s_[j] == U'半') {
      *q.value = *q.value + Decimal::from_int(5);
    } else if (is_chinese_numeral_char(s_[j]) && !is_chinese_numeral_char(at(j + 1)) && !is_ascii_digit(at(j + 1))) {
      Text one(std::u32string(1, s_[j]));
      auto d = read_numeral(one, 0, u_);
      if (!d || !d->value.is_integer() || d->value.is_zero() || d->value > Decimal::from_int(9) || d->structured) return;
      *q.value = *q.value + d->value;
    } else {
      return;
    }
    q.span.end = q.unit_span.end = j + 1;
  }

  // A Chinese numeral counts as a figure when something marks it as one.
  bool accept_chinese(const Numeral& n, const Suffix& sx, std::size_t b, std::size_t p) const {
    if (inside_quotes(b)) return false;
    if (sx.type != Suffix::none) {
      // 一个, 一批, 一次: "one" with a classifier is an article, not a figure; so is
      // 一 in a set phrase with a unit (一亩三分地, seed 002).
      if (n.value == Decimal::from_int(1) && !n.structured && sx.type == Suffix::unit &&
          (sx.unit_info->kind == QuantityKind::count || (n.end - n.begin == 1 && !isolated(b, p + sx.length))))
        return false;
      return true;
    }
    if (n.structured || n.sequence) return n.end - n.begin >= 2 || isolated(b, p) || starts_range(p);
    return isolated(b, p) || starts_range(p);
  }

  // 三至五万元: the low end of a range.
  bool starts_range(std::size_t p) const {
    std::size_t k = starts_with(p, U"——") ? p + 2 : (at(p) == U'至' || is_dash(at(p))) ? p + 1 : p;
    return k > p && (is_chinese_numeral_char(at(k)) || is_ascii_digit(at(k)));
  }

  void classify_time(Quantity& q, const Numeral& n, const Decimal& value, const TimeInfo& t, bool has_magnitude) {
    bool integer = value.is_integer() && !has_magnitude && !q.vague;
    bool year_like = t.date == "年" ? (n.arabic && n.digits_end - n.begin == 4) || n.sequence : true;
    if (!t.date.empty() && integer && year_like && value >= Decimal::from_int(t.date_min) &&
        value <= Decimal::from_int(t.date_max) && !(t.date == "日" && !t.duration.empty() && !after_month(q.span.begin))) {
      q.kind = QuantityKind::date;
      q.unit = t.date;
    } else if (!t.duration.empty()) {
      q.kind = QuantityKind::duration;
      q.unit = t.duration;
    } else {
      q.kind = QuantityKind::number;  // 13月: not a date, not a duration
      q.span.end = q.unit_span.end = n.end;
      if (!q.vague) q.value = value;
      return;
    }
    q.dimension = "time";
    if (!q.vague) q.value = value;
  }

  bool after_month(std::size_t b) const { return b > begin_ && s_[b - 1] == U'月'; }

  // 第三, 第12位, 第十二名, 第二季度; 第一， is a section marker, not a figure.
  std::optional<Quantity> read_ordinal(std::size_t start, std::size_t i, std::size_t& next) {
    Quantity q;
    std::size_t num_end;
    if (i < end_ && is_mask_char(s_[i])) {
      num_end = i;
      while (num_end < end_ && num_end - i < 4 && is_mask_char(s_[num_end])) ++num_end;
      q.masked = true;
    } else {
      auto n = read_numeral(text_, i, u_);
      if (n && too_long(*n)) {
        next = std::min(n->end, end_);
        return std::nullopt;
      }
      if (!n || n->vague || !n->value.is_integer() || n->bare_magnitude || n->end > end_) return std::nullopt;
      num_end = n->end;
      q.value = n->value;
    }
    next = num_end;
    if (is_section_marker(start, num_end)) return std::nullopt;
    q.span = {start, num_end};
    q.number_span = {i, num_end};
    q.unit_span = {num_end, num_end};
    q.kind = QuantityKind::ordinal;
    std::u32string_view view(s_.data(), end_);
    if (auto r = u_.rank_units.longest_at(view, num_end); r && !u_.not_rank_after.longest_before(s_, start)) {
      q.unit = "位";
      q.dimension = "rank";
      q.span.end = q.unit_span.end = num_end + r.length;
    } else if (auto t = u_.time.longest_at(view, num_end); t && t.entry->date == "季度") {
      q.kind = QuantityKind::date;
      q.unit = "季度";
      q.dimension = "time";
      q.span.end = q.unit_span.end = num_end + t.length;
    } else if (q.masked) {
      return std::nullopt;  // 第*届: a masked name, not a figure
    }
    if (q.masked) q.value.reset();
    return q;
  }

  // 第一，深入学习…: a heading at the start of a line or sentence. The whole
  // text, not just the scanned range, decides: a clause may end right after it.
  bool is_section_marker(std::size_t start, std::size_t num_end) const {
    if (num_end >= s_.size()) return false;  // 第一 alone is an ordinal
    char32_t after = s_[num_end];
    if (!(after == U',' || after == U'、' || after == U':' || after == U'.' || after == U' ' || after == U'\n' ||
          after == U'\r' || after == U'\t'))
      return false;
    std::size_t k = start;
    while (k > 0 && (s_[k - 1] == U' ' || s_[k - 1] == U'\t')) --k;
    return k == 0 || s_[k - 1] == U'\n' || s_[k - 1] == U'\r' || s_[k - 1] == U'。' || s_[k - 1] == U':' ||
           s_[k - 1] == U';' || s_[k - 1] == U'!' || s_[k - 1] == U'?';
  }

  // 前三位, 前10名, 前五强: the first N.
  std::optional<Quantity> read_top(std::size_t i) {
    auto n = read_numeral(text_, i + 1, u_);
    if (!n || too_long(*n) || n->vague || !n->value.is_integer() || n->end >= end_) return std::nullopt;
    std::u32string_view view(s_.data(), end_);
    auto r = u_.rank_units.longest_at(view, n->end);
    std::size_t unit_len = r ? r.length : (s_[n->end] == U'强' ? 1 : 0);
    if (!unit_len) return std::nullopt;
    Quantity q;
    q.span = {i, n->end + unit_len};
    q.number_span = {i + 1, n->end};
    q.unit_span = {n->end, n->end + unit_len};
    q.kind = QuantityKind::ordinal;
    q.value = n->value;
    q.unit = "位";
    q.dimension = "rank";
    q.top = true;
    q.qualifier = Qualifier::at_most;
    return q;
  }

  // 百分之三十五点五, 千分之五, 万分之三, 百万分之五: magnitudes, 分之, a numeral.
  std::optional<Quantity> read_spelled_percent(std::size_t i) {
    int power = 0;
    std::size_t j = i;
    // 百万分之 takes two magnitudes: a run of 万万万… is no fraction, and reading it
    // again from each of its characters would cost its length squared.
    for (int taken = 0; j < end_ && taken < 4; ++taken) {
      auto m = u_.magnitudes.longest_at(std::u32string_view(s_.data(), end_), j);
      if (!m) break;
      power += *m.entry;
      j = skip_spaces(j + m.length);
    }
    if (!power || at(j) != U'分') return std::nullopt;
    j = skip_spaces(j + 1);
    if (at(j) != U'之') return std::nullopt;
    std::size_t num_at = skip_spaces(j + 1);
    auto n = read_numeral(text_, num_at, u_);
    if (!n || too_long(*n) || n->vague || n->end > end_) return std::nullopt;
    Quantity q;
    q.span = {i, n->end};
    q.number_span = {num_at, n->end};
    q.unit_span = {i, j + 1};
    q.kind = QuantityKind::percent;
    q.dimension = "percent";
    q.unit = "%";
    q.value = n->value.scaled(2 - power);
    add_qualifiers(q);
    return q;
  }

  // X, XX, ×, *, ** in place of digits, before a magnitude, unit or percent sign.
  // Where a redacted number ends: mask characters, maybe with digits and one
  // point among them (X.X, **.*, 9X, XXXXX); 0 when there is none at i.
  std::size_t mask_run_end(std::size_t i) const {
    if (i > begin_ && (is_ascii_letter(s_[i - 1]) || is_ascii_digit(s_[i - 1]) || is_mask_char(s_[i - 1]) ||
                       s_[i - 1] == U'.'))
      return 0;
    std::size_t e = i, masks = 0, points = 0;
    while (e < end_ && e - i < 8) {
      char32_t c = s_[e];
      if (is_mask_char(c)) ++masks;
      else if (c == U'.' && e > i && e + 1 < end_ && (is_mask_char(s_[e + 1]) || is_ascii_digit(s_[e + 1])) && !points) ++points;
      else if (!is_ascii_digit(c) || masks) break;  // *3项: a redacted name before a real figure
      ++e;
    }
    if (!masks || (e < end_ && (is_ascii_letter(s_[e]) || is_ascii_digit(s_[e])))) return 0;
    return e;
  }

  std::optional<Quantity> read_masked(std::size_t i, std::size_t e, std::size_t& next) {
    next = e;
    std::size_t p = e;
    std::u32string_view view(s_.data(), end_);
    if (auto h = u_.qualifiers_inside.longest_at(view, p)) p += h.length;
    auto m = u_.magnitudes.longest_at(view, p);
    if (m) p += m.length;
    Suffix sx = suffix_at(p, static_cast<bool>(m));
    if (sx.type == Suffix::time || (sx.type == Suffix::none && !m)) return std::nullopt;
    Quantity q;
    q.masked = true;
    q.span = {i, p + sx.length};
    q.number_span = {i, e};
    q.unit_span = {e, q.span.end};
    if (sx.type == Suffix::percent) {
      q.kind = QuantityKind::percent;
      q.dimension = "percent";
      q.unit = sx.percent_info->unit;
    } else if (sx.type == Suffix::unit) {
      q.kind = sx.unit_info->kind;
      q.dimension = sx.unit_info->dimension;
      q.unit = sx.unit_info->base;
    } else {
      q.kind = QuantityKind::number;
    }
    add_qualifiers(q);
    return q;
  }

  // 3至5年, 10%—15%, 20~30: a second figure after a connector makes a range.
  void extend_range(Quantity& q, const Scale& q_scale) {
    if (q.kind == QuantityKind::ordinal || q.vague || !q.value || q.qualifier != Qualifier::exact) return;
    std::size_t p = q.span.end;
    std::size_t conn = 0;
    if (starts_with(p, U"——")) conn = 2;
    else if (at(p) == U'至' || at(p) == U'到' || is_dash(at(p))) conn = 1;
    if (!conn || p + conn >= end_) return;
    std::size_t ignored = 0;
    Scale hi_scale;
    auto hi = read_figure(p + conn, ignored, &hi_scale);
    if (!hi || !hi->value || hi->kind == QuantityKind::ordinal || hi->qualifier != Qualifier::exact) return;
    Decimal low = *q.value;
    if (q.kind != QuantityKind::number) {
      if (hi->kind != q.kind || hi->unit != q.unit) return;
    } else if (hi->kind != QuantityKind::number) {
      // 3至5万元 and 3万至5万元: the first number takes the second one's unit,
      // and its magnitude too when it has none of its own.
      low = low * hi_scale.factor;
      if (q_scale.magnitude == 0) low = low.scaled(hi_scale.magnitude);
    }
    q.low = low;
    q.high = hi->value;
    q.range_of = hi->kind;
    q.kind = QuantityKind::range;
    q.unit = hi->unit;
    q.dimension = hi->dimension;
    q.value.reset();
    q.span.end = hi->span.end;
    q.unit_span = hi->unit_span;
  }

  const Text& text_;
  const std::u32string& s_;
  const UnitTable& u_;
  std::size_t begin_, end_;
  const std::u32string& word_starts_;         // first characters of the percent, growth and rank words
  const std::vector<std::uint64_t>& starts_;  // Scanner::starts_
};

}  // namespace

std::string_view to_string(QuantityKind kind) {
  static constexpr std::string_view names[] = {"number", "percent", "ordinal",  "money", "quantity",
                                               "count",  "date",    "duration", "range"};
  return names[static_cast<int>(kind)];
}

std::string_view to_string(Qualifier q) {
  static constexpr std::string_view names[] = {"exact", "approx", "at_least", "at_most"};
  return names[static_cast<int>(q)];
}

std::vector<Quantity> Scanner::scan(const Text& text) const { return scan(text, 0, text.norm().size()); }

Scanner::Scanner(const UnitTable& units) : units_(units) {
  for (const auto& [word, value] : units_.percent_words.words())
    if (word_starts_.find(word[0]) == std::u32string::npos) word_starts_.push_back(word[0]);
  for (const auto* lex : {&units_.growth_words, &units_.rank_words})
    for (const auto& [word, value] : lex->words())
      if (word_starts_.find(word[0]) == std::u32string::npos) word_starts_.push_back(word[0]);
  // Most characters of a text start nothing: one bit test each tells. The figures' bits
  // are the same for every unit table (built once); the words' are this table's.
  static const std::vector<std::uint64_t> figures = [] {
    std::vector<std::uint64_t> t(0x10000 / 64, 0);
    for (char32_t c = 0; c < 0x10000; ++c)
      if (c != U'.' && starts_figure(c)) t[c >> 6] |= std::uint64_t{1} << (c & 63);
    return t;
  }();
  starts_ = figures;
  for (char32_t c : word_starts_)
    if (c < 0x10000) starts_[c >> 6] |= std::uint64_t{1} << (c & 63);
}

std::vector<Quantity> Scanner::scan(const Text& text, std::size_t begin, std::size_t end) const {
  return Scan(text, units_, begin, end, word_starts_, starts_).run();
}

}  // namespace zhibiao
