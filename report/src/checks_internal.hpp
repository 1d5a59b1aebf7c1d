// The check families run_checks combines; each appends to `out`.
#pragma once

#include <vector>

#include "check_support.hpp"

namespace zhibiao::report::detail {

using Records = std::vector<Record>;
using Findings = std::vector<Finding>;

// checks_ratio.cpp: arithmetic a sentence states twice.
void check_rates(const Records& rs, const std::vector<Sentence>& ss, const CheckRules& rules, Findings& out);
void check_completion(const Records& rs, const std::vector<Sentence>& ss, const CheckRules& rules, Findings& out);
void check_shares(const Records& rs, const std::vector<Sentence>& ss, const CheckRules& rules, Findings& out);
void check_growth_levels(const Records& rs, const std::vector<Sentence>& ss, const CheckRules& rules, Findings& out);
// checks_values.cpp: one figure, or one figure against the same one elsewhere.
void check_conflicts(const Records& rs, const CheckRules& rules, Findings& out);
void check_ranks(const Records& rs, const std::vector<Sentence>& ss, const CheckRules& rules, Findings& out);
void check_signs(const Records& rs, const std::vector<Sentence>& ss, const CheckRules& rules, Findings& out);
void check_plausible(const Records& rs, const CheckRules& rules, Findings& out);
// checks_relations.cpp: sums between indicators declared in checks.yaml.
void check_relations(const Records& rs, const CheckRules& rules, Findings& out);

}  // namespace zhibiao::report::detail
