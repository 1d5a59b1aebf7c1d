#include "load_rules.hpp"

#include <stdexcept>

namespace zhibiao::cli {

Extractor make_extractor(const RuleOptions& options) {
  auto ex = options.replace.empty() && options.add.empty() ? Extractor::builtin()
                                                           : Extractor::load(options.replace, options.add);
  if (!ex) throw UnusableRules("rules: " + ex.error().describe());
  return std::move(*ex);
}

}  // namespace zhibiao::cli
