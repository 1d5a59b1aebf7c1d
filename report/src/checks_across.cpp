#include "zhibiao/report/across_documents.hpp"

#include "check_support.hpp"

namespace zhibiao::report {

void AcrossDocuments::add(const Record& r, std::size_t number) {
  using namespace detail;
  if (!usable(r) || r.indicator.empty() || r.measure.empty() || r.period.empty()) return;
  // 高于全省1.2个百分点 and 比一季度加快0.4个百分点 compare with different bases.
  if (r.unit == "百分点") return;
  // The part is a mention that is not a name of the indicator (肉类产量, 总投资 vs 完成投资).
  std::string part = rules_.canonical(r.mention) == r.indicator ? std::string() : r.mention;
  Key key{r.indicator, part, r.measure, r.of, r.scope, r.period, r.modality, r.unit};
  if (!seen_in_doc_.insert(key).second) return;
  Span span = allowed(r, rules_);
  auto [it, fresh] = firsts_.try_emplace(std::move(key));
  First& f = it->second;
  if (fresh) {
    f.ref = figure_ref(r, number);
    f.lo = span.lo;
    f.hi = span.hi;
    f.shown = detail::shown(r);
    return;
  }
  if (overlaps({f.lo, f.hi}, span)) return;
  f.conflicts.push_back(keep_({f.ref, figure_ref(r, number), f.shown + " (" + f.ref.doc + ") ≠ " + detail::shown(r) + " (" + r.doc + ")",
                               r.period + r.indicator + "在两个文件中数值不同；若两文件所述地区相同，需核对。"}));
}

std::vector<std::uint64_t> AcrossDocuments::conflicts() const {
  std::vector<std::uint64_t> out;
  for (const auto& [key, first] : firsts_) out.insert(out.end(), first.conflicts.begin(), first.conflicts.end());
  return out;
}

}  // namespace zhibiao::report
