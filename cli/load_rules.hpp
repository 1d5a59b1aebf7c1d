// Builds the extractor the user asked for: default rules, --rules, --rules-add.
#pragma once

#include <stdexcept>

#include "commands.hpp"
#include "zhibiao/attribution/extractor.hpp"

namespace zhibiao::cli {

// The user's rules do not load: an input that cannot be used (exit 2), not an
// internal error. what() is the plain message with the place (rules lint shows all).
struct UnusableRules : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws UnusableRules when the rules do not load.
Extractor make_extractor(const RuleOptions& options);

// SHA-256 over the name and content of every rule file in use, in load order (the built-in
// ones by their place in rules/, a folder's by their path inside it): equal digests, equal rules.
std::string digest_of_rules(const RuleOptions& options);

}  // namespace zhibiao::cli
