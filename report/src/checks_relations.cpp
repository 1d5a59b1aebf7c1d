// Sums between indicators, as declared in rules/checks.yaml `relations`.
#include <fmt/format.h>

#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include "checks_internal.hpp"

namespace zhibiao::report::detail {

void check_relations(const Context& c, Findings& out) {
  if (c.rules.relations.empty()) return;
  const auto& rs = c.rs;
  // A total and its parts: one document, measure, period, region, status, basis and unit,
  // the period known (a five-year total is no part of one year's figure).
  using Key = std::tuple<std::size_t, std::string, std::string, std::string, std::string, std::string, std::string,
                         std::string>;  // document, indicator, measure, period, region, status, basis, unit
  std::map<Key, std::size_t> first;
  for (std::size_t d = 0; d < c.documents.size(); ++d)
    for (std::size_t i : c.documents[d]) {
      const Record& r = rs[i];
      if (!c.figure(i) || r.indicator.empty() || !known_period(r.period)) continue;
      first.try_emplace(Key{d, r.indicator, r.measure, r.period, r.region, status_of(r), r.basis, r.unit}, i);
    }
  for (const auto& rel : c.rules.relations) {
    for (const auto& [key, t] : first) {
      if (std::get<1>(key) != rel.total || std::get<2>(key) != rel.measure) continue;
      const Record& total = rs[t];
      std::vector<std::size_t> parts;
      for (const auto& name : rel.parts) {
        Key k = key;
        std::get<1>(k) = name;
        auto it = first.find(k);
        if (it == first.end()) break;
        parts.push_back(it->second);
      }
      if (parts.size() != rel.parts.size()) continue;
      Span sum{0, 0};
      double exact = 0;
      std::string terms;
      int d = written_decimals(total);
      for (std::size_t i : parts) {
        Span s = allowed(rs[i], c.rules);
        sum.lo += s.lo, sum.hi += s.hi;
        exact += rs[i].value->to_double();
        terms += fmt::format("{}{}", terms.empty() ? "" : " + ", shown(rs[i]));
        d = std::max(d, written_decimals(rs[i]));
      }
      Span whole = allowed(total, c.rules);
      bool ok = rel.op == "sum_equals" ? overlaps(sum, whole) : sum.lo <= whole.hi;
      if (ok && !c.rules.report_verified) continue;
      // Show the sum in the unit the total is written in (亿元 for 186.7亿元).
      double scale = 1;
      if (auto raw = Decimal::parse(total.raw_value); raw && !raw->is_zero())
        scale = total.value->to_double() / raw->to_double();
      std::string arithmetic =
          fmt::format("{} = {}{} ({} given their rounding), {} {} ({})", terms, fixed(exact / scale, d), total.raw_unit,
                      fixed_span({sum.lo / scale, sum.hi / scale}, d + 1), rel.op == "sum_equals" ? "stated" : "at most",
                      shown(total), fixed_span({whole.lo / scale, whole.hi / scale}, d + 1));
      parts.push_back(t);
      out.push_back(finding(ok ? "relation_verified" : "relation_mismatch", ok ? "info" : rel.severity, std::move(parts),
                            std::move(arithmetic), fmt::format("{}：{}", rel.name, ok ? "相符。" : "不符。"), c.rs));
    }
  }
}

}  // namespace zhibiao::report::detail
