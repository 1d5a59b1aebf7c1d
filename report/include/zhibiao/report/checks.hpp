// Consistency checks over a batch of records (docs/workbook.md lists every kind).
#pragma once

#include <set>
#include <string>
#include <vector>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/error.hpp"
#include "zhibiao/report/check_rules.hpp"
#include "zhibiao/report/finding.hpp"

namespace zhibiao::report {

// One kind of check and the finding ids it gives.
struct CheckKind {
  std::string name;              // rate, share, value_conflict …: what --checks and --skip-checks name
  std::vector<std::string> ids;  // rate_mismatch, rate_verified …
};

// Every kind, in the order the checks run.
const std::vector<CheckKind>& check_kinds();
// The kind a finding id belongs to; empty for an unknown id.
std::string kind_of(const std::string& id);

// Which kinds run: all by default.
class CheckSelection {
 public:
  // `only` (--checks) and `skip` (--skip-checks) are kind names, each entry possibly a
  // comma-separated list; an unknown name is an error that lists the known ones.
  static Result<CheckSelection> parse(const std::vector<std::string>& only, const std::vector<std::string>& skip);
  bool runs(const std::string& kind) const { return skipped_.count(kind) == 0; }

 private:
  std::set<std::string> skipped_;
};

// All findings, errors first, then by document and offset.
std::vector<Finding> run_checks(const std::vector<Record>& records, const CheckRules& rules,
                                const CheckSelection& selection = {});

// Plain text for `zhibiao check`: a doc:start-end line, the arithmetic, the records.
std::string describe(const Finding& finding, const std::vector<Record>& records);

}  // namespace zhibiao::report
