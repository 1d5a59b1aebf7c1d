#include "stdout_check.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <iostream>

namespace zhibiao::cli {
namespace {
bool reported = false;
}

bool stdout_ok() {
  // A write that failed inside `<<` left its errno; a failing flush leaves its own.
  if (std::cout) {
    errno = 0;
    std::cout.flush();
  }
  if (std::cout) return true;
  int e = errno;
  if (!reported)
    std::cerr << fmt::format("zhibiao: standard output: cannot write: {}\n", e ? std::strerror(e) : "the stream failed");
  reported = true;
  return false;
}

void stdout_failure_reported() { reported = true; }

}  // namespace zhibiao::cli
