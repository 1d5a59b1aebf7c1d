// Finds every quantity in a text: numbers, money, measures, counts, percents,
// ordinals, dates, durations, ranges and masked figures, one per whole expression.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "zhibiao/quantity/quantity.hpp"
#include "zhibiao/text/text.hpp"
#include "zhibiao/quantity/units.hpp"

namespace zhibiao {

class Scanner {
 public:
  explicit Scanner(const UnitTable& units = UnitTable::builtin());

  // All quantities of `text`, in order of position, never overlapping.
  std::vector<Quantity> scan(const Text& text) const;
  // Quantities inside [begin, end) only.
  std::vector<Quantity> scan(const Text& text, std::size_t begin, std::size_t end) const;

 private:
  const UnitTable& units_;
  std::u32string word_starts_;      // first characters of the percent, growth and rank words
  std::vector<std::uint64_t> starts_;  // a bit per BMP character that may start a figure or one of those words
};

}  // namespace zhibiao
