#include <iostream>

#include "commands.hpp"
#include "zhibiao/attribution/rule_examples.hpp"
#include "zhibiao/rules/rule_set.hpp"

namespace zhibiao::cli {
namespace {

// The rule files of DIRs, or the built-in ones when no DIR is given.
std::vector<RuleFile> files_of(const std::vector<std::string>& dirs, bool& ok) {
  ok = true;
  if (dirs.empty()) return builtin_rule_files();
  std::vector<RuleFile> files;
  for (const auto& d : dirs) {
    auto more = read_rule_dir(d);
    if (!more) {
      std::cerr << more.error().describe() << "\n";
      ok = false;
      continue;
    }
    files.insert(files.end(), more->begin(), more->end());
  }
  return files;
}

}  // namespace

int run_rules_lint(const std::vector<std::string>& dirs) {
  bool ok;
  auto files = files_of(dirs, ok);
  auto load = load_rules(files);
  for (const auto& e : load.errors) std::cout << e.describe() << "\n";
  if (!ok || !load.ok()) {
    std::cout << load.errors.size() << " problem(s) in " << files.size() << " rule file(s)\n";
    return 1;
  }
  std::cout << "ok: " << files.size() << " rule files, " << load.rules->indicators.size() << " indicators, "
            << load.rules->patterns.size() << " patterns\n";
  return 0;
}

int run_rules_test(const std::vector<std::string>& dirs) {
  bool ok;
  auto files = files_of(dirs, ok);
  auto load = load_rules(files);
  if (!ok || !load.ok()) {
    for (const auto& e : load.errors) std::cout << e.describe() << "\n";
    std::cout << "the rules do not load; fix the problems above first\n";
    return 1;
  }
  Extractor extractor(load.rules);
  auto report = run_rule_examples(extractor);
  for (const auto& f : report.failures) {
    std::cout << f.pos.file << ":" << f.pos.line << ":" << f.pos.column << ": " << f.pattern << ": 「" << f.text << "」\n"
              << "    " << f.problem << "\n";
  }
  std::size_t failed_examples = 0;
  {
    std::string last;
    for (const auto& f : report.failures) {
      std::string key = f.pos.file + ":" + std::to_string(f.pos.line) + ":" + std::to_string(f.pos.column);
      if (key != last) ++failed_examples;
      last = key;
    }
  }
  std::cout << report.examples - failed_examples << " passed, " << failed_examples << " failed\n";
  return report.failures.empty() ? 0 : 1;
}

}  // namespace zhibiao::cli
