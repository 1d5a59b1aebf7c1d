// The command line as a user may type it: the bytes, split at newlines and NULs,
// are the arguments of the real main() (cli/main.cpp, built with main renamed)
// and the real option tables of every subcommand. What the commands do is
// stubbed out below, so a fuzzed `extract /` never walks the disk: this target
// checks parsing and dispatch only. A new run_* function called from main.cpp
// needs a stub here.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "check_command.hpp"
#include "commands.hpp"
#include "rules_command.hpp"

int zhibiao_cli_main(int argc, char** argv);

namespace zhibiao::cli {
int run_scan(const ScanOptions&) { return 0; }
int run_extract(const ExtractOptions&) { return 0; }
int run_check(const CheckOptions&) { return 0; }
int run_explain(const ExplainOptions&) { return 0; }
int run_rules_test(const RulesOptions&) { return 0; }
int run_rules_lint(const RulesOptions&) { return 0; }
int run_rules_list(const RulesOptions&) { return 0; }
int run_rules_export(const std::string&) { return 0; }
}  // namespace zhibiao::cli

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> args{"zhibiao"};
  std::string cur;
  for (std::size_t i = 0; i < size && args.size() < 64; ++i) {
    char c = static_cast<char>(data[i]);
    if (c == '\n' || c == '\0') {
      args.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) args.push_back(cur);
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  int code = zhibiao_cli_main(static_cast<int>(args.size()), argv.data());
  (void)code;
  return 0;
}
