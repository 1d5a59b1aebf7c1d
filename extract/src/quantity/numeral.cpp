// Chinese numerals are read into groups, one per big unit (万, 亿, 兆), plus the
// current section below 万. A big unit with nothing before it multiplies what
// came before (四万万, 1.91万亿). A lone digit directly after a unit abbreviates
// the next lower unit (三千五 = 3500). Fractions (五分之一, 3/4) and mixed
// numbers (三又三分之一) are read around that core.
#include "zhibiao/quantity/numeral.hpp"

#include <array>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace zhibiao {
namespace {

struct NumeralChar {
  char32_t c;
  int digit;  // 0–9, or -1
  int power;  // 1, 2, 3 for 十百千; 4, 8, 12 for 万亿兆; 0 for digits
  int tens;   // 廿 卅 卌 stand for 20 30 40
};

constexpr std::array<NumeralChar, 41> kNumeralChars{{
    {U'零', 0, 0, 0}, {U'〇', 0, 0, 0}, {U'一', 1, 0, 0}, {U'壹', 1, 0, 0}, {U'二', 2, 0, 0},
    {U'贰', 2, 0, 0}, {U'貳', 2, 0, 0}, {U'两', 2, 0, 0}, {U'兩', 2, 0, 0}, {U'倆', 2, 0, 0},
    {U'三', 3, 0, 0}, {U'叁', 3, 0, 0}, {U'參', 3, 0, 0}, {U'四', 4, 0, 0}, {U'肆', 4, 0, 0},
    {U'五', 5, 0, 0}, {U'伍', 5, 0, 0}, {U'六', 6, 0, 0}, {U'陆', 6, 0, 0}, {U'陸', 6, 0, 0},
    {U'七', 7, 0, 0}, {U'柒', 7, 0, 0}, {U'八', 8, 0, 0}, {U'捌', 8, 0, 0}, {U'九', 9, 0, 0},
    {U'玖', 9, 0, 0}, {U'十', -1, 1, 0}, {U'拾', -1, 1, 0}, {U'百', -1, 2, 0}, {U'佰', -1, 2, 0},
    {U'千', -1, 3, 0}, {U'仟', -1, 3, 0}, {U'万', -1, 4, 0}, {U'萬', -1, 4, 0}, {U'亿', -1, 8, 0},
    {U'億', -1, 8, 0}, {U'兆', -1, 12, 0}, {U'廿', -1, 0, 20}, {U'卅', -1, 0, 30}, {U'卌', -1, 0, 40},
    {U'几', -2, 0, 0},
}};

// Every character of the text passes here: a bitmap of the numeral characters
// rejects the rest in one load.
struct NumeralIndex {
  std::array<std::uint64_t, 0x10000 / 64> bits{};
  NumeralIndex() {
    for (const auto& n : kNumeralChars)
      if (n.c < 0x10000) bits[n.c / 64] |= std::uint64_t{1} << (n.c % 64);
    bits[U'幾' / 64] |= std::uint64_t{1} << (U'幾' % 64);
  }
  bool maybe(char32_t c) const { return c < 0x10000 && (bits[c / 64] >> (c % 64)) & 1; }
};

const NumeralChar* lookup(char32_t c) {
  static const NumeralIndex index;
  if (!index.maybe(c)) return nullptr;
  if (c == U'幾') c = U'几';
  for (const auto& n : kNumeralChars)
    if (n.c == c) return &n;
  return nullptr;
}

bool is_point(char32_t c) { return c == U'点' || c == U'點'; }
bool is_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

// Arabic digits with optional grouping commas, a decimal point (or a leading
// one: .5), an exponent (1.2E+15) and a power (2^5, 2.5^-1). A run of more
// digits than a figure has is read whole, without exponent or power, so the
// scanner can refuse it in one step.
struct Arabic {
  Decimal value;
  std::size_t end = 0;
  std::size_t digits = 0;  // digits written
  bool exponent = false;   // an exponent or a power was read
};

std::optional<Arabic> read_arabic(const Text& text, std::size_t pos) {
  const auto& s = text.norm();
  std::string digits;
  std::size_t i = pos, count = 0;
  // Digits past the limit are counted, not kept: the run is refused whole anyway.
  auto take = [&](char32_t c) {
    if (++count <= kMaxFigureDigits) digits.push_back(static_cast<char>(c));
  };
  while (i < s.size()) {
    if (is_ascii_digit(s[i])) take(s[i++]);
    else if (s[i] == U',' && text.is_digit_group_comma(i)) ++i;
    else break;
  }
  if (i + 1 < s.size() && s[i] == U'.' && is_ascii_digit(s[i + 1])) {
    if (count <= kMaxFigureDigits) digits += digits.empty() ? "0." : ".";
    for (++i; i < s.size() && is_ascii_digit(s[i]); ++i) take(s[i]);
  }
  if (count == 0) return std::nullopt;
  Arabic out;
  out.digits = count;
  out.end = i;
  if (count > kMaxFigureDigits) return out;
  out.value = *Decimal::parse(digits);
  Decimal& d = out.value;
  // An exponent only when digits follow, so 5E is not swallowed.
  if (i + 1 < s.size() && (s[i] == U'E' || s[i] == U'e')) {
    std::size_t j = i + 1;
    bool neg = false;
    if (s[j] == U'+' || s[j] == U'-') neg = s[j++] == U'-';
    int exp = 0;
    std::size_t k = j;
    while (k < s.size() && is_ascii_digit(s[k]) && k - j < 3) exp = exp * 10 + static_cast<int>(s[k++] - U'0');
    if (k > j && (k >= s.size() || !is_ascii_digit(s[k]))) {
      d = d.scaled(neg ? -exp : exp);
      i = k;
      out.exponent = true;
    }
  }
  // 40k: a thousand, unless more letters follow (10kV, 5kg are units or names).
  if (i < s.size() && s[i] == U'k' && (i + 1 >= s.size() || !is_letter(s[i + 1]))) {
    d = d.scaled(3);
    ++i;
  }
  if (i + 1 < s.size() && s[i] == U'^') {
    std::size_t j = i + 1;
    bool neg = false;
    for (; j < s.size() && (s[j] == U'+' || s[j] == U'-') && j - i < 4; ++j) neg ^= s[j] == U'-';
    int exp = 0;
    std::size_t k = j;
    while (k < s.size() && is_ascii_digit(s[k]) && k - j < 2) exp = exp * 10 + static_cast<int>(s[k++] - U'0');
    if (k > j && (k >= s.size() || !is_ascii_digit(s[k]))) {
      Decimal p = Decimal::from_int(1);
      for (int n = 0; n < exp; ++n) p = p * d;
      auto r = neg ? Decimal::from_int(1).divided(p) : std::optional<Decimal>(p);
      if (r) {
        d = *r;
        i = k;
        out.exponent = true;
      }
    }
  }
  out.end = i;
  return out;
}

class Reader {
 public:
  Reader(const Text& text, const UnitTable& units) : text_(text), s_(text.norm()), units_(units) {}

