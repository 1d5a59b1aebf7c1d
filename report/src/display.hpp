// Display units: 4540000000 元 read as 45.40 亿元. Conversions come from
// rules/units.yaml (magnitudes and unit factors), never from a table here.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/report/batch.hpp"
#include "zhibiao/report/workbook_options.hpp"

namespace zhibiao::report::detail {

class DisplayUnits {
 public:
  // Base units per display unit (1e8 for 亿元 over 元), or nothing when they do not convert.
  std::optional<double> factor(const std::string& display_unit, const std::string& unit);

 private:
  std::map<std::pair<std::string, std::string>, std::optional<double>> cache_;
};

// The unit a record is shown in: its display unit (levels), or for an absolute change
// (比上年增加6200亿元) the display unit of its indicator's levels.
std::string display_unit_of(const Record& r, const Catalogue& catalogue);

// Excel number formats, from the unit's kind: percent numbers, ranks, amounts. `prefix`
// (约, ≥, ≤) and `suffix` (" / 5.0%") are shown around the number while the cell stays one.
std::string number_format(const std::string& unit, int decimals, Lang lang = Lang::zh, const std::string& prefix = {},
                          const std::string& suffix = {});
// The number as that format shows it, as text: "5.0%", "1234.50", "第3位".
std::string formatted(double v, const std::string& unit, int decimals, Lang lang = Lang::zh);

// Significant digits of a plain decimal ("1640000000" has 3, "0.050" has 2).
int significant_digits(const std::string& plain);

// Excel's column width for text: CJK and full-width characters count double.
double text_width(std::string_view s);

// A cell string Excel accepts: at most 32,767 UTF-16 units, cut on a character
// boundary, and no control characters XML cannot carry.
std::string cell_text(std::string_view s);
// The same into a buffer the caller reuses; text that is its own cell text (valid UTF-8,
// no control characters, short enough: nearly every cell) is copied as it is.
void cell_text_into(std::string& out, std::string_view s);

}  // namespace zhibiao::report::detail
