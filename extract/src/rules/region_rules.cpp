// rules/regions.yaml: the document's own area, the country, other areas and provinces.
#include "zhibiao/rules/region_rules.hpp"

#include "section_reader.hpp"

namespace zhibiao {

std::u32string RegionRules::full_name(std::u32string_view written) const {
  for (const auto& p : provinces) {
    if (p.name == written) return p.name;
    for (const auto& s : p.short_names)
      if (s == written) return p.name;
  }
  return std::u32string(written);
}

void read_regions(const YAML::Node& section, SectionReader& r, RegionRules& out) {
  if (!section.IsMap()) return r.fail(section, "regions has own:, national:, areas:, joiners:, not_before: and provinces:");
  r.keys(section, {"own", "national", "areas", "joiners", "not_before", "provinces"});
  for (auto [key, list] : {std::pair{"own", &out.own}, std::pair{"national", &out.national}, std::pair{"areas", &out.areas},
                           std::pair{"joiners", &out.joiners}, std::pair{"not_before", &out.not_before}})
    for (auto& w : r.words(section[key])) list->push_back(std::move(w));
  if (const auto& ps = section["provinces"]; ps) {
    if (!ps.IsSequence()) return r.fail(ps, "provinces is a list of {name: 浙江省, short: [浙江]}");
    for (const auto& p : ps) {
      r.keys(p, {"name", "short"});
      auto name = r.words(p["name"]);
      if (name.size() != 1) {
        r.fail(p, "a province needs one name");
        continue;
      }
      out.provinces.push_back({name[0], r.words(p["short"])});
    }
  }
}

}  // namespace zhibiao
