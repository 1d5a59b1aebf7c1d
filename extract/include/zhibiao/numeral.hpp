// Reading one number, Arabic or Chinese or mixed, at a position:
// 45.4, 1,234.5, 十二, 两千三百万, 三千五, 四千五百零四万四千三百一十八,
// 壹仟贰佰叁拾肆, 二〇二三, 1.2万, 3万5千, 三十五点五; 两三 is vague.
#pragma once

#include <cstddef>
#include <optional>

#include "zhibiao/decimal.hpp"
#include "zhibiao/text.hpp"
#include "zhibiao/units.hpp"

namespace zhibiao {

struct Numeral {
  std::size_t begin = 0, end = 0;  // normalized span of the whole numeral
  std::size_t digits_end = 0;      // where trailing magnitudes of an Arabic number begin (45.4|亿)
  Decimal value;
  int magnitude = 0;               // power of ten of the trailing magnitude (亿 → 8), else 0
  bool chinese = false;            // written with Chinese numerals (at least partly)
  bool arabic = false;             // contains Arabic digits
  bool vague = false;              // 两三: a vague count, no value
  bool sequence = false;           // digit by digit: 二〇二三
  bool bare_magnitude = false;     // starts with 百/千/万/亿 and no digit: 百亿
  bool structured = false;         // contains 十/百/千/万/亿 or a decimal point
  std::size_t chinese_digits = 0;  // number of Chinese digit characters
};

bool is_chinese_numeral_char(char32_t c);

// Reads the longest number starting at `pos`; stops before a unit that begins
// with a magnitude character (千克, 千瓦, 百分点).
std::optional<Numeral> read_numeral(const Text& text, std::size_t pos, const UnitTable& units);

}  // namespace zhibiao