  std::optional<Numeral> read(std::size_t pos) {
    auto core = read_core(pos);
    if (!core) return core;
    Numeral out = *core;
    if (out.vague || out.sequence) return out;
    read_fraction(out) || read_mixed(out) || read_slash(out);
    return out;
  }

 private:
  char32_t at(std::size_t i) const { return i < s_.size() ? s_[i] : U'\0'; }
  // Past up to four spaces.
  std::size_t skip_spaces(std::size_t i) const {
    std::size_t j = i;
    while (j < s_.size() && j - i < 4 && s_[j] == U' ') ++j;
    return j;
  }
  // 分之 (also 分 之, with spaces): the end of it, or 0.
  std::size_t fraction_mark(std::size_t i) const {
    std::size_t j = skip_spaces(i);
    if (at(j) != U'分') return 0;
    j = skip_spaces(j + 1);
    return at(j) == U'之' ? j + 1 : 0;
  }
  // A word of the unit table starts at i with a magnitude character: 千克, 百分点.
  bool unit_word_at(std::size_t i) const {
    auto u = units_.units.longest_at(s_, i);
    auto p = units_.percents.longest_at(s_, i);
    return (u && u.length > 1) || (p && p.length > 1);
  }

  // X分之Y: Y / X.
  bool read_fraction(Numeral& out) {
    std::size_t j = fraction_mark(out.end);
    if (!j || out.value.is_zero()) return false;
    j = skip_spaces(j);
    bool negative = is_negative_sign(at(j));
    if (negative) ++j;
    auto num = Reader(text_, units_).read_core(j);
    if (!num || num->vague || num->sequence) return false;
    auto q = num->value.divided(out.value);
    if (!q) return false;
    out.value = negative ? q->negated() : *q;
    out.end = out.digits_end = num->end;
    out.fraction = out.structured = true;
    out.chinese = out.chinese || num->chinese;
    out.arabic = out.arabic || num->arabic;
    out.magnitude = 0;
    out.bare_magnitude = false;
    return true;
  }

