// The options of zhibiao explain and their checks; the explaining is in explain.cpp.
#include "explain_command.hpp"

#include <iostream>

namespace zhibiao::cli {

ExplainCommand::ExplainCommand(CLI::App& app) {
  cmd_ = app.add_subcommand("explain", "Show how a sentence is read: quantities, indicators, rules, records");
  cmd_->add_option("sentence", o_.sentence, "A sentence to explain");
  cmd_->add_option("--file", o_.file, "Explain a sentence or a record of FILE (with --offset or --record)");
  cmd_->add_option("--offset", o_.offset, "The sentence at this offset (code points) of FILE");
  record_ = cmd_->add_option("--record", o_.record, "The Nth record of FILE, as zhibiao extract FILE numbers its lines (from 1)");
  cmd_->add_option("--rules", o_.rules.replace, "Use the rule files in DIR instead of the built-in rules")->type_name("DIR")->allow_extra_args(false);
  cmd_->add_option("--rules-add", o_.rules.add, "Add the rule files in DIR to the rules in use")->type_name("DIR")->allow_extra_args(false);
}

std::optional<int> ExplainCommand::run() const {
  if (!*cmd_) return std::nullopt;
  if (o_.sentence.empty() && o_.file.empty()) {
    std::cerr << "zhibiao explain: give a sentence, or --file FILE with --offset N or --record N\n";
    return 2;
  }
  if (record_->count() && o_.record < 1) {
    std::cerr << "zhibiao explain: --record counts from 1 (the first line of zhibiao extract FILE)\n";
    return 2;
  }
  if (!o_.file.empty() && o_.offset < 0 && o_.record == 0) {
    std::cerr << "zhibiao explain: --file needs --offset N (a sentence) or --record N (a record)\n";
    return 2;
  }
  return run_explain(o_);
}

}  // namespace zhibiao::cli
