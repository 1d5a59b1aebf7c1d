// Chinese numerals are read with the usual three accumulators: the 亿 level, the
// 万 level and the current section below 万. A digit directly after a unit with
// nothing following it abbreviates the next lower unit (三千五 = 3500).
#include "zhibiao/numeral.hpp"

#include <array>

namespace zhibiao {
namespace {

struct NumeralChar {
  char32_t c;
  int digit;  // 0–9, or -1
  int power;  // 1, 2, 3 for 十百千; 4, 8 for 万亿; 0 for digits
  int tens;   // 廿 卅 卌 stand for 20 30 40
};

constexpr std::array<NumeralChar, 36> kNumeralChars{{
    {U'零', 0, 0, 0}, {U'〇', 0, 0, 0}, {U'一', 1, 0, 0}, {U'壹', 1, 0, 0}, {U'二', 2, 0, 0},
    {U'贰', 2, 0, 0}, {U'貳', 2, 0, 0}, {U'两', 2, 0, 0}, {U'兩', 2, 0, 0}, {U'三', 3, 0, 0},
    {U'叁', 3, 0, 0}, {U'參', 3, 0, 0}, {U'四', 4, 0, 0}, {U'肆', 4, 0, 0}, {U'五', 5, 0, 0},
    {U'伍', 5, 0, 0}, {U'六', 6, 0, 0}, {U'陆', 6, 0, 0}, {U'陸', 6, 0, 0}, {U'七', 7, 0, 0},
    {U'柒', 7, 0, 0}, {U'八', 8, 0, 0}, {U'捌', 8, 0, 0}, {U'九', 9, 0, 0}, {U'玖', 9, 0, 0},
    {U'十', -1, 1, 0}, {U'拾', -1, 1, 0}, {U'百', -1, 2, 0}, {U'佰', -1, 2, 0}, {U'千', -1, 3, 0},
    {U'仟', -1, 3, 0}, {U'万', -1, 4, 0}, {U'萬', -1, 4, 0}, {U'亿', -1, 8, 0}, {U'億', -1, 8, 0},
    {U'廿', -1, 0, 20},
}};

const NumeralChar* lookup(char32_t c) {
  if (c == U'卅') {
    static constexpr NumeralChar thirty{U'卅', -1, 0, 30};
    return &thirty;
  }
  if (c == U'卌') {
    static constexpr NumeralChar forty{U'卌', -1, 0, 40};
    return &forty;
  }
  for (const auto& n : kNumeralChars)
    if (n.c == c) return &n;
  return nullptr;
}

// Arabic digits with optional grouping commas, a decimal point and an exponent.
std::optional<std::pair<Decimal, std::size_t>> read_arabic(const Text& text, std::size_t pos) {
  const auto& s = text.norm();
  std::string digits;
  std::size_t i = pos;
  while (i < s.size()) {
    if (is_ascii_digit(s[i])) digits.push_back(static_cast<char>(s[i++]));
    else if (s[i] == U',' && text.is_digit_group_comma(i)) ++i;
    else break;
  }
  if (digits.empty()) return std::nullopt;
  if (i + 1 < s.size() && s[i] == U'.' && is_ascii_digit(s[i + 1])) {
    digits.push_back('.');
    for (++i; i < s.size() && is_ascii_digit(s[i]); ++i) digits.push_back(static_cast<char>(s[i]));
  }
  auto d = Decimal::parse(digits);
  // 1.2732E+15: an exponent only when digits follow, so 5E is not swallowed.
  if (i + 1 < s.size() && (s[i] == U'E' || s[i] == U'e')) {
    std::size_t j = i + 1;
    bool neg = false;
    if (s[j] == U'+' || s[j] == U'-') neg = s[j++] == U'-';
    int exp = 0;
    std::size_t k = j;
    while (k < s.size() && is_ascii_digit(s[k]) && k - j < 3) exp = exp * 10 + static_cast<int>(s[k++] - U'0');
    if (k > j && (k >= s.size() || !is_ascii_digit(s[k]))) {
      d = d->scaled(neg ? -exp : exp);
      i = k;
    }
  }
  return std::pair{*d, i};
}

}  // namespace

bool is_chinese_numeral_char(char32_t c) { return lookup(c) != nullptr; }

std::optional<Numeral> read_numeral(const Text& text, std::size_t pos, const UnitTable& units) {
  const auto& s = text.norm();
  Numeral out;
  out.begin = pos;
  Decimal total, wan, section;
  std::optional<Decimal> digit;
  int last_power = 0;        // power of the last unit character read
  int section_power = 99;    // smallest small unit used in the current section
  bool after_unit = false;   // the previous token was a unit character
  bool zero_gap = false;     // a 零 since the last unit
  bool digit_is_chinese = false;
  bool digit_follows_unit = false;  // 三千|五: the digit came right after a unit
  bool saw_digit = false;
  std::size_t i = pos, last_good = pos;
  std::size_t consecutive_digits = 0;
  std::string seq;           // digit-by-digit reading, for 二〇二三
  bool units_seen = false;
  bool point_used = false;
  std::size_t magnitude_start = std::string::npos;  // first trailing magnitude after Arabic digits

  while (i < s.size()) {
    char32_t c = s[i];
    if (is_ascii_digit(c)) {
      if (digit || consecutive_digits) break;  // 12三 is not one number
      auto a = read_arabic(text, i);
      digit = a->first;
      digit_is_chinese = false;
      out.arabic = saw_digit = true;
      after_unit = false;
      i = a->second;
      last_good = i;
      out.digits_end = i;
      magnitude_start = std::string::npos;
      continue;
    }
    if (c == U'点' && saw_digit && !point_used && !out.arabic && i + 1 < s.size()) {
      // 三十五点五: the fraction is read digit by digit.
      std::string frac;
      std::size_t j = i + 1;
      for (; j < s.size(); ++j) {
        const NumeralChar* n = lookup(s[j]);
        if (!n || n->digit < 0) break;
        frac.push_back(static_cast<char>('0' + n->digit));
      }
      if (frac.empty()) break;
      Decimal whole = section + digit.value_or(Decimal());
      digit = whole + *Decimal::parse("0." + frac);
      section = Decimal();
      point_used = out.structured = true;
      after_unit = false;
      consecutive_digits = 0;
      i = last_good = j;
      continue;
    }
    const NumeralChar* n = lookup(c);
    if (!n) break;
    if (n->digit >= 0) {
      if (digit && !digit_is_chinese) break;  // 3五
      if (point_used) break;
      if (consecutive_digits && units_seen) break;  // 十四|五
      ++out.chinese_digits;
      seq.push_back(static_cast<char>('0' + n->digit));
      if (n->digit == 0 && !consecutive_digits && saw_digit) {
        zero_gap = true;  // 一万零五: 零 only keeps the place
        after_unit = false;
        ++i;
        continue;
      }
      ++consecutive_digits;
      digit_follows_unit = after_unit && !zero_gap;
      after_unit = false;
      digit = Decimal::from_int(n->digit);
      digit_is_chinese = out.chinese = saw_digit = true;
      i = last_good = i + 1;
      continue;
    }
    // A unit character. Stop if a real unit starts here (千克, 千瓦, 百分点).
    auto unit_hit = units.units.longest_at(s, i);
    auto pct_hit = units.percents.longest_at(s, i);
    if ((unit_hit && unit_hit.length > 1) || (pct_hit && pct_hit.length > 1)) break;
    if (consecutive_digits > 1) break;  // 二〇二三 or 两三 then a unit: handled below
    consecutive_digits = 0;
    if (n->tens) {
      if (digit) break;
      section = section + Decimal::from_int(n->tens);
      out.chinese = saw_digit = units_seen = out.structured = true;
      after_unit = true;
      last_power = 1;
      i = last_good = i + 1;
      continue;
    }
    if (n->power < 4) {
      if (n->power >= section_power) break;
      if (!digit) {
        bool at_start = !saw_digit && total.is_zero() && wan.is_zero() && section.is_zero();
        if (n->power == 1 && (at_start || zero_gap || after_unit)) digit = Decimal::from_int(1);
        else if (at_start) { digit = Decimal::from_int(1); out.bare_magnitude = true; }
        else break;
      }
      if (!digit_is_chinese && out.arabic && magnitude_start == std::string::npos) magnitude_start = i;
      section = section + digit->scaled(n->power);
      section_power = n->power;
    } else {
      Decimal v = section + digit.value_or(Decimal());
      bool at_start = !saw_digit && total.is_zero() && wan.is_zero() && v.is_zero();
      if (at_start) { v = Decimal::from_int(1); out.bare_magnitude = true; }
      else if (v.is_zero() && (n->power == 4 || wan.is_zero()) && !(n->power == 8 && !wan.is_zero())) break;
      if (!digit_is_chinese && out.arabic && magnitude_start == std::string::npos && section.is_zero())
        magnitude_start = i;
      if (n->power == 4) {
        if (!wan.is_zero()) break;  // 五万三万
        wan = v.scaled(4);
      } else {
        total = (total + wan + v).scaled(8);
        wan = Decimal();
      }
      section = Decimal();
      section_power = 99;
    }
    digit.reset();
    zero_gap = false;
    after_unit = true;
    units_seen = out.structured = true;
    last_power = n->power;
    saw_digit = true;
    i = last_good = i + 1;
  }
  if (!saw_digit || last_good == pos) return std::nullopt;
  out.end = out.digits_end = last_good;
  if (consecutive_digits > 1 && !units_seen) {
    // Two Chinese digits in a row: 两三 (vague) or a digit-by-digit number (二〇二三).
    std::string d = seq;
    if (d.size() == 2 && (d[1] == d[0] + 1 || (d == "23" && s[pos] == U'两'))) {
      out.vague = true;
      return out;
    }
    out.sequence = true;
    out.value = *Decimal::parse(d);
    return out;
  }
  Decimal tail = digit.value_or(Decimal());
  if (digit && digit_is_chinese && digit_follows_unit && !point_used) {
    // 三千五, 三万五, 一百二: the lone digit abbreviates the next lower unit.
    tail = tail.scaled(last_power - 1);
  }
  out.value = total + wan + section + tail;
  if (magnitude_start != std::string::npos && out.arabic && !out.chinese) {
    out.digits_end = magnitude_start;
    if (auto m = units.magnitudes.find(std::u32string_view(s).substr(magnitude_start, last_good - magnitude_start)))
      out.magnitude = *m;
  } else {
    out.digits_end = out.end;
  }
  return out;
}

}  // namespace zhibiao
