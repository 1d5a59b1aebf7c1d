#include "zhibiao/report/batch_finding.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace zhibiao::report {

FigureRef figure_ref(const Record& r, std::size_t number) {
  return {number, r.doc, r.start, r.end, r.text, r.indicator.empty() ? r.mention : r.indicator, r.measure};
}

BatchFinding batch_finding(const Finding& f, const std::vector<Record>& records, std::size_t first_number) {
  BatchFinding out{f.id, f.severity, f.message, f.arithmetic, f.doc, {}};
  for (std::size_t i : f.records)
    if (i < records.size()) out.figures.push_back(figure_ref(records[i], first_number + i));
  return out;
}

std::string describe(const BatchFinding& f) {
  std::string out;
  if (!f.figures.empty()) {
    const FigureRef& r = f.figures.front();
    out += fmt::format("{}:{}-{}: ", r.doc, r.start, r.end);
  }
  out += fmt::format("{} [{}] {}\n    {}\n", f.severity, f.id, f.message, f.arithmetic);
  for (const FigureRef& r : f.figures)
    out += fmt::format("    {}:{}-{}  {}  {} ({})\n", r.doc, r.start, r.end, r.text, r.name, r.measure);
  return out;
}

void sort_findings(std::vector<BatchFinding>& findings) {
  auto first_start = [](const BatchFinding& f) { return f.figures.empty() ? 0 : f.figures.front().start; };
  std::stable_sort(findings.begin(), findings.end(), [&](const BatchFinding& a, const BatchFinding& b) {
    int sa = severity_rank(a.severity), sb = severity_rank(b.severity);
    if (sa != sb) return sa < sb;
    if (a.doc != b.doc) return a.doc < b.doc;
    return first_start(a) < first_start(b);
  });
}

}  // namespace zhibiao::report
