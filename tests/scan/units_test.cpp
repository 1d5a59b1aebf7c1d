// Units from rules/units.yaml and normalization to one base unit per dimension.
#include <gtest/gtest.h>

#include "scan_support.hpp"

namespace zhibiao::test {
namespace {

struct UnitCase {
  const char* text;
  const char* kind;
  const char* value;
  const char* unit;
};

// Test names show the phrase, not the bytes of the struct.
void PrintTo(const UnitCase& c, std::ostream* os) { *os << c.text; }

class Units : public ::testing::TestWithParam<UnitCase> {};

TEST_P(Units, NormalizedToBaseUnit) {
  const auto& c = GetParam();
  auto f = find(c.text, c.text);
  ASSERT_TRUE(f) << c.text << ": " << listing(c.text);
  EXPECT_EQ(f->kind, c.kind);
  EXPECT_EQ(f->value, c.value);
  EXPECT_EQ(f->unit, c.unit);
}

INSTANTIATE_TEST_SUITE_P(
    Table, Units,
    ::testing::Values(UnitCase{"45.4亿元", "money", "4540000000", "元"}, UnitCase{"81771万元", "money", "817710000", "元"},
                      UnitCase{"5000美元", "money", "5000", "美元"}, UnitCase{"3亿港元", "money", "300000000", "港元"},
                      UnitCase{"2.28亿斤", "quantity", "114000", "吨"}, UnitCase{"10万吨", "quantity", "100000", "吨"},
                      UnitCase{"500公斤", "quantity", "0.5", "吨"}, UnitCase{"2千克", "quantity", "0.002", "吨"},
                      UnitCase{"3万亩", "quantity", "30000", "亩"}, UnitCase{"5公顷", "quantity", "75", "亩"},
                      UnitCase{"2平方公里", "quantity", "3000", "亩"}, UnitCase{"20万方", "quantity", "200000", "立方米"},
                      UnitCase{"3.5亿立方米", "quantity", "350000000", "立方米"}, UnitCase{"120公里", "quantity", "120000", "米"},
                      UnitCase{"12亿千瓦时", "quantity", "1200000000", "千瓦时"},
                      UnitCase{"5万吨标准煤", "quantity", "50000", "吨标准煤"},
                      UnitCase{"330万人次", "count", "3300000", "人次"}, UnitCase{"60个", "count", "60", "个"},
                      UnitCase{"42项", "count", "42", "项"}, UnitCase{"91件", "count", "91", "件"},
                      UnitCase{"1.2万家", "count", "12000", "家"}, UnitCase{"15所", "count", "15", "所"},
                      UnitCase{"3批次", "count", "3", "批次"}, UnitCase{"8000头只", "count", "8000", "头只"},
                      UnitCase{"30万标箱", "count", "300000", "标箱"}, UnitCase{"一百二十人", "count", "120", "人"}));

TEST(Units, RawValueAndUnitAsWritten) {
  auto f = find("完成45.4亿元", "45.4亿元");
  ASSERT_TRUE(f);
  Text t(from_utf8("完成45.4亿元"));
  EXPECT_EQ(to_utf8(t.original_span(f->q.number_span.begin, f->q.number_span.end)), "45.4");
  EXPECT_EQ(to_utf8(t.original_span(f->q.unit_span.begin, f->q.unit_span.end)), "亿元");
}

TEST(Units, MagnitudeOnlyUnitsNeedAMagnitude) {
  // 方 is 立方米 only after 万/亿; 三方 and 千方百计 are words.
  EXPECT_TRUE(scan_all("千方百计").empty()) << listing("千方百计");
  EXPECT_FALSE(find("三方合作", "三方"));
}

TEST(Units, OneWithAClassifierIsAnArticle) {
  EXPECT_TRUE(scan_all("建设一个平台").empty()) << listing("建设一个平台");
}

TEST(Units, TableParsesAndRejectsUnknownDimension) {
  auto bad = UnitTable::parse("magnitudes: {万: 4}\ndimensions: {}\nunits:\n  元: {dimension: money}\n", "t.yaml");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("unknown dimension"), std::string::npos);
  EXPECT_EQ(bad.error().line, 4u);
}

}  // namespace
}  // namespace zhibiao::test
