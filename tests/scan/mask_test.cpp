// Redacted figures keep their unit and magnitude, and have no value.
#include <gtest/gtest.h>

#include "scan_support.hpp"

namespace zhibiao::test {
namespace {

struct MaskCase {
  const char* sentence;
  const char* text;
  const char* kind;
  const char* unit;
};

// Test names show the phrase, not the bytes of the struct.
void PrintTo(const MaskCase& c, std::ostream* os) { *os << c.sentence; }

class Masks : public ::testing::TestWithParam<MaskCase> {};

TEST_P(Masks, MaskedWithUnit) {
  const auto& c = GetParam();
  auto f = find(c.sentence, c.text);
  ASSERT_TRUE(f) << c.sentence << ": " << listing(c.sentence);
  EXPECT_TRUE(f->masked);
  EXPECT_EQ(f->value, "null");
  EXPECT_EQ(f->kind, c.kind);
  EXPECT_EQ(f->unit, c.unit);
}

INSTANTIATE_TEST_SUITE_P(
    Forms, Masks,
    ::testing::Values(MaskCase{"农业增加值达×亿元", "×亿元", "money", "元"},
                      MaskCase{"建成高标准农田**万亩", "**万亩", "quantity", "亩"},
                      MaskCase{"PM2.5年度浓度同比改善*%", "*%", "percent", "%"},
                      MaskCase{"XX亿斤以上的粮食产量", "XX亿斤", "quantity", "吨"},
                      MaskCase{"完成xx万元", "xx万元", "money", "元"}, MaskCase{"增长××%", "××%", "percent", "%"},
                      // Redactions that keep a digit or the point (samples/study-session-speech.txt).
                      MaskCase{"农业增加值增长X.X%", "X.X%", "percent", "%"},
                      MaskCase{"森林覆盖率提高到**.*%", "**.*%", "percent", "%"},
                      MaskCase{"优良天数比例稳定在9X%以上", "9X%", "percent", "%"},
                      MaskCase{"人均可支配收入为XXXXX元", "XXXXX元", "money", "元"}));

TEST(Masks, ARedactedNameBeforeARealFigureIsNotAMask) {
  // Seed 002: 点到*3项做法 — * hides a place, 3项 is a real count.
  auto f = find("其中点到*3项做法", "3项");
  ASSERT_TRUE(f) << listing("其中点到*3项做法");
  EXPECT_FALSE(f->masked);
  EXPECT_EQ(f->value, "3");
}

TEST(Masks, QualifierAfterMaskIsKept) {
  auto f = find("XX亿斤以上的粮食产量", "XX亿斤");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->qualifier, "at_least");
}

TEST(Masks, LettersInWordsAreNotMasks) {
  for (const char* s : {"XXX公司", "Windows系统", "第*届"})
    for (const auto& f : scan_all(s)) EXPECT_FALSE(f.masked) << s << ": " << listing(s);
}

}  // namespace
}  // namespace zhibiao::test
