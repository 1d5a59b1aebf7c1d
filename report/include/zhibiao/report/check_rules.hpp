// The data the consistency checks read: rules/checks.yaml (words, ranges,
// relations) and the indicator aliases of rules/indicators.yaml.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/error.hpp"

namespace zhibiao::report {

struct PlausibleRange {
  std::string indicator, measure, unit;  // unit empty: any
  std::optional<double> min, max;        // in the record's (base) unit
};

struct Relation {
  std::string name;
  std::vector<std::string> parts;  // canonical indicator names
  std::string total;
  std::string op = "sum_equals";   // sum_equals, sum_at_most
  std::string measure = "value";
  std::string severity = "warning";
};

class CheckRules {
 public:
  // rules/checks.yaml and rules/indicators.yaml as compiled into the binary.
  static Result<CheckRules> builtin();
  // A checks.yaml text; errors name file:line:column.
  static Result<CheckRules> parse(std::string_view yaml, const std::string& file);
  // Adds alias → canonical name from an indicators.yaml text.
  std::optional<Error> add_indicators(std::string_view yaml, const std::string& file);

  std::vector<std::string> rate_suffixes;            // 率: a rate's mention ends so
  std::vector<std::string> plan_words;                // 计划, 目标: a planned amount's mention
  std::vector<std::string> growth_up, growth_down;    // 增长 / 下降 before a growth figure
  std::vector<std::string> growth_compare;            // 高于, 低于: the figure is a gap, the verb before is not its own
  std::vector<std::string> value_conflict_skip;       // 重大项目投资: totals of lists the text defines anew
  std::vector<std::string> milestone_after;           // 台阶, 大关: the figure before is a milestone, not a level
  std::vector<std::string> rank_better, rank_worse;   // 上升 / 下跌 between two ranks
  std::vector<std::string> level_connectors;          // 增加到: from one level to another
  std::vector<std::string> level_from;                // 从, 由: before the level a change starts from
  std::vector<std::string> average_words;             // 年均: a yearly average rate, not the change between levels
  std::vector<std::string> share_words;               // 占: a share names its whole after this
  std::vector<std::string> share_whole_ends;          // 比重, 的: where the whole's name after 占 ends
  double approx_widen = 2;                            // 约/近 allow this many half-units each side
  bool report_verified = true;                        // list checks that passed, as info
  std::string cross_document_severity = "info";
  std::vector<PlausibleRange> plausible;
  std::vector<Relation> relations;
  std::map<std::string, std::string> aliases;         // alias → canonical indicator name

  // The canonical name for a word, or empty when it is no known indicator.
  std::string canonical(const std::string& word) const;
};

}  // namespace zhibiao::report
