// zhibiao_gen_rules DIR [FACTOR]: writes the generated rules (generated_rules.hpp) that make
// FACTOR times the default rules (default 10) as YAML files under DIR, for `--rules-add DIR`.
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "generated_rules.hpp"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: zhibiao_gen_rules DIR [FACTOR]\n");
    return 2;
  }
  int factor = argc > 2 ? std::atoi(argv[2]) : 10;
  auto base = zhibiao::load_rules(zhibiao::builtin_rule_files());
  if (!base.ok()) return 3;
  for (const auto& f : zhibiao::bench::generated_rules(*base.rules, factor)) {
    std::filesystem::path out = std::filesystem::path(argv[1]) / f.path;
    std::filesystem::create_directories(out.parent_path());
    std::ofstream(out, std::ios::binary) << f.content;
  }
  return 0;
}
