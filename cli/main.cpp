// zhibiao: pull statistical indicators out of Chinese prose.
// Exceptions stop here and become plain messages and exit codes:
// 0 ok, 1 findings or failed checks, 2 bad input, 3 internal error.
#include <CLI/CLI.hpp>

#include <iostream>

#include "check_command.hpp"
#include "commands.hpp"
#include "explain_command.hpp"
#include "rules_command.hpp"

namespace {

void add_rule_options(CLI::App* cmd, zhibiao::cli::RuleOptions& r) {
  cmd->add_option("--rules", r.replace, "Use the rule files in DIR instead of the built-in rules")->type_name("DIR")->allow_extra_args(false);
  cmd->add_option("--rules-add", r.add, "Add the rule files in DIR to the rules in use")->type_name("DIR")->allow_extra_args(false);
}

void add_extract_options(CLI::App* cmd, zhibiao::cli::ExtractOptions& o) {
  cmd->add_option("inputs", o.inputs, "Documents (.txt) or folders of them; '-' reads standard input")->required();
  cmd->add_option("-o,--output", o.output, "Write to FILE (.xlsx, .csv or .jsonl) instead of standard output");
  cmd->add_option("--format", o.format, "jsonl, csv or xlsx (default: from -o's extension, else jsonl)")
      ->check(CLI::IsMember({"jsonl", "csv", "xlsx"}));
  cmd->add_option("--encoding", o.encoding, "Force an encoding for every input (gb18030, utf-8, utf-16le ...)");
  cmd->add_option("--lang", o.lang, "Workbook headers: zh (default) or en")->check(CLI::IsMember({"zh", "en"}));
  cmd->add_flag("--known-only", o.known_only, "Only figures of indicators the rules know");
  cmd->add_flag("-q,--quiet", o.quiet, "No progress or per-file messages on standard error");
  add_rule_options(cmd, o.rules);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"zhibiao (指标): statistical indicators from Chinese prose"};
  app.require_subcommand(1);

  zhibiao::cli::ExtractOptions extract;
  auto* extract_cmd = app.add_subcommand("extract", "Figures with their indicator, measure, value and unit");
  add_extract_options(extract_cmd, extract);

  zhibiao::cli::CheckOptions check;
  auto* check_cmd = app.add_subcommand("check", "Consistency checks over the figures (exit 1 when an error is found)");
  add_extract_options(check_cmd, check.extract);
  // The findings, not the records: their own formats and the kinds to run.
  check_cmd->remove_option(check_cmd->get_option("--format"));
  check_cmd->get_option("--output")->description("Write the findings to FILE (.jsonl, .csv or .xlsx)");
  check_cmd->add_option("--format", check.format, "text, jsonl, csv or xlsx (default: from -o, else text on a terminal, jsonl otherwise)")
      ->check(CLI::IsMember({"text", "jsonl", "csv", "xlsx"}));
  check_cmd->add_option("--checks", check.only, "Run only these kinds of check (KIND,...)")->type_name("KIND,...");
  check_cmd->add_option("--skip-checks", check.skip, "Run every kind of check but these (KIND,...)")->type_name("KIND,...");

  zhibiao::cli::ScanOptions scan;
  auto* scan_cmd = app.add_subcommand("scan", "Every quantity (numbers, money, percents, ranks, dates) as JSON lines");
  scan_cmd->add_option("inputs", scan.inputs, "Files to read ('-' for standard input)")->required();
  scan_cmd->add_option("--encoding", scan.encoding, "Force an encoding (gb18030, utf-8, utf-16le ...)");
  scan_cmd->add_option("--format", scan.format, "Output format")->check(CLI::IsMember({"jsonl"}));

  zhibiao::cli::ExplainCommand explain(app);
  zhibiao::cli::RulesCommand rules(app);
  app.set_version_flag("--version", zhibiao::cli::version_text(), "The version and the digest of the built-in rules");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  try {
    if (*extract_cmd) return zhibiao::cli::run_extract(extract);
    if (*check_cmd) return zhibiao::cli::run_check(check);
    if (*scan_cmd) return zhibiao::cli::run_scan(scan);
    if (auto code = explain.run()) return *code;
    if (auto code = rules.run()) return *code;
  } catch (const std::exception& e) {
    std::cerr << "zhibiao: " << e.what() << "\n";
    return 3;
  }
  return 0;
}
