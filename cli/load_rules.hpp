// Builds the extractor the user asked for: default rules, --rules, --rules-add.
#pragma once

#include "commands.hpp"
#include "zhibiao/attribution/extractor.hpp"

namespace zhibiao::cli {

// Throws std::runtime_error with a plain message when the rules do not load.
Extractor make_extractor(const RuleOptions& options);

// SHA-256 over the name and content of every rule file in use, in load order (the built-in
// ones by their place in rules/, a folder's by their path inside it): equal digests, equal rules.
std::string digest_of_rules(const RuleOptions& options);

}  // namespace zhibiao::cli
