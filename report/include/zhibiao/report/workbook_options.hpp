// What the workbook needs beyond the records (docs/workbook.md): its language, the
// catalogue (English names, order, headline indicators), the indicators the comparison
// shows, and what the cover says of the run.
#pragma once

#include <ctime>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "zhibiao/report/batch.hpp"

namespace zhibiao {
class RuleSet;
}

namespace zhibiao::report {

// One indicator of the rules, as the workbook shows it.
struct CatalogueEntry {
  std::string id, name, name_en, category, display_unit;
  bool headline = false;         // charted beside the comparison (`headline: true` in the rules)
  bool lower_is_better = false;  // `better: lower`: its falls are charted apart from growth
  std::size_t order = 0;         // the catalogue's order: rule files by name, then entries
  std::size_t category_order = 0;
};

class Catalogue {
 public:
  Catalogue() = default;
  // Every indicator of the rules, in load order; categories ranked by first appearance.
  static Catalogue of(const RuleSet& rules);
  void add(CatalogueEntry entry);
  const std::vector<CatalogueEntry>& entries() const { return entries_; }
  // By id, else by name; nullptr for an indicator the rules do not know (records read back).
  const CatalogueEntry* find(const std::string& id, const std::string& name = {}) const;
  bool empty() const { return entries_.empty(); }

 private:
  std::vector<CatalogueEntry> entries_;
  std::map<std::string, std::size_t> by_id_, by_name_, category_rank_;
};

struct WorkbookOptions {
  WorkbookOptions(Lang l = Lang::zh) : lang(l) {}  // NOLINT: a language alone is the common case
  Lang lang = Lang::zh;
  Catalogue catalogue;
  // --summary-indicators: the ids the comparison and its charts show; empty: every indicator
  // in the comparison, the headline ones in the charts.
  std::vector<std::string> picked;
  // The cover: the program, the rules in use (the built-in ones unless --rules replaced them,
  // and the folders given), when it ran (SOURCE_DATE_EPOCH pins it).
  std::string version, rules_digest;
  bool builtin_rules = true;
  std::vector<std::string> rule_folders;
  std::optional<std::time_t> run_time;
};

}  // namespace zhibiao::report
