// Percents are stored as percent numbers; percentage points are a unit of their own.
#include <gtest/gtest.h>

#include "scan_support.hpp"

namespace zhibiao::test {
namespace {

struct PercentCase {
  const char* text;
  const char* value;
  const char* unit;
};

// Test names show the phrase, not the bytes of the struct.
void PrintTo(const PercentCase& c, std::ostream* os) { *os << c.text; }

class Percents : public ::testing::TestWithParam<PercentCase> {};

TEST_P(Percents, ValueAndUnit) {
  const auto& c = GetParam();
  auto f = find(c.text, c.text);
  ASSERT_TRUE(f) << c.text << ": " << listing(c.text);
  EXPECT_EQ(f->kind, "percent");
  EXPECT_EQ(f->value, c.value);
  EXPECT_EQ(f->unit, c.unit);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, Percents,
    ::testing::Values(PercentCase{"8%", "8", "%"}, PercentCase{"８％", "8", "%"}, PercentCase{"4.1％", "4.1", "%"},
                      PercentCase{"百分之三十五点五", "35.5", "%"}, PercentCase{"百分之百", "100", "%"},
                      PercentCase{"千分之五", "0.5", "%"}, PercentCase{"四成", "40", "%"},
                      PercentCase{"半成", "5", "%"}, PercentCase{"三成半", "35", "%"}, PercentCase{"3‰", "0.3", "%"},
                      PercentCase{"8.5个百分点", "8.5", "百分点"}, PercentCase{"两个百分点", "2", "百分点"},
                      PercentCase{"8折", "80", "%"}, PercentCase{"-3.9%", "-3.9", "%"}));

TEST(Percents, PercentagePointIsNotPercent) {
  auto f = find("高于全国8.5个百分点", "8.5个百分点");
  ASSERT_TRUE(f) << listing("高于全国8.5个百分点");
  EXPECT_NE(f->unit, "%");
}

TEST(Percents, AListSharesItsPercentagePointUnit) {
  // 分别高于全国、全省1.2个和0.8个百分点: 1.2个 is 1.2 百分点, not a count of 个.
  auto f = find("分别高于全国、全省1.2个和0.8个百分点", "1.2个");
  ASSERT_TRUE(f) << listing("分别高于全国、全省1.2个和0.8个百分点");
  EXPECT_EQ(f->unit, "百分点");
  EXPECT_EQ(f->value, "1.2");
  auto count = find("新建学校3个和医院2所", "3个");
  ASSERT_TRUE(count);
  EXPECT_EQ(count->unit, "个");
}

TEST(Percents, ChengAndZheInWordsAreNotPercents) {
  for (const char* s : {"一成不变", "完成任务", "三成立了", "5万美元折合人民币"})
    for (const auto& f : scan_all(s)) EXPECT_NE(f.kind, "percent") << s << ": " << listing(s);
}

}  // namespace
}  // namespace zhibiao::test
