#include <iostream>

#include "commands.hpp"

namespace zhibiao::cli {

// Wired to the report stage's checks once they land.
int run_check(const ExtractOptions&) {
  std::cerr << "zhibiao check: not available yet\n";
  return 3;
}

}  // namespace zhibiao::cli
