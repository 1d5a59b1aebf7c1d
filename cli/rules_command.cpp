// The options of zhibiao rules and their dispatch; the tools themselves are in
// rules_tools.cpp and rules_export.cpp.
#include "rules_command.hpp"

#include <fmt/format.h>

#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/version.hpp"

namespace zhibiao::cli {
namespace {

void add_dirs(CLI::App* cmd, RulesOptions& o, const char* what) {
  cmd->add_option("dirs", o.dirs, fmt::format("Rule folders to {} on top of the built-in rules (default: the built-in rules alone)", what))
      ->type_name("DIR");
  cmd->add_flag("--alone", o.alone, "Take the folders by themselves, without the built-in rules");
}

}  // namespace

RulesCommand::RulesCommand(CLI::App& app) {
  rules_ = app.add_subcommand("rules", "Work on rule files: test, lint, list, export");
  rules_->require_subcommand(1);
  test_ = rules_->add_subcommand("test", "Run every example written in the rules (patterns' and indicators')");
  add_dirs(test_, o_, "test");
  lint_ = rules_->add_subcommand("lint", "Check rule files: schema, ids, aliases, macros, regular expressions");
  add_dirs(lint_, o_, "check");
  list_ = rules_->add_subcommand("list", "Show the indicators, patterns and word lists loaded, and where each is written");
  add_dirs(list_, o_, "list");
  list_->add_flag("--indicators", o_.indicators, "Only the indicators");
  list_->add_flag("--patterns", o_.patterns, "Only the patterns");
  list_->add_flag("--words", o_.words, "Only the word lists");
  export_ = rules_->add_subcommand("export", "Write the built-in rules as files to copy and edit (load them with --rules DIR)");
  export_->add_option("dir", o_.export_dir, "An empty or new folder")->required()->type_name("DIR");
}

std::optional<int> RulesCommand::run() const {
  if (!*rules_) return std::nullopt;
  if (*test_) return run_rules_test(o_);
  if (*lint_) return run_rules_lint(o_);
  if (*list_) return run_rules_list(o_);
  if (*export_) return run_rules_export(o_.export_dir);
  return std::nullopt;
}

std::string version_text() {
  return fmt::format("zhibiao {}\nbuilt-in rules sha256 {}", version(), rules_digest(builtin_rule_files()));
}

}  // namespace zhibiao::cli
