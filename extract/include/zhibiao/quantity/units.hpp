// The unit vocabulary of rules/units.yaml: units, magnitudes, percents, time
// words and qualifiers, each a Lexicon the scanner looks up by longest match.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/quantity/decimal.hpp"
#include "zhibiao/error.hpp"
#include "zhibiao/quantity/lexicon.hpp"
#include "zhibiao/quantity/quantity.hpp"

namespace zhibiao {

struct UnitInfo {
  std::string name;        // as listed: 万元 is not a unit, 元 is
  std::string dimension;   // money, mass, area, ... count
  QuantityKind kind = QuantityKind::quantity;
  std::string base;        // unit the value is stored in
  Decimal factor = Decimal::from_int(1);
  bool after_magnitude = false;
};

struct PercentInfo {
  std::string unit;  // % or 百分点
  Decimal factor = Decimal::from_int(1);
  bool discount = false;      // 折: 8折 is 80 %, 75折 is 75 %
  std::vector<std::u32string> not_before;  // what makes a word of it: 成立, 折合
};

// A word that is a figure by itself (翻一番 = +100 %, 首位 = rank 1), and the
// neighbours that make it part of another word instead.
struct WordFigure {
  Decimal value;
  std::vector<std::u32string> not_after;   // 保 before 持平: 保持平稳
  std::vector<std::u32string> not_before;  // 稳 after 持平
  std::vector<std::u32string> after;       // when not empty: only right after one of these (之首)
};

struct TimeInfo {
  std::string duration;  // unit when the number is a length of time; empty if never
  std::string date;      // unit when the number names a date; empty if never
  int date_min = 0, date_max = 0;
};

struct UnitTable {
  Lexicon<UnitInfo> units;
  Lexicon<int> magnitudes;  // power of ten
  Lexicon<PercentInfo> percents;
  Lexicon<Decimal> percent_words;  // 半成, 对折: whole words, in percent
  Lexicon<WordFigure> growth_words;  // 翻一番, 持平: a change in percent
  Lexicon<WordFigure> rank_words;    // 首位, 之首: a rank
  Lexicon<TimeInfo> time;
  Lexicon<Qualifier> qualifiers_before, qualifiers_inside, qualifiers_after;
  Lexicon<bool> rank_units;
  Lexicon<bool> not_rank_after;  // 放在第一位 is a priority, not a rank
  std::vector<std::string> dimensions;  // money, mass, area … as listed under dimensions:

  // The top-level keys of a units file.
  static const std::vector<std::string>& keys();

  // Parses units.yaml; errors name file:line:column.
  static Result<UnitTable> parse(std::string_view yaml, const std::string& file);
  // The table compiled into the binary from rules/units.yaml.
  static const UnitTable& builtin();
};

}  // namespace zhibiao
