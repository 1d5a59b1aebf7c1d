// Words around a figure that say how exact it is.
#include <gtest/gtest.h>

#include "scan_support.hpp"

namespace zhibiao::test {
namespace {

struct QualifierCase {
  const char* sentence;
  const char* figure;
  const char* qualifier;
};

// Test names show the phrase, not the bytes of the struct.
void PrintTo(const QualifierCase& c, std::ostream* os) { *os << c.sentence; }

class Qualifiers : public ::testing::TestWithParam<QualifierCase> {};

TEST_P(Qualifiers, Read) {
  const auto& c = GetParam();
  auto f = find(c.sentence, c.figure);
  ASSERT_TRUE(f) << c.sentence << ": " << listing(c.sentence);
  EXPECT_EQ(f->qualifier, c.qualifier) << c.sentence;
}

INSTANTIATE_TEST_SUITE_P(
    All, Qualifiers,
    ::testing::Values(QualifierCase{"约3000人", "3000人", "approx"}, QualifierCase{"拉动消费近1.3亿元", "1.3亿元", "approx"},
                      QualifierCase{"50万元左右", "50万元", "approx"}, QualifierCase{"5%上下", "5%", "approx"},
                      QualifierCase{"占全市比重近四成", "四成", "approx"},
                      QualifierCase{"11万吨以上", "11万吨", "at_least"}, QualifierCase{"超1000亿元", "1000亿元", "at_least"},
                      QualifierCase{"超过30家", "30家", "at_least"}, QualifierCase{"突破10万吨", "10万吨", "at_least"},
                      QualifierCase{"推动解决30余件", "30余件", "at_least"},
                      QualifierCase{"300多万元", "300多万元", "at_least"},
                      QualifierCase{"控制在4.1％以内", "4.1％", "at_most"}, QualifierCase{"3%以下", "3%", "at_most"},
                      QualifierCase{"不足10%", "10%", "at_most"}, QualifierCase{"不到5个", "5个", "at_most"},
                      QualifierCase{"增长8%", "8%", "exact"}));

TEST(Qualifiers, InsideQualifierKeepsTheMagnitude) {
  auto f = find("投资300余万元", "300余万元");
  ASSERT_TRUE(f) << listing("投资300余万元");
  EXPECT_EQ(f->value, "3000000");
  EXPECT_EQ(f->unit, "元");
}

}  // namespace
}  // namespace zhibiao::test
