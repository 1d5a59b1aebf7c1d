// rules/checks.yaml as data: the built-in file loads, and mistakes name their line.
#include <gtest/gtest.h>

#include "zhibiao/report/check_rules.hpp"

namespace zhibiao::report {
namespace {

TEST(CheckRules, BuiltinLoadsChecksAndIndicatorAliases) {
  auto r = CheckRules::builtin();
  ASSERT_TRUE(r) << r.error().describe();
  EXPECT_EQ(r->canonical("财政总支出"), "一般公共预算支出");
  EXPECT_EQ(r->canonical("地区生产总值"), "地区生产总值");
  EXPECT_FALSE(r->relations.empty());
  EXPECT_FALSE(r->plausible.empty());
  EXPECT_FALSE(r->growth_up.empty());
}

TEST(CheckRules, MagnitudesInRangesComeFromUnitsYaml) {
  auto r = CheckRules::parse("plausible:\n  - {indicator: 地区生产总值, min: 1.5亿, max: 300万亿}\n", "t.yaml");
  ASSERT_TRUE(r) << r.error().describe();
  ASSERT_EQ(r->plausible.size(), 1u);
  EXPECT_DOUBLE_EQ(*r->plausible[0].min, 150000000.0);
  EXPECT_DOUBLE_EQ(*r->plausible[0].max, 3e14);
}

TEST(CheckRules, MistakesNameFileAndLine) {
  auto r = CheckRules::parse("relations:\n  - name: x\n    parts: [a]\n    total: b\n    op: sum_equal\n", "c.yaml");
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().file, "c.yaml");
  EXPECT_EQ(r.error().line, 5u);
  auto bad = CheckRules::parse("plausible:\n  - {indicator: x, min: 很多}\n", "c.yaml");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().line, 2u);
}

}  // namespace
}  // namespace zhibiao::report