  // 三又三分之一: a whole number and a fraction.
  bool read_mixed(Numeral& out) {
    std::size_t j = skip_spaces(out.end);
    if (at(j) != U'又') return false;
    auto frac = Reader(text_, units_).read(skip_spaces(j + 1));
    if (!frac || !frac->fraction) return false;
    out.value = out.value + frac->value;
    out.end = out.digits_end = frac->end;
    out.fraction = out.structured = true;
    out.chinese = out.chinese || frac->chinese;
    out.arabic = out.arabic || frac->arabic;
    out.magnitude = 0;
    return true;
  }

  // 3/4 and 1 4/3; not a date such as 2023/5/1.
  bool read_slash(Numeral& out) {
    if (!out.arabic || out.chinese || out.structured) return false;
    auto simple = [&](std::size_t i) -> std::optional<std::pair<Decimal, std::size_t>> {
      auto a = read_arabic(text_, i);
      if (!a || a->digits > kMaxFigureDigits || at(a->end) != U'/' || !is_ascii_digit(at(a->end + 1))) return std::nullopt;
      auto b = read_arabic(text_, a->end + 1);
      if (!b || b->digits > kMaxFigureDigits || at(b->end) == U'/' || is_ascii_digit(at(b->end))) return std::nullopt;
      auto q = a->value.divided(b->value);
      if (!q) return std::nullopt;
      return std::pair{*q, b->end};
    };
    std::optional<std::pair<Decimal, std::size_t>> f;
    std::size_t j = skip_spaces(out.end);
    if (at(out.end) == U'/' && (f = simple(out.begin))) {
      out.value = f->first;
    } else if (j > out.end && is_ascii_digit(at(j)) && (f = simple(j))) {
      out.value = out.value + f->first;
    } else {
      return false;
    }
    out.end = out.digits_end = f->second;
    out.fraction = true;
    return true;
  }

