// `zhibiao rules test|lint|list|export`: the analyst's tools for rule files.
// The subcommands register themselves on the app, so main.cpp holds one line
// for all of them.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>
#include <string>
#include <vector>

namespace zhibiao::cli {

struct RulesOptions {
  std::vector<std::string> dirs;  // rule folders checked on top of the built-in rules
  bool alone = false;             // check them by themselves
  bool indicators = false, patterns = false, words = false;  // rules list: what to show (all when none)
  std::string export_dir;
};

class RulesCommand {
 public:
  explicit RulesCommand(CLI::App& app);
  // The exit code when a rules subcommand was chosen, else nothing.
  std::optional<int> run() const;

 private:
  RulesOptions o_;
  CLI::App* rules_ = nullptr;
  CLI::App *test_ = nullptr, *lint_ = nullptr, *list_ = nullptr, *export_ = nullptr;
};

int run_rules_test(const RulesOptions& options);
int run_rules_lint(const RulesOptions& options);
int run_rules_list(const RulesOptions& options);
int run_rules_export(const std::string& dir);  // rules_export.cpp

// "zhibiao 0.1.0" and the digest of the built-in rules, for --version.
std::string version_text();

}  // namespace zhibiao::cli
