#include "zhibiao/report/checks.hpp"

#include <algorithm>

#include "checks_internal.hpp"

namespace zhibiao::report {

int severity_rank(const std::string& severity) {
  if (severity == "error") return 0;
  if (severity == "warning") return 1;
  return 2;
}

std::vector<Finding> run_checks(const std::vector<Record>& records, const CheckRules& rules) {
  using namespace detail;
  auto ss = sentences(records);
  std::vector<Finding> out;
  check_rates(records, ss, rules, out);
  check_completion(records, ss, rules, out);
  check_shares(records, ss, rules, out);
  check_growth_levels(records, ss, rules, out);
  check_conflicts(records, rules, out);
  check_ranks(records, ss, rules, out);
  check_signs(records, ss, rules, out);
  check_plausible(records, rules, out);
  check_relations(records, rules, out);
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
    out += r.doc + ":" + std::to_string(r.start) + "-" + std::to_string(r.end) + ": ";
  }
  out += f.severity + " [" + f.id + "] " + f.message + "\n    " + f.arithmetic + "\n";
  for (std::size_t i : f.records) {
    if (i >= records.size()) continue;
    const Record& r = records[i];
    out += "    " + r.doc + ":" + std::to_string(r.start) + "-" + std::to_string(r.end) + "  " + r.text + "  " +
           (r.indicator.empty() ? r.mention : r.indicator) + " (" + r.measure + ")\n";
  }
  return out;
}

}  // namespace zhibiao::report
