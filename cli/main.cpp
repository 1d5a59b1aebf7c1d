// zhibiao: pull statistical indicators out of Chinese prose.
// Exceptions stop here and become plain messages and exit codes:
// 0 ok, 1 findings or failed checks, 2 an input unreadable or an output unwritable, 3 internal error.
#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <csignal>
#include <iostream>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "check_command.hpp"
#include "commands.hpp"
#include "explain_command.hpp"
#include "load_rules.hpp"
#include "rules_command.hpp"
#include "stdout_check.hpp"

namespace {

void add_rule_options(CLI::App* cmd, zhibiao::cli::RuleOptions& r) {
  cmd->add_option("--rules", r.replace, "Use the rule files in DIR instead of the built-in rules")->type_name("DIR")->allow_extra_args(false);
  cmd->add_option("--rules-add", r.add, "Add the rule files in DIR to the rules in use")->type_name("DIR")->allow_extra_args(false);
}

void add_extract_options(CLI::App* cmd, zhibiao::cli::ExtractOptions& o) {
  cmd->add_option("inputs", o.inputs,
                  "Documents (.txt, .docx, .html), folders of them (walked), patterns ('reports/**/*.txt'); "
                  "'-' reads standard input");
  cmd->add_option("--files-from", o.files_from, "Read the paths in LIST, one a line ('-': standard input)")
      ->type_name("LIST");
  cmd->add_option("-j,--jobs", o.jobs, "Documents read at once (default: all cores); the output is the same for any N")
      ->check(CLI::Range(1u, 4096u));
  cmd->add_flag("--stdin-jsonl", o.stdin_jsonl,
                "Read documents as JSON lines on standard input ({\"doc\":…,\"text\":…} or {\"doc\":…,\"path\":…}); "
                "records go out as lines (a Hadoop Streaming or Spark mapper)");
  cmd->add_flag("--from-jsonl", o.from_jsonl,
                "The inputs are records (JSONL from extract): write them again, e.g. gathered mapper output to a workbook");
  cmd->add_option("-o,--output", o.output, "Write to FILE (.xlsx, .csv or .jsonl) instead of standard output");
  cmd->add_option("--format", o.format, "jsonl, csv or xlsx (default: from -o's extension, else jsonl)")
      ->check(CLI::IsMember({"jsonl", "csv", "xlsx"}));
  cmd->add_option("--encoding", o.encoding, "Force an encoding for every input (gb18030, utf-8, utf-16le ...)");
  cmd->add_option("--lang", o.lang, "Workbook language: zh (default) or en (headers, labels, indicator names)")
      ->check(CLI::IsMember({"zh", "en"}));
  cmd->add_option("--summary-indicators", o.summary_indicators,
                  "The indicators of the workbook's comparison sheet and charts (names or ids; default: every "
                  "indicator, the headline ones charted)")
      ->type_name("LIST")
      ->delimiter(',')
      ->allow_extra_args(false);
  cmd->add_flag("--known-only", o.known_only, "Only figures of indicators the rules know");
  cmd->add_option("--meta", o.meta, "CSV with columns doc,region,year,kind: what each document is, over what is read")
      ->type_name("FILE.csv");
  cmd->add_option("--max-seconds-per-doc", o.max_seconds, "Stop a document after S seconds, keeping what was read (0: no limit)")
      ->type_name("S")->check(CLI::NonNegativeNumber)->capture_default_str();
  cmd->add_option("--max-records-per-doc", o.max_records, "Stop a document after N records, keeping them (0: no limit)")
      ->type_name("N")->capture_default_str();
  cmd->add_flag("-q,--quiet", o.quiet, "No progress or per-file messages on standard error");
  add_rule_options(cmd, o.rules);
}

}  // namespace

namespace {

// Every command's standard output, checked at the end: a full disk or a closed pipe
// is exit 2 with its reason, never a silent 0.
int checked(int status) { return zhibiao::cli::stdout_ok() ? status : 2; }

}  // namespace

int main(int argc, char** argv) {
  // Output goes through std::cout alone, unsynchronized with C stdio (faster, and write errors
  // reach the stream); a closed pipe is an error to report (EPIPE), not a silent SIGPIPE death.
  std::ios::sync_with_stdio(false);
  // Workers read standard input (--stdin-jsonl, '-') while the writer fills std::cout: a tied
  // std::cin would flush std::cout from the reading thread, a data race. Writers flush themselves.
  std::cin.tie(nullptr);
  std::signal(SIGPIPE, SIG_IGN);
#ifdef __GLIBC__
  // A document's buffers (a few hundred KB each) come from the heap and stay there for
  // the next one, instead of being mapped and returned to the kernel per document: the
  // page faults were a tenth of a scan. Memory stays flat; it is only not handed back.
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
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
  check_cmd->remove_option(check_cmd->get_option("--summary-indicators"));
  check_cmd->get_option("--output")->description("Write the findings to FILE (.jsonl, .csv or .xlsx)");
  check_cmd->add_option("--format", check.format, "text, jsonl, csv or xlsx (default: from -o, else text on a terminal, jsonl otherwise)")
      ->check(CLI::IsMember({"text", "jsonl", "csv", "xlsx"}));
  check_cmd->add_option("--checks", check.only, "Run only these kinds of check (KIND,...)")->type_name("KIND,...")->allow_extra_args(false);
  check_cmd->add_option("--skip-checks", check.skip, "Run every kind of check but these (KIND,...)")->type_name("KIND,...")->allow_extra_args(false);

  zhibiao::cli::ScanOptions scan;
  auto* scan_cmd = app.add_subcommand("scan", "Every quantity (numbers, money, percents, ranks, dates) as JSON lines");
  scan_cmd->add_option("inputs", scan.inputs, "Files, folders (walked) or patterns to read ('-' for standard input)");
  scan_cmd->add_option("--files-from", scan.files_from, "Read the paths in LIST, one a line ('-': standard input)")
      ->type_name("LIST");
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
    if (*extract_cmd) return checked(zhibiao::cli::run_extract(extract));
    if (*check_cmd) return checked(zhibiao::cli::run_check(check));
    if (*scan_cmd) {
      if (scan.inputs.empty() && scan.files_from.empty()) {
        std::cerr << "zhibiao scan: give the documents to read: files, folders, patterns, '-' or --files-from LIST\n";
        return 2;
      }
      return checked(zhibiao::cli::run_scan(scan));
    }
    if (auto code = explain.run()) return checked(*code);
    if (auto code = rules.run()) return checked(*code);
  } catch (const zhibiao::cli::UnusableRules& e) {
    std::cerr << "zhibiao: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "zhibiao: " << e.what() << "\n";
    return 3;
  }
  return 0;
}
