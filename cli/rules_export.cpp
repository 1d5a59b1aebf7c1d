// `zhibiao rules export DIR`: the built-in rules as files an analyst can copy
// and edit, then load back with --rules DIR (or add to with --rules-add).
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <iostream>

#include "rules_command.hpp"
#include "zhibiao/rules/rule_set.hpp"

namespace zhibiao::cli {

int run_rules_export(const std::string& dir) {
  namespace fs = std::filesystem;
  auto files = builtin_rule_files();
  std::error_code ec;
  // Never over an analyst's edits: every file must be new.
  std::vector<std::string> existing;
  for (const auto& f : files)
    if (fs::exists(fs::path(dir) / f.name, ec)) existing.push_back((fs::path(dir) / f.name).string());
  if (!existing.empty()) {
    std::cerr << fmt::format("zhibiao rules export: {} already holds rule files ({}{}); export into an empty or new folder\n",
                             dir, existing.front(), existing.size() > 1 ? fmt::format(" and {} more", existing.size() - 1) : "");
    return 2;
  }
  for (const auto& f : files) {
    fs::path target = fs::path(dir) / f.name;
    fs::create_directories(target.parent_path(), ec);
    if (ec) {
      std::cerr << fmt::format("zhibiao rules export: cannot create {}: {}\n", target.parent_path().string(), ec.message());
      return 2;
    }
    std::ofstream out(target, std::ios::binary);
    out << f.content;
    out.close();
    if (!out) {
      std::cerr << fmt::format("zhibiao rules export: cannot write {}\n", target.string());
      return 2;
    }
  }
  std::cout << fmt::format(
      "wrote {} rule files to {}\n"
      "  edit them, then check: zhibiao rules test {} --alone\n"
      "  and use them:          zhibiao extract --rules {} INPUT...\n"
      "  (to add a few rules to the built-in ones instead, put only yours in a folder and use --rules-add)\n",
      files.size(), dir, dir, dir);
  return 0;
}

}  // namespace zhibiao::cli
