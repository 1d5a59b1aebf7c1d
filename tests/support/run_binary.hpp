// Runs the zhibiao binary through the shell, as a user does: its exit status and output.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

#include "support/shared_data.hpp"

namespace zhibiao::test {

struct BinaryRun {
  int status = -1;
  std::string out;
};

// `args` as written (quote what needs it); standard error merged into out, or dropped.
inline BinaryRun run_zhibiao(const std::string& args, bool merge_stderr) {
  std::string cmd = zhibiao_binary() + " " + args + (merge_stderr ? " 2>&1" : " 2>/dev/null");
  BinaryRun r;
  FILE* p = popen(cmd.c_str(), "r");
  std::array<char, 4096> buf;
  while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) r.out.append(buf.data(), n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

}  // namespace zhibiao::test
