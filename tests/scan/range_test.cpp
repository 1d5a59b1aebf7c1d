// A second figure after a connector makes a range with low and high.
#include <gtest/gtest.h>

#include "scan_support.hpp"

namespace zhibiao::test {
namespace {

struct RangeCase {
  const char* sentence;
  const char* text;
  const char* low;
  const char* high;
  const char* unit;
};

// Test names show the phrase, not the bytes of the struct.
void PrintTo(const RangeCase& c, std::ostream* os) { *os << c.sentence; }

class Ranges : public ::testing::TestWithParam<RangeCase> {};

TEST_P(Ranges, LowAndHigh) {
  const auto& c = GetParam();
  auto f = find(c.sentence, c.text);
  ASSERT_TRUE(f) << c.sentence << ": " << listing(c.sentence);
  EXPECT_EQ(f->kind, "range");
  EXPECT_EQ(f->low, c.low);
  EXPECT_EQ(f->high, c.high);
  EXPECT_EQ(f->unit, c.unit);
  EXPECT_EQ(f->value, "null");
}

INSTANTIATE_TEST_SUITE_P(
    Forms, Ranges,
    ::testing::Values(RangeCase{"用3至5年时间", "3至5年", "3", "5", "年"},
                      RangeCase{"增长10%—15%", "10%—15%", "10", "15", "%"},
                      RangeCase{"规模20~30", "20~30", "20", "30", ""},
                      RangeCase{"投资3至5万元", "3至5万元", "30000", "50000", "元"},
                      RangeCase{"三至五万元", "三至五万元", "30000", "50000", "元"},
                      RangeCase{"年均增长6%-7%", "6%-7%", "6", "7", "%"}));

}  // namespace
}  // namespace zhibiao::test