  std::optional<Numeral> read_core(std::size_t pos) {
    Numeral out;
    out.begin = pos;
    std::vector<std::pair<Decimal, int>> groups;  // value and power of each big-unit group
    Decimal section;
    std::optional<Decimal> digit;
    int last_power = 0;        // power of the last unit character read
    int section_power = 99;    // smallest small unit used in the current section
    bool after_unit = false;   // the previous token was a unit character
    bool zero_gap = false;     // a 零 since the last unit
    bool digit_is_chinese = false;
    bool digit_follows_unit = false;  // 三千|五: the digit came right after a unit
    bool saw_digit = false;
    bool prev_chinese = false;
    bool leading_ji = false;   // 几十: vague
    bool units_seen = false;
    std::size_t i = pos, last_good = pos;
    std::size_t consecutive_digits = 0;
    std::size_t arabic_tokens = 0;
    std::size_t magnitude_start = std::string::npos;  // trailing magnitudes after the Arabic digits
    std::string seq;           // digit-by-digit reading, for 二〇二三

    auto finish = [&](bool abbreviate) {
      Decimal tail = digit.value_or(Decimal());
      if (abbreviate && digit && digit_is_chinese && digit_follows_unit && !zero_gap && last_power > 0)
        tail = tail.scaled(last_power - 1);  // 三千五, 三万五, 一百二
      Decimal total = section + tail;
      for (const auto& g : groups) total = total + g.first;
      return total;
    };

    if (at(pos) == U'半') {
      // 半百: half of the unit that follows.
      const NumeralChar* n = lookup(at(pos + 1));
      if (!n || n->power == 0 || unit_word_at(pos + 1)) return std::nullopt;
      digit = *Decimal::parse("0.5");
      digit_is_chinese = out.chinese = saw_digit = prev_chinese = true;
      i = last_good = pos + 1;
    }
    while (i < s_.size()) {
      if (i - pos >= kMaxNumeralLength) {
        // 万万万…: no figure is written this long. The whole run goes, so no tail of it is read as one.
        out.overlong = true;
        while (i < s_.size() && (lookup(s_[i]) || is_ascii_digit(s_[i]) || is_point(s_[i]) || s_[i] == U'.' || s_[i] == U' '))
          ++i;
        last_good = i;
        break;
      }
      char32_t c = s_[i];
      if (c == U' ' && saw_digit) {
        // 一百 五 十 二, 7 万: spaces inside a numeral, not between two Arabic numbers.
        std::size_t j = skip_spaces(i);
        const NumeralChar* n = lookup(at(j));
        bool unit = n && (n->power > 0 || n->tens);
        bool arabic_after_unit = after_unit && is_ascii_digit(at(j));  // 7万 5千
        if (!((n && (prev_chinese || unit)) || (is_point(at(j)) && prev_chinese) || arabic_after_unit)) break;
        i = j;
        c = s_[i];
      }
      if (is_ascii_digit(c) || (c == U'.' && i == pos && is_ascii_digit(at(i + 1)))) {
        if (digit || consecutive_digits) break;  // 12三 is not one number
        auto a = read_arabic(text_, i);
        digit = a->value;
        out.digits += a->digits;
        out.exponent = out.exponent || a->exponent;
        digit_is_chinese = digit_follows_unit = prev_chinese = after_unit = false;
        out.arabic = saw_digit = true;
        ++arabic_tokens;
        i = last_good = a->end;
        if (a->digits > kMaxFigureDigits) break;
        magnitude_start = std::string::npos;
        continue;
      }
      if (is_point(c) && prev_chinese && saw_digit) {
        // 三十五点五, 四百亿点零五零: the fraction is read digit by digit.
        std::string frac;
        std::size_t j = skip_spaces(i + 1);
        for (; j < s_.size(); ++j) {
          const NumeralChar* n = lookup(s_[j]);
          if (!n || n->digit < 0) break;
          frac.push_back(static_cast<char>('0' + n->digit));
          out.chinese_digits++;
        }
        if (frac.empty()) break;
        Decimal v = finish(true) + *Decimal::parse("0." + frac);
        // 三点五亿: a big unit after the fraction scales the whole.
        if (const NumeralChar* m = lookup(at(j)); m && m->power >= 4 && groups.empty() && !unit_word_at(j)) {
          v = v.scaled(m->power);
          out.magnitude = m->power;
          ++j;
        }
        out.value = v;
        out.end = out.digits_end = j;
        out.structured = true;
        return out;
      }
      const NumeralChar* n = lookup(c);
      if (!n) break;
      if (n->digit == -2) {  // 几
        if (!saw_digit) {
          const NumeralChar* next = lookup(at(skip_spaces(i + 1)));
          if (!next || next->power == 0) break;  // 几个, 几乎: a word, not a number
          leading_ji = true;
        }
        if (digit && !digit_is_chinese) break;
        out.at_least = true;
        digit_follows_unit = false;
        digit = Decimal();
        digit_is_chinese = out.chinese = saw_digit = prev_chinese = true;
        after_unit = false;
        i = last_good = i + 1;
        continue;
      }
      if (n->digit >= 0) {
        if (digit && !digit_is_chinese) break;  // 3五
        // 9万亿三个大台阶: after Arabic digits a Chinese digit continues the figure only before a
        // unit of its own (1万3千), never as the elided next unit (一万三).
        if (out.arabic && n->digit > 0) {  // 零 keeps a place: 1千零20
          const NumeralChar* next = lookup(at(i + 1));
          if (!next || (next->power == 0 && !next->tens) || unit_word_at(i + 1)) break;
        }
        if (consecutive_digits && units_seen) break;  // 十四|五
        ++out.chinese_digits;
        prev_chinese = true;
        if (n->digit == 0 && !consecutive_digits && saw_digit) {
          zero_gap = true;  // 一万零五: 零 only keeps the place
          after_unit = false;
          i = last_good = i + 1;
          continue;
        }
        seq.push_back(static_cast<char>('0' + n->digit));
        ++consecutive_digits;
        out.bare_magnitude = false;  // 百三 is 130
        digit_follows_unit = after_unit && !zero_gap;
        after_unit = false;
        digit = Decimal::from_int(n->digit);
        digit_is_chinese = out.chinese = saw_digit = true;
        magnitude_start = std::string::npos;
        i = last_good = i + 1;
        continue;
      }
      // A unit character. Stop if a real unit starts here (千克, 千瓦, 百分点).
      if (unit_word_at(i)) break;
      if (consecutive_digits > 1) break;  // 二〇二三 or 两三 then a unit: handled below
      consecutive_digits = 0;
      if (n->tens) {
        if (digit) break;
        section = section + Decimal::from_int(n->tens);
      } else if (n->power < 4) {
        if (n->power >= section_power) break;
        bool at_start = !saw_digit;
        if (digit && digit->is_zero() && n->power == 1 && !out.at_least) digit = Decimal::from_int(1);  // 零十
        if (!digit) {
          if (n->power == 1 && (at_start || zero_gap || after_unit)) digit = Decimal::from_int(1);
          else if (at_start) {
            digit = Decimal::from_int(1);
            out.bare_magnitude = true;
          } else break;
        }
        section = section + digit->scaled(n->power);
        section_power = n->power;
      } else {
        Decimal chunk = section + digit.value_or(Decimal());
        if (!saw_digit) {
          chunk = Decimal::from_int(1);
          out.bare_magnitude = true;
        }
        if (chunk.is_zero() && !out.at_least) {
          // 四万万, 1.91万亿: the big unit multiplies what came before.
          if (groups.empty() || zero_gap || groups.back().second > n->power) break;
          for (auto& g : groups) g = {g.first.scaled(n->power), g.second + n->power};
        } else {
          if (!groups.empty() && groups.back().second == n->power) break;  // 五万三万
          // 一万五千亿: smaller groups before a bigger unit belong to its multiplier.
          while (!groups.empty() && groups.back().second < n->power) {
            chunk = chunk + groups.back().first;
            groups.pop_back();
          }
          groups.emplace_back(chunk.scaled(n->power), n->power);
        }
        section = Decimal();
        section_power = 99;
      }
      if (out.arabic && magnitude_start == std::string::npos && !digit_is_chinese) magnitude_start = i;
      digit.reset();
      zero_gap = false;
      after_unit = units_seen = out.structured = saw_digit = prev_chinese = true;
      out.chinese = out.chinese || !out.arabic;
      last_power = n->tens ? 1 : n->power;
      i = last_good = i + 1;
    }
    if (out.overlong) {
      out.end = out.digits_end = last_good;
      return out;
    }
    if (!saw_digit || last_good == pos) return std::nullopt;
    out.end = out.digits_end = last_good;
    if (leading_ji) {
      out.vague = true;
      return out;
    }
    if (consecutive_digits > 1 && !units_seen && !out.arabic) {
      // Two Chinese digits in a row: 两三 (vague) or a digit-by-digit number (二〇二三).
      if (seq.size() == 2 && (seq[1] == seq[0] + 1 || (seq == "23" && s_[pos] == U'两'))) {
        out.vague = true;
        return out;
      }
      // 唯一一处, 一一落实: 一一 is a word ("one by one"), not the number 11 (九九折 is 99).
      if (seq == "11") return std::nullopt;
      out.sequence = true;
      out.value = *Decimal::parse(seq);
      return out;
    }
    out.value = finish(true);
    if (magnitude_start != std::string::npos && arabic_tokens == 1 && !out.chinese_digits) {
      // 45.4亿, 1.91万亿, 10万万: the Arabic figure and its magnitude.
      out.digits_end = magnitude_start;
      std::u32string_view tail = std::u32string_view(s_).substr(magnitude_start, last_good - magnitude_start);
      if (auto m = units_.magnitudes.find(tail)) out.magnitude = *m;
      else
        for (char32_t t : tail)
          if (const NumeralChar* k = lookup(t)) out.magnitude += k->power;
    } else if (!groups.empty() && section.is_zero() && !digit && after_unit) {
      out.magnitude = last_power;  // 五万方: a magnitude for units that need one
    }
    return out;
  }

  const Text& text_;
  const std::u32string& s_;
  const UnitTable& units_;
};

}  // namespace

bool is_chinese_numeral_char(char32_t c) { return lookup(c) != nullptr; }
bool is_negative_sign(char32_t c) { return c == U'负' || c == U'負'; }

std::optional<Numeral> read_numeral(const Text& text, std::size_t pos, const UnitTable& units) {
  return Reader(text, units).read(pos);
}

}  // namespace zhibiao
