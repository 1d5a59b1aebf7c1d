#include "zhibiao/report/across_documents.hpp"

#include "checks_internal.hpp"

namespace zhibiao::report {

void AcrossDocuments::add_document(const std::vector<Record>& records, std::size_t first_number) {
  using namespace detail;
  if (records.empty()) return;
  Context c(records, rules_);
  for (const auto& doc : c.documents)
    for (auto& [key, i] : first_figures(c, doc)) {
      const Record& r = records[i];
      Span span = allowed(r, rules_);
      auto [it, fresh] = firsts_.try_emplace(std::move(key));
      First& f = it->second;
      if (fresh) {
        f.ref = figure_ref(r, first_number + i);
        f.lo = span.lo;
        f.hi = span.hi;
        f.shown = shown(r);
        continue;
      }
      if (overlaps({f.lo, f.hi}, span)) continue;
      auto text = across_text(f.shown, f.ref.doc, r);
      f.conflicts.push_back(keep_({f.ref, figure_ref(r, first_number + i), std::move(text.arithmetic), std::move(text.message)}));
    }
}

std::vector<std::uint64_t> AcrossDocuments::conflicts() const {
  std::vector<std::uint64_t> out;
  for (const auto& [key, first] : firsts_) out.insert(out.end(), first.conflicts.begin(), first.conflicts.end());
  return out;
}

}  // namespace zhibiao::report
