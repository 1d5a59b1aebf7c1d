// What rules/regions.yaml says: the words for the document's own area, the
// country and other areas, and the provinces' full and short names.
#pragma once

#include <string>
#include <vector>

namespace zhibiao {

struct Province {
  std::u32string name;                // 内蒙古自治区
  std::vector<std::u32string> short_names;  // 内蒙古
};

struct RegionRules {
  std::vector<std::u32string> own, national, areas, joiners, not_before;
  std::vector<Province> provinces;
  // The full name of a province written short (浙江 → 浙江省); the text itself otherwise.
  std::u32string full_name(std::u32string_view written) const;
};

}  // namespace zhibiao
