// zhibiao: pull statistical indicators out of Chinese prose.
// Exceptions stop here and become plain messages and exit codes.
#include <CLI/CLI.hpp>

#include <iostream>

#include "commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{"zhibiao (指标): statistical indicators from Chinese prose"};
  app.require_subcommand(1);

  zhibiao::cli::ScanOptions scan;
  auto* scan_cmd = app.add_subcommand("scan", "List every quantity (numbers, money, percents, ranks, dates) as JSON lines");
  scan_cmd->add_option("inputs", scan.inputs, "Files to read ('-' for standard input)")->required();
  scan_cmd->add_option("--encoding", scan.encoding, "Force an encoding (gb18030, utf-8, utf-16le ...)");
  scan_cmd->add_option("--format", scan.format, "Output format")->check(CLI::IsMember({"jsonl"}));

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  try {
    if (*scan_cmd) return zhibiao::cli::run_scan(scan);
  } catch (const std::exception& e) {
    std::cerr << "zhibiao: " << e.what() << "\n";
    return 3;
  }
  return 0;
}
