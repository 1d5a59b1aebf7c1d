// Builds the extractor the user asked for: default rules, --rules, --rules-add.
#pragma once

#include "commands.hpp"
#include "zhibiao/attribution/extractor.hpp"

namespace zhibiao::cli {

// Throws std::runtime_error with a plain message when the rules do not load.
Extractor make_extractor(const RuleOptions& options);

}  // namespace zhibiao::cli
