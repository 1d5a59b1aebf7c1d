#include "load_rules.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <stdexcept>

#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/sha256.hpp"

namespace zhibiao::cli {

Extractor make_extractor(const RuleOptions& options) {
  auto ex = options.replace.empty() && options.add.empty() ? Extractor::builtin()
                                                           : Extractor::load(options.replace, options.add);
  if (!ex) throw UnusableRules(fmt::format("rules: {}", ex.error().describe()));
  return std::move(*ex);
}

std::string digest_of_rules(const RuleOptions& options) {
  Sha256 h;
  auto add = [&](const std::string& name, const std::string& content) {
    h.update(fmt::format("{}\n{}\n", name, content.size())).update(content);
  };
  if (options.replace.empty())
    for (const auto& f : builtin_rule_files()) add(f.path.rfind("rules/", 0) == 0 ? f.path.substr(6) : f.path, f.content);
  for (const auto* dirs : {&options.replace, &options.add})
    for (const auto& dir : *dirs) {
      auto files = read_rule_dir(dir);
      if (!files) throw std::runtime_error(fmt::format("rules: {}", files.error().describe()));
      std::error_code ec;
      for (const auto& f : *files) add(std::filesystem::relative(f.path, dir, ec).generic_string(), f.content);
    }
  return h.hex();
}

}  // namespace zhibiao::cli
