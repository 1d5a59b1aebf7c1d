#include "generated_rules.hpp"

#include <string>

namespace zhibiao::bench {
namespace {

// YAML single-quoted scalar.
std::string quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::vector<RuleFile> generated_rules(const RuleSet& base, int factor) {
  std::string indicators = "indicators:\n";
  std::string patterns = "patterns:\n";
  for (int copy = 1; copy < factor; ++copy) {
    for (const auto& ind : base.indicators) {
      std::string id = ind.id + "_g" + std::to_string(copy);
      indicators += "  - {id: " + id + ", name: 生成指标" + std::to_string(copy) + ind.name + ", aliases: [合成" +
                    std::to_string(copy) + ind.name + "], dimension: " + ind.dimension + "}\n";
    }
    for (const auto& p : base.patterns) {
      bool duplicate = (copy % 2) == 1;
      std::string match = duplicate ? p.source : "(?:生成触发词" + std::to_string(copy) + "甲|生成触发词乙" +
                                                     std::to_string(copy) + ")" + p.source;
      patterns += "  - id: " + p.id + ".g" + std::to_string(copy) + "\n    measure: " + p.measure +
                  "\n    priority: " + std::to_string(p.priority - 100) + "\n    match: " + quoted(match) +
                  "\n    examples: [{text: 无关的句子。, expect: none}]\n";
    }
  }
  return {{"generated/indicators.yaml", indicators}, {"generated/patterns.yaml", patterns}};
}

}  // namespace zhibiao::bench
