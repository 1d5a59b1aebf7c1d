// The subcommands of the zhibiao executable; each returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace zhibiao::cli {

struct ScanOptions {
  std::vector<std::string> inputs;
  std::string encoding;
  std::string format = "jsonl";
};

int run_scan(const ScanOptions& options);

}  // namespace zhibiao::cli
