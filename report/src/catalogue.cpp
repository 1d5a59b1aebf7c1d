#include "zhibiao/report/workbook_options.hpp"

#include "zhibiao/rules/rule_set.hpp"

namespace zhibiao::report {

Catalogue Catalogue::of(const RuleSet& rules) {
  Catalogue c;
  for (const Indicator& ind : rules.indicators)
    c.add({ind.id, ind.name, ind.name_en, ind.category, ind.display_unit, ind.headline, ind.lower_is_better});
  return c;
}

void Catalogue::add(CatalogueEntry e) {
  e.order = entries_.size();
  auto [rank, fresh] = category_rank_.try_emplace(e.category, category_rank_.size());
  (void)fresh;
  e.category_order = rank->second;
  // The first entry of an id or a name wins, as the rule loader's aliases do.
  by_id_.try_emplace(e.id, entries_.size());
  by_name_.try_emplace(e.name, entries_.size());
  entries_.push_back(std::move(e));
}

const CatalogueEntry* Catalogue::find(const std::string& id, const std::string& name) const {
  if (!id.empty())
    if (auto it = by_id_.find(id); it != by_id_.end()) return &entries_[it->second];
  if (!name.empty())
    if (auto it = by_name_.find(name); it != by_name_.end()) return &entries_[it->second];
  return nullptr;
}

}  // namespace zhibiao::report
