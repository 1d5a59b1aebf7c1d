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

// Sichuan 2026: a city's figure in the province's report, under the city's full name.
TEST(Region, ACityNamedBeforeTheIndicatorIsTheCitysByItsFullName) {
  auto rs = extract(work_report("泸州经济总量突破3000亿元，凉山州地区生产总值增长6%，河北地区生产总值增长5.4%。\n"));
  EXPECT_EQ(one(rs, "3000亿元").region, "泸州市");
  EXPECT_EQ(one(rs, "6%").region, "凉山彝族自治州");
  EXPECT_EQ(one(rs, "5.4%").region, "河北省");  // the document's own province, written short
}

// A place the lists do not name: two characters and 市 or 县; not 城市, not 全县.
TEST(Region, AnUnlistedCityOrCountyIsTheFiguresRegion) {
  auto rs = extract(work_report("雁岭市地区生产总值增长6.1%，推动汶石市规模以上工业增加值增长8%以上。"
                                "中心城市地区生产总值增长5%，全县粮食产量40万吨。\n"));
  EXPECT_EQ(one(rs, "6.1%").region, "雁岭市");
  EXPECT_EQ(one(rs, "8%").region, "汶石市");
  EXPECT_EQ(one(rs, "5%").region, "河北省");
  EXPECT_EQ(one(rs, "40万吨").region, "河北省");
}

// A city's own report names itself: its own region, not another one.
TEST(Region, ACitysOwnNameIsTheDocumentsRegion) {
  auto rs = extract("2026年泸州市政府工作报告\n——2026年1月20日在泸州市第十届人民代表大会第六次会议上\n各位代表：\n"
                    "泸州经济总量突破3000亿元，泸州市地区生产总值增长6.2%。\n");
  EXPECT_EQ(one(rs, "3000亿元").region, "泸州市");
  EXPECT_EQ(one(rs, "6.2%").region, "泸州市");
}

// Sichuan 2026: places listed before one name each have the figure, or 分别 the figures in turn.
TEST(Region, PlacesListedBeforeANameEachHaveItsFigure) {
  auto rs = extract(work_report("内江、眉山、自贡、遂宁经济总量突破2000亿元。汶石市、临澜市经济总量分别突破3000亿元和1000亿元。"
                                "城镇、农村居民人均可支配收入分别增长5%和6%。\n"));
  auto each = at(rs, "2000亿元");
  ASSERT_EQ(each.size(), 4u);
  std::vector<std::string> regions;
  for (const auto& r : each) regions.push_back(r.region);
  EXPECT_EQ(regions, (std::vector<std::string>{"内江市", "眉山市", "自贡市", "遂宁市"}));
  for (const auto& r : each) EXPECT_EQ(r.indicator, "地区生产总值");
  EXPECT_EQ(one(rs, "3000亿元").region, "汶石市");
  EXPECT_EQ(one(rs, "1000亿元").region, "临澜市");
  EXPECT_EQ(one(rs, "6%").indicator, "农村居民人均可支配收入");
  EXPECT_EQ(one(rs, "6%").region, "河北省");
}

}  // namespace
// Held-out batch 6: after the country's figure, 我市 takes the gap back (居全省第1位 does not).
TEST(Region, TheDocumentSpeakingOfItselfTakesAnInheritedFigureBack) {
  auto rs = extract("沣川市2025年经济运行情况新闻发布会\n"
                    "全国居民人均可支配收入增长5.0%，我市比全国高0.3个百分点。\n"
                    "瑶平县地区生产总值增长7.3%，增速居全市第1位。\n");
  EXPECT_EQ(one(rs, "5.0%").region, "全国");
  EXPECT_EQ(one(rs, "0.3个百分点").region, "沣川市");
  EXPECT_EQ(one(rs, "第1位").region, "瑶平县");
}

}  // namespace zhibiao::test
