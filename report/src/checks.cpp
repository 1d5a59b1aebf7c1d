#include "zhibiao/report/checks.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "checks_internal.hpp"

namespace zhibiao::report {
namespace {

using Check = void (*)(const detail::Context&, std::vector<Finding>&);

struct Entry {
  CheckKind kind;
  Check run;
};

const std::vector<Entry>& entries() {
  using namespace detail;
  static const std::vector<Entry> all = {
      {{"rate", {"rate_mismatch", "rate_verified"}}, check_rates},
      {{"completion", {"completion_mismatch", "completion_verified", "completion_implies_plan"}}, check_completion},
      {{"share", {"share_mismatch", "share_verified", "share_implies_total"}}, check_shares},
      {{"share_over_100", {"share_over_100"}}, check_share_over_100},
      {{"growth_levels", {"growth_levels_mismatch", "growth_levels_verified"}}, check_growth_levels},
      {{"value_conflict", {"value_conflict"}}, check_conflicts},
      {{"across_documents", {"value_conflict_across_documents"}}, check_across_documents},
      {{"rank_peers", {"rank_beyond_peers", "rank_within_peers", "rank_not_positive"}}, check_rank_peers},
      {{"rank_change", {"rank_change_contradicts_verb", "rank_change_verified"}}, check_rank_changes},
      {{"growth_sign", {"growth_sign_contradicts_verb"}}, check_signs},
      {{"implausible_magnitude", {"implausible_magnitude"}}, check_plausible},
      {{"relation", {"relation_mismatch", "relation_verified"}}, check_relations},
  };
  return all;
}

std::vector<std::string> split_list(const std::vector<std::string>& items) {
  std::vector<std::string> out;
  for (const auto& item : items) {
    std::size_t from = 0;
    while (from <= item.size()) {
      std::size_t comma = item.find(',', from);
      if (comma == std::string::npos) comma = item.size();
      std::string name = item.substr(from, comma - from);
      name.erase(0, name.find_first_not_of(' '));
      name.erase(name.find_last_not_of(' ') + 1);
      if (!name.empty()) out.push_back(name);
      from = comma + 1;
    }
  }
  return out;
}

}  // namespace

const std::vector<CheckKind>& check_kinds() {
  static const std::vector<CheckKind> kinds = [] {
    std::vector<CheckKind> out;
    for (const auto& e : entries()) out.push_back(e.kind);
    return out;
  }();
  return kinds;
}

std::string kind_of(const std::string& id) {
  for (const auto& k : check_kinds())
    if (std::find(k.ids.begin(), k.ids.end(), id) != k.ids.end()) return k.name;
  return {};
}

Result<CheckSelection> CheckSelection::parse(const std::vector<std::string>& only, const std::vector<std::string>& skip) {
  std::vector<std::string> known;
  for (const auto& k : check_kinds()) known.push_back(k.name);
  auto check_names = [&](const std::vector<std::string>& names, const char* option) -> std::optional<Error> {
    for (const auto& n : names)
      if (std::find(known.begin(), known.end(), n) == known.end())
        return Error(fmt::format("{}: no check is called '{}'; the checks are {}", option, n, fmt::join(known, ", ")));
    return std::nullopt;
  };
  auto wanted = split_list(only), unwanted = split_list(skip);
  if (auto err = check_names(wanted, "--checks")) return *err;
  if (auto err = check_names(unwanted, "--skip-checks")) return *err;
  CheckSelection s;
  for (const auto& k : known)
    if ((!wanted.empty() && std::find(wanted.begin(), wanted.end(), k) == wanted.end()) ||
        std::find(unwanted.begin(), unwanted.end(), k) != unwanted.end())
      s.skipped_.insert(k);
  return s;
}

int severity_rank(const std::string& severity) {
  if (severity == "error") return 0;
  if (severity == "warning") return 1;
  return 2;
}

std::vector<Finding> run_checks(const std::vector<Record>& records, const CheckRules& rules,
                                const CheckSelection& selection) {
  detail::Context context(records, rules);
  std::vector<Finding> out;
  for (const auto& e : entries())
    if (selection.runs(e.kind.name)) e.run(context, out);
  auto first_start = [&](const Finding& f) { return f.records.empty() ? 0 : records[f.records.front()].start; };
  std::stable_sort(out.begin(), out.end(), [&](const Finding& a, const Finding& b) {
    int sa = severity_rank(a.severity), sb = severity_rank(b.severity);
    if (sa != sb) return sa < sb;
    if (a.doc != b.doc) return a.doc < b.doc;
    return first_start(a) < first_start(b);
  });
  return out;
}

std::string describe(const Finding& f, const std::vector<Record>& records) {
  std::string out;
  if (!f.records.empty() && f.records.front() < records.size()) {
    const Record& r = records[f.records.front()];
    out += fmt::format("{}:{}-{}: ", r.doc, r.start, r.end);
  }
  out += fmt::format("{} [{}] {}\n    {}\n", f.severity, f.id, f.message, f.arithmetic);
  for (std::size_t i : f.records) {
    if (i >= records.size()) continue;
    const Record& r = records[i];
    out += fmt::format("    {}:{}-{}  {}  {} ({})\n", r.doc, r.start, r.end, r.text,
                       r.indicator.empty() ? r.mention : r.indicator, r.measure);
  }
  return out;
}

}  // namespace zhibiao::report
