// Regions: the document's, unless the words before a figure's name give it to
// another area (docs/record.md, "Regions").
#include <gtest/gtest.h>

#include "extract_support.hpp"

namespace zhibiao::test {
namespace {

TEST(Region, UnmarkedAndOwnFiguresAreTheDocuments) {
  auto rs = extract(work_report("全省地区生产总值增长5.6%，我省粮食产量760亿斤。一般公共预算收入增长2%。\n"));
  for (const auto& r : rs) EXPECT_EQ(r.region, "河北省") << r.text;
}

TEST(Region, AFigureOfTheCountryIsTheCountrys) {
  auto rs = extract(work_report("全国粮食产量14130亿斤，全省粮食产量760亿斤。\n"));
  EXPECT_EQ(one(rs, "14130亿斤").region, "全国");
  EXPECT_EQ(one(rs, "760亿斤").region, "河北省");
}

TEST(Region, AnotherAreaNamedBeforeTheIndicatorKeepsIt) {
  auto rs = extract(work_report("京津冀区域空气质量优良天数比例接近80%。成渝地区双城经济圈经济总量达到8.6万亿元，增长5.7%。\n"));
  EXPECT_EQ(one(rs, "80%").region, "京津冀");
  EXPECT_EQ(one(rs, "8.6万亿元").region, "成渝地区双城经济圈");
  EXPECT_EQ(one(rs, "5.7%").region, "成渝地区双城经济圈");  // the next clause inherits the subject and its area
}

TEST(Region, ARanksScopeAndAComparisonBaseDoNotChangeTheRegion) {
  auto rs = extract(work_report("全省地区生产总值增长5.6%，高于全国0.6个百分点，总量居全国第12位。\n"));
  for (const auto& r : rs) EXPECT_EQ(r.region, "河北省") << r.text;
  EXPECT_EQ(one(rs, "第12位").scope, "全国");
}

TEST(Region, ANationalReportsOwnWordIsTheCountry) {
  auto rs = extract("政府工作报告\n——2022年3月5日在第十三届全国人民代表大会第五次会议上\n"
                    "全国粮食产量1.37万亿斤，国内生产总值增长8.1%。\n");
  for (const auto& r : rs) EXPECT_EQ(r.region, "全国") << r.text;
}

}  // namespace
}  // namespace zhibiao::test
