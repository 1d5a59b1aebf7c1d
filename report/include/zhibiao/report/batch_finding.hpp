// A finding as a batch keeps it once the documents are gone: the figures it
// names are copied out of their records (a few fields, no sentence).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/report/finding.hpp"

namespace zhibiao::report {

// One record a finding names.
struct FigureRef {
  std::size_t number = 0;  // 序号: 1-based position among the batch's records
  std::string doc;
  std::size_t start = 0, end = 0;
  std::string text;     // the figure as written
  std::string name;     // its indicator, else its mention
  std::string measure;
};

FigureRef figure_ref(const Record& r, std::size_t number);

struct BatchFinding {
  std::string id, severity, message, arithmetic, doc;
  std::vector<FigureRef> figures;
};

// `f.records` index `records`; record i is numbered first_number + i.
BatchFinding batch_finding(const Finding& f, const std::vector<Record>& records, std::size_t first_number);

// Plain text for `zhibiao check`: a doc:start-end line, the arithmetic, the figures.
std::string describe(const BatchFinding& finding);

// Errors first, then by document and first offset; stable.
void sort_findings(std::vector<BatchFinding>& findings);

}  // namespace zhibiao::report
