// What rules/regions.yaml says: the words for the document's own area, the
// country and other areas, and the full and short names of the provinces and of the
// prefecture-level cities, leagues and autonomous prefectures.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/quantity/lexicon.hpp"

namespace zhibiao {

struct Place {
  std::u32string name;                      // 内蒙古自治区, 泸州市, 凉山彝族自治州
  std::vector<std::u32string> short_names;  // 内蒙古, 泸州, 凉山州
};

struct RegionRules {
  std::vector<std::u32string> own, national, areas, joiners, not_before;
  std::vector<std::u32string> speaker;  // how the document names itself (我市): its figures again after another area's
  // 雁岭市地区生产总值: two characters and one of place_suffixes name a place the lists do not,
  // unless they end in a word of not_places (中心城市, 全县).
  std::vector<std::u32string> place_suffixes, not_places;
  std::vector<Place> provinces, cities;
  // Every name and short name of a province or city, to its full name (a province wins
  // a name both have: 吉林 is 吉林省). Built by finish().
  Lexicon<std::u32string> places;

  void finish();
  // The full name of a province or city written short (浙江 → 浙江省, 泸州 → 泸州市); the text itself otherwise.
  std::u32string full_name(std::u32string_view written) const;
};

}  // namespace zhibiao
