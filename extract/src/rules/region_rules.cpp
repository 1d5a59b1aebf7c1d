// rules/regions.yaml: the document's own area, the country, other areas, provinces and cities.
#include "zhibiao/rules/region_rules.hpp"

#include <fmt/format.h>

#include <tuple>

#include "section_reader.hpp"

namespace zhibiao {

void RegionRules::finish() {
  places = {};
  for (const auto* group : {&cities, &provinces})  // provinces last: they keep a name both have
    for (const auto& p : *group) {
      places.add(p.name, p.name);
      for (const auto& s : p.short_names) places.add(s, p.name);
    }
}

std::u32string RegionRules::full_name(std::u32string_view written) const {
  const std::u32string* full = places.find(written);
  return full ? *full : std::u32string(written);
}

void read_regions(const YAML::Node& section, SectionReader& r, RegionRules& out) {
  if (!section.IsMap())
    return r.fail(section, "regions has own:, speaker:, national:, areas:, joiners:, not_before:, place_suffixes:, not_places:, provinces: and cities:");
  r.keys(section, {"own", "speaker", "national", "areas", "joiners", "not_before", "place_suffixes", "not_places",
                   "provinces", "cities"});
  for (auto [key, list] : {std::pair{"own", &out.own}, std::pair{"speaker", &out.speaker}, std::pair{"national", &out.national},
                           std::pair{"areas", &out.areas},
                           std::pair{"joiners", &out.joiners}, std::pair{"not_before", &out.not_before},
                           std::pair{"place_suffixes", &out.place_suffixes}, std::pair{"not_places", &out.not_places}})
    for (auto& w : r.words(section[key])) list->push_back(std::move(w));
  for (auto [key, list, example] : {std::tuple{"provinces", &out.provinces, "{name: 浙江省, short: [浙江]}"},
                                     std::tuple{"cities", &out.cities, "{name: 泸州市, short: [泸州]}"}}) {
    const auto& ps = section[key];
    if (!ps) continue;
    if (!ps.IsSequence()) {
      r.fail(ps, fmt::format("{} is a list of {}", key, example));
      continue;
    }
    for (const auto& p : ps) {
      r.keys(p, {"name", "short"});
      auto name = r.words(p["name"]);
      if (name.size() != 1) {
        r.fail(p, fmt::format("each of {} needs one name, as in {}", key, example));
        continue;
      }
      list->push_back({name[0], r.words(p["short"])});
    }
  }
}

}  // namespace zhibiao
