// Synthetic rule sets for measuring how extraction scales with the number of
// rules: the default rules plus (factor - 1) times as many generated ones.
#pragma once

#include <vector>

#include "zhibiao/rules/rule_set.hpp"

namespace zhibiao::bench {

// Half of the generated patterns are exact copies of a default one at lower
// priority (they run wherever it runs: the worst case), half are triggered by
// words the corpus never uses (the prefilter's best case). Generated indicators
// bring new aliases, so the alias matcher grows too.
std::vector<RuleFile> generated_rules(const RuleSet& base, int factor);

}  // namespace zhibiao::bench
