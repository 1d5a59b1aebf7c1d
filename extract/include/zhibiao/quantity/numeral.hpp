// Reading one number, Arabic or Chinese or mixed, at a position:
// 45.4, 1,234.5, 十二, 两千三百万, 三千五, 四千五百零四万四千三百一十八,
// 壹仟贰佰叁拾肆, 二〇二三, 1.2万, 3万5千, 三十五点五, 五分之一, 三又三分之一,
// 2^5, 40k; 两三 is vague, 二十几万 is at least 200000.
#pragma once

#include <cstddef>
#include <optional>

#include "zhibiao/quantity/decimal.hpp"
#include "zhibiao/text/text.hpp"
#include "zhibiao/quantity/units.hpp"

namespace zhibiao {

struct Numeral {
  std::size_t begin = 0, end = 0;  // normalized span of the whole numeral
  std::size_t digits_end = 0;      // where trailing magnitudes of an Arabic number begin (45.4|亿)
  Decimal value;
  int magnitude = 0;               // power of ten of the trailing magnitude (亿 → 8), else 0
  bool chinese = false;            // written with Chinese numerals (at least partly)
  bool arabic = false;             // contains Arabic digits
  bool vague = false;              // 两三, 几十: a vague count, no value
  bool sequence = false;           // digit by digit: 二〇二三
  bool bare_magnitude = false;     // starts with 百/千/万/亿 and no digit: 百亿
  bool structured = false;         // contains 十/百/千/万/亿 or a decimal point
  std::size_t chinese_digits = 0;  // number of Chinese digit characters
  bool at_least = false;           // 二十几万: 几 stands for an unknown digit
  bool fraction = false;           // 五分之一, 3/4: the value may be rounded
  bool exponent = false;           // 1.2E+15, 2^5: a form of science, not of reports
  bool overlong = false;           // longer than kMaxNumeralLength: not a figure
  std::size_t digits = 0;          // Arabic digits written
};

// A run of more digits than this is an identifier or a flattened table, not a figure.
inline constexpr std::size_t kMaxFigureDigits = 30;
// A figure's value in its base unit stays below 10^30 and, unless zero, at or
// above 10^-30: beyond that no report means it, and a spreadsheet (15 digits)
// or a double could not hold it (1e308万人 would be written as INF).
inline constexpr long kMaxFigureOrder = 29;
inline constexpr long kMinFigureOrder = -30;
// No numeral is written longer (四千五百六十九万八千三百一十一亿… takes 30).
inline constexpr std::size_t kMaxNumeralLength = 64;

bool is_chinese_numeral_char(char32_t c);
// 负 and its traditional form 負.
bool is_negative_sign(char32_t c);

// Reads the longest number starting at `pos`; stops before a unit that begins
// with a magnitude character (千克, 千瓦, 百分点). Spaces between the parts of a
// Chinese numeral (PDF text: 一百 五 十 二) are skipped.
std::optional<Numeral> read_numeral(const Text& text, std::size_t pos, const UnitTable& units);

}  // namespace zhibiao
