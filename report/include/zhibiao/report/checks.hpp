// Consistency checks over a batch of records (issue 4 §2; docs/workbook.md).
#pragma once

#include <string>
#include <vector>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/report/check_rules.hpp"
#include "zhibiao/report/finding.hpp"

namespace zhibiao::report {

// All findings, errors first, then by document and offset.
std::vector<Finding> run_checks(const std::vector<Record>& records, const CheckRules& rules);

// Plain text for `zhibiao check`: a doc:start-end line, the arithmetic, the records.
std::string describe(const Finding& finding, const std::vector<Record>& records);

}  // namespace zhibiao::report
