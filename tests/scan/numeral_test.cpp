// Chinese, Arabic and mixed numerals, each read as one figure with its exact value.
#include <gtest/gtest.h>

#include "scan_support.hpp"
#include "zhibiao/quantity/numeral.hpp"

namespace zhibiao::test {
namespace {

struct NumeralCase {
  const char* text;
  const char* value;
};

// Test names show the phrase, not the bytes of the struct.
void PrintTo(const NumeralCase& c, std::ostream* os) { *os << c.text; }

class Numerals : public ::testing::TestWithParam<NumeralCase> {};

TEST_P(Numerals, ReadAsOneNumberWithItsValue) {
  const auto& c = GetParam();
  auto all = scan_all(c.text);
  ASSERT_EQ(all.size(), 1u) << c.text << ": " << listing(c.text);
  EXPECT_EQ(all[0].text, c.text);
  EXPECT_EQ(all[0].value, c.value) << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Chinese, Numerals,
    ::testing::Values(NumeralCase{"三", "3"}, NumeralCase{"十二", "12"}, NumeralCase{"两千三百万", "23000000"},
                      NumeralCase{"一万零五", "10005"}, NumeralCase{"三千五", "3500"}, NumeralCase{"三万五", "35000"},
                      NumeralCase{"四千五百零四万四千三百一十八", "45044318"}, NumeralCase{"壹仟贰佰叁拾肆", "1234"},
                      NumeralCase{"壹仟貳佰參拾肆", "1234"}, NumeralCase{"零", "0"}, NumeralCase{"〇", "0"},
                      NumeralCase{"二〇二三", "2023"}, NumeralCase{"廿", "20"}, NumeralCase{"廿五", "25"},
                      NumeralCase{"卅", "30"}, NumeralCase{"一百零一", "101"}, NumeralCase{"十万", "100000"},
                      NumeralCase{"三十五点五", "35.5"}, NumeralCase{"四万万", "400000000"},
                      NumeralCase{"一万五千亿", "1500000000000"}, NumeralCase{"五分之一", "0.2"},
                      NumeralCase{"负三十二", "-32"}));

INSTANTIATE_TEST_SUITE_P(
    ArabicAndMixed, Numerals,
    ::testing::Values(NumeralCase{"45.4", "45.4"}, NumeralCase{"1,234.5", "1234.5"}, NumeralCase{"４５．４", "45.4"},
                      NumeralCase{"1.2万", "12000"}, NumeralCase{"3.43亿", "343000000"},
                      NumeralCase{"1.91万亿", "1910000000000"}, NumeralCase{"5.45万", "54500"},
                      NumeralCase{"3万5千", "35000"}, NumeralCase{"-12.5", "-12.5"}, NumeralCase{"负3", "-3"},
                      NumeralCase{"−7", "-7"}, NumeralCase{"3/4", "0.75"}));

TEST(Numeral, VagueCountHasNoValue) {
  auto f = find("两三个", "两三个");
  ASSERT_TRUE(f) << listing("两三个");
  EXPECT_TRUE(f->vague);
  EXPECT_EQ(f->value, "null");  // never 23
  EXPECT_EQ(f->qualifier, "approx");
}

TEST(Numeral, JiIsAtLeast) {
  auto f = find("二十几万", "二十几万");
  ASSERT_TRUE(f) << listing("二十几万");
  EXPECT_EQ(f->value, "200000");
  EXPECT_EQ(f->qualifier, "at_least");
  EXPECT_TRUE(scan_all("几个方面").empty()) << listing("几个方面");
}

TEST(Numeral, ArabicMagnitudeSplitsRawValue) {
  Text t(from_utf8("45.4亿"));
  auto n = read_numeral(t, 0, UnitTable::builtin());
  ASSERT_TRUE(n);
  EXPECT_EQ(n->digits_end, 4u);  // 45.4 | 亿
  EXPECT_EQ(n->magnitude, 8);
  EXPECT_EQ(n->value.str(), "4540000000");
}

TEST(Numeral, ArabicNumberAndChineseDigitStayApart) {
  Text t(from_utf8("12三"));
  auto n = read_numeral(t, 0, UnitTable::builtin());
  ASSERT_TRUE(n);
  EXPECT_EQ(n->end, 2u);
}

// Zhejiang 2026: 连续跨越7万亿、8万亿、9万亿三个大台阶 — 三个 counts the steps; it is no
// elided unit of 9万亿 (一万三 is 13000 only in Chinese numerals).
TEST(Numeral, AChineseDigitAfterAnArabicMagnitudeStartsAnotherFigure) {
  Text t(from_utf8("9万亿三个大台阶"));
  auto n = read_numeral(t, 0, UnitTable::builtin());
  ASSERT_TRUE(n);
  EXPECT_EQ(n->end, 3u);
  EXPECT_EQ(n->value.str(), "9000000000000");
  auto mixed = scan_all("1万3千元");
  ASSERT_EQ(mixed.size(), 1u);
  EXPECT_EQ(mixed[0].value, "13000");
}

TEST(Numeral, ThirdIsRoundedNotExact) {
  Text t(from_utf8("三分之一"));
  auto n = read_numeral(t, 0, UnitTable::builtin());
  ASSERT_TRUE(n);
  EXPECT_TRUE(n->fraction);
  EXPECT_EQ(n->value.str(), "0.33333333333333333333");
}

}  // namespace
}  // namespace zhibiao::test
