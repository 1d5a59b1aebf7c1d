// `zhibiao check`: the consistency findings of a batch, as text, JSONL, CSV or a workbook.
#pragma once

#include <string>
#include <vector>

#include "commands.hpp"
#include "zhibiao/report/check_rules.hpp"

namespace zhibiao::cli {

struct CheckOptions {
  ExtractOptions extract;         // inputs, rules, encoding, -o (the findings' file) …
  std::string format;             // text, jsonl, csv, xlsx; empty: from -o, else text on a terminal, jsonl otherwise
  std::vector<std::string> only;  // --checks KIND,…
  std::vector<std::string> skip;  // --skip-checks KIND,…
};

// The built-in checks, or a checks*.yaml from the user's rule folders (extract_command.cpp).
report::CheckRules check_rules(const RuleOptions& options);

// Exit 1 when a finding is an error, 2 when an input could not be read or the output written.
int run_check(const CheckOptions& options);

}  // namespace zhibiao::cli
