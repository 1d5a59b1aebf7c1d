// The sections a rule file may hold: each top-level key with the function that
// reads it. A new section is one entry of rule_sections() (rule_sections.cpp):
// its key, one line saying what it holds, and a reader that fills a field of
// RuleSet through LoaderContext (which reports every problem with its place).
#pragma once

#include <yaml-cpp/yaml.h>

#include <string_view>
#include <vector>

#include "loader_context.hpp"

namespace zhibiao {

struct RuleSection {
  std::string_view key;   // top-level key: indicators, patterns …
  std::string_view what;  // what it holds, for messages and `zhibiao rules list`
  void (*read)(LoaderContext& cx, const YAML::Node& value);
};

const std::vector<RuleSection>& rule_sections();

// The readers of the sections that hold entries with examples (entry_readers.cpp).
void read_indicators(LoaderContext& cx, const YAML::Node& value);
void read_patterns(LoaderContext& cx, const YAML::Node& value);
RuleExample read_example(LoaderContext& cx, const YAML::Node& example);

// Checks across all files once every one is read: ids and aliases used twice,
// categories, dimensions and units that no file defines.
void check_rule_set(LoaderContext& cx);

// The measures a pattern or an expected record may name.
const std::vector<std::string>& measures();

}  // namespace zhibiao
