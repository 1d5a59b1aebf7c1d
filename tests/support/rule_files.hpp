// The built-in rules with one more file, as an analyst adds one with --rules-add, and
// a pattern of the loaded rules by id.
#pragma once

#include <string>

#include "zhibiao/rules/rule_set.hpp"

namespace zhibiao::test {

inline RuleLoad load_with_defaults(const std::string& yaml, const std::string& path = "mine.yaml") {
  auto files = builtin_rule_files();
  files.push_back({path, yaml, path});
  return load_rules(files);
}

inline const Pattern* find_pattern(const RuleSet& rules, const std::string& id) {
  for (const auto& p : rules.patterns)
    if (p.id == id) return &p;
  return nullptr;
}

}  // namespace zhibiao::test
