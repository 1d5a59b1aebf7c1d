// Sums between indicators, as declared in rules/checks.yaml `relations`.
#include <cmath>
#include <map>
#include <set>

#include "checks_internal.hpp"

namespace zhibiao::report::detail {

void check_relations(const Records& rs, const CheckRules& rules, Findings& out) {
  if (rules.relations.empty()) return;
  // Record indexes by document and indicator, in batch order.
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> by_name;
  for (std::size_t i = 0; i < rs.size(); ++i)
    if (usable(rs[i]) && !rs[i].indicator.empty()) by_name[{rs[i].doc, rs[i].indicator}].push_back(i);
  for (const auto& rel : rules.relations) {
    std::set<std::tuple<std::string, std::string, std::string>> seen;  // doc, modality, period of a total
    for (std::size_t t = 0; t < rs.size(); ++t) {
      const Record& total = rs[t];
      if (!usable(total) || total.indicator != rel.total || total.measure != rel.measure) continue;
      if (!seen.insert({total.doc, total.modality, total.period}).second) continue;
      // Each part: its first figure in the same document, modality and unit, of a
      // compatible period (a part without a period inherits the total's).
      std::vector<std::size_t> parts;
      for (const auto& name : rel.parts) {
        auto it = by_name.find({total.doc, name});
        if (it == by_name.end()) break;
        for (std::size_t i : it->second) {
          const Record& r = rs[i];
          if (r.measure == rel.measure &&
              r.modality == total.modality && r.unit == total.unit &&
              (r.period.empty() || total.period.empty() || r.period == total.period)) {
            parts.push_back(i);
            break;
          }
        }
      }
      if (parts.size() != rel.parts.size()) continue;
      Span sum{0, 0};
      double exact = 0;
      std::string terms;
      int d = written_decimals(total);
      for (std::size_t i : parts) {
        Span s = allowed(rs[i], rules);
        sum.lo += s.lo, sum.hi += s.hi;
        exact += rs[i].value->to_double();
        terms += (terms.empty() ? "" : " + ") + shown(rs[i]);
        d = std::max(d, written_decimals(rs[i]));
      }
      Span whole = allowed(total, rules);
      bool ok = rel.op == "sum_equals" ? overlaps(sum, whole) : sum.lo <= whole.hi;
      if (ok && !rules.report_verified) continue;
      // Show the sum in the unit the total is written in (亿元 for 186.7亿元).
      double scale = 1;
      if (auto raw = Decimal::parse(total.raw_value); raw && !raw->is_zero())
        scale = total.value->to_double() / raw->to_double();
      std::string arithmetic = terms + " = " + fmt(exact / scale, d) + total.raw_unit + " (" +
                               fmt_span({sum.lo / scale, sum.hi / scale}, d + 1) + " given their rounding), " +
                               (rel.op == "sum_equals" ? "stated " : "at most ") + shown(total) + " (" +
                               fmt_span({whole.lo / scale, whole.hi / scale}, d + 1) + ")";
      parts.push_back(t);
      out.push_back(finding(ok ? "relation_verified" : "relation_mismatch", ok ? "info" : rel.severity, std::move(parts),
                            std::move(arithmetic), rel.name + (ok ? "：相符。" : "：不符。"), rs));
    }
  }
}

}  // namespace zhibiao::report::detail
