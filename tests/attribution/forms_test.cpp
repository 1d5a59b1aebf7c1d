// Forms of the genre the reports write (issue 7, class 4): what is a figure and
// what only looks like one.
#include <gtest/gtest.h>

#include "extract_support.hpp"

namespace zhibiao::test {
namespace {

TEST(Forms, FirstPlaceIsRankOne) {
  auto rs = extract("粮食总产量连续16年位居全国首位，数字经济核心产业增加值增速位居九省市之首。");
  auto first = one(rs, "首位");
  EXPECT_EQ(first.measure, "rank");
  EXPECT_EQ(first.value->str(), "1");
  EXPECT_EQ(first.scope, "全国");
  EXPECT_EQ(one(rs, "首").measure, "rank");
  EXPECT_TRUE(at(rs, "16年").empty()) << "a streak is not a figure";
}

TEST(Forms, ARankKeepsItsNumberOfPeersWhenAnyIntegerHoldsIt) {
  EXPECT_EQ(one(extract("地区生产总值在24个省份中排名第3位。"), "第3位").of_total, 24);
  // Found by the fuzzer: 1e23 peers once reached a cast that is undefined.
  auto huge = one(extract("地区生产总值在100000000000000000000000个省份中排名第3位。"), "第3位");
  EXPECT_EQ(huge.measure, "rank");
  EXPECT_FALSE(huge.of_total);
}

TEST(Forms, FirstPlaceOfTwoIndicatorsFansOut) {
  auto rs = extract("油料、茶叶产量均居全国首位。");
  EXPECT_EQ(at(rs, "首位").size(), 2u);
}

TEST(Forms, MultiplesAreGrowthInPercent) {
  auto rs = extract("新能源汽车产量增长1倍，低空经济相关企业营业收入增长近6倍，跨境电商进出口额比2020年翻一番。");
  EXPECT_EQ(one(rs, "1倍").measure, "growth");
  EXPECT_EQ(one(rs, "1倍").value->str(), "100");
  EXPECT_EQ(one(rs, "6倍").value->str(), "600");
  EXPECT_EQ(one(rs, "6倍").qualifier, "approx");
  EXPECT_EQ(one(rs, "翻一番").measure, "growth");
  EXPECT_EQ(one(rs, "翻一番").value->str(), "100");
}

TEST(Forms, FlatIsAGrowthOfZero) {
  auto rs = extract("城镇调查失业率平均为5.2%，居民消费价格指数持平。经济运行保持平稳。");
  auto flat = one(rs, "持平");
  EXPECT_EQ(flat.indicator, "居民消费价格");
  EXPECT_EQ(flat.measure, "growth");
  EXPECT_EQ(flat.value->str(), "0");
  EXPECT_EQ(rs.size(), 2u) << "保持平稳 is no figure";
}

TEST(Forms, BareMagnitudesAfterAQualifier) {
  auto rs = extract("举办促消费活动超千场，建成村级服务站近百场，话题浏览量突破百亿次，培育经营主体上万家。");
  EXPECT_EQ(one(rs, "千场").value->str(), "1000");
  EXPECT_EQ(one(rs, "千场").qualifier, "at_least");
  EXPECT_EQ(one(rs, "百场").qualifier, "approx");
  EXPECT_EQ(one(rs, "百亿次").value->str(), "10000000000");
  EXPECT_EQ(one(rs, "万家").value->str(), "10000");
  EXPECT_TRUE(extract("千方百计稳就业，打造万亿级产业集群和千亿级产业集群。").empty());
}

TEST(Forms, AsidesAndFootnotesInsideAName) {
  auto rs = extract("全年规模以上工业（以下简称规上工业）增加值增长7.1%，全部工业增加值[3]达到21864.2亿元。");
  EXPECT_EQ(one(rs, "7.1%").indicator, "规模以上工业增加值");
  EXPECT_EQ(one(rs, "21864.2亿元").indicator, "工业增加值");
  EXPECT_TRUE(at(rs, "3").empty());
}

TEST(Forms, AnAsideBetweenTheNumberAndItsUnit) {
  auto rs = extract("一般公共预算收入4126.5（不含一次性收入）亿元，增长3.2%。");
  auto r = one(rs, "4126.5（不含一次性收入）亿元");
  EXPECT_EQ(r.indicator, "一般公共预算收入");
  EXPECT_EQ(r.value->str(), "412650000000");
}

TEST(Forms, PairsWrittenTogether) {
  // Xizang 2026: from A and B to C and D, urban then rural each time.
  auto rs = extract("城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元。");
  EXPECT_EQ(one(rs, "46503元").indicator, "城镇居民人均可支配收入");
  EXPECT_EQ(one(rs, "16935元").indicator, "农村居民人均可支配收入");
  EXPECT_EQ(one(rs, "58794元").indicator, "城镇居民人均可支配收入");
  EXPECT_EQ(one(rs, "23184元").indicator, "农村居民人均可支配收入");
}

TEST(Forms, UnitsOfTheGenre) {
  auto rs = extract("动力电池产量86.4GWh，新增炼油能力1000万吨/年，港口集装箱吞吐量1268.4万标准箱，国际邮轮靠港126航次，"
                    "人均预期寿命79.6岁。");
  EXPECT_EQ(one(rs, "86.4GWh").unit, "千瓦时");
  EXPECT_EQ(one(rs, "86.4GWh").value->str(), "86400000");
  EXPECT_EQ(one(rs, "1000万吨/年").unit, "吨/年");
  EXPECT_EQ(one(rs, "1268.4万标准箱").unit, "标准箱");
  EXPECT_EQ(one(rs, "126航次").unit, "航次");
  EXPECT_EQ(one(rs, "79.6岁").unit, "岁");
}

TEST(Forms, AbsoluteIncreasesAreChangesNotGrowth) {
  auto rs = extract("年末各项存款余额3520亿元，比年初增加210亿元；高新技术企业净增118家，排名较上年上升1位。");
  EXPECT_EQ(one(rs, "210亿元").measure, "change");
  EXPECT_EQ(one(rs, "210亿元").unit, "元");
  EXPECT_EQ(one(rs, "118家").measure, "change");
}

TEST(Forms, MilestonesNamesAndThresholdsAreNotFigures) {
  for (const char* s : {"经济总量跨越两个千亿元台阶。", "全省上下认真落实稳增长25条、惠企30条等政策措施。",
                        "实现“两个90%”目标。", "规模以上工业指年主营业务收入2000万元及以上的工业企业。",
                        "对单笔30万元以下的贷款给予贴息。", "推进二期工程建设，第六批项目开工。"})
    for (const auto& r : extract(s)) ADD_FAILURE() << s << " gave " << r.text;
}

// From the corpus (广西, 四川, 江西): 经济总量超500亿元 was a GDP of 500亿元 in the table.
TEST(Forms, ABoundBeforeWhatIsCountedDefinesAClass) {
  auto rs = extract("经济总量超500亿元的县域增至12个，年销售收入超10亿元的龙头企业达100家以上。");
  EXPECT_TRUE(at(rs, "500亿元").empty());
  EXPECT_TRUE(at(rs, "10亿元").empty());
  EXPECT_EQ(one(rs, "12个").measure, "value");
  EXPECT_EQ(one(rs, "100家").measure, "value");
  // Nothing counted after it: the bound is a level (a target here).
  auto target = one(extract("力争地区生产总值超500亿元的目标如期实现。"), "500亿元");
  EXPECT_EQ(target.indicator, "地区生产总值");
  // An indicator after 的 is what the level is of.
  EXPECT_EQ(one(extract("2.28亿斤以上的粮食产量。"), "2.28亿斤").indicator, "粮食产量");
}

TEST(Forms, OneLevelCrossedIsStillALevel) {
  auto rs = extract("地区生产总值迈上3300亿元台阶，跨过两个万亿元大关、超过6万亿元。");
  EXPECT_EQ(one(rs, "3300亿元").indicator, "地区生产总值");
  EXPECT_EQ(one(rs, "3300亿元").qualifier, "at_least");
  EXPECT_EQ(one(rs, "6万亿元").indicator, "地区生产总值");
  EXPECT_TRUE(at(rs, "万亿元").empty());
}

// A name left out after the first of a pair: 城镇居民人均…、消费支出 is 城镇居民人均消费支出,
// 粮食播种面积…、总产量 the grain's output (Zhejiang 2026).
TEST(Forms, ANameSharedWithTheNameBefore) {
  auto rs = extract("城镇居民人均可支配收入52180元、消费支出32000元；粮食播种面积1584.6万亩、总产量132.4亿斤。");
  EXPECT_EQ(one(rs, "32000元").indicator, "城镇居民人均消费支出");
  EXPECT_EQ(one(rs, "132.4亿斤").indicator, "粮食产量");
}

// Heilongjiang 2026: 二期 names a phase of a project; a small count of a money indicator is phrasing.
TEST(Forms, APhaseOfAProjectIsNoFigure) {
  auto rs = extract("开工建设粮食产能提升灌溉二期、牡敦高铁等重大项目，粮食产能提升灌溉二期工程获批。"
                    "其中工业投资增长11.6%，连续三十个月保持两位数增长。");
  EXPECT_TRUE(at(rs, "二期").empty());
  EXPECT_TRUE(at(rs, "两位").empty());
  EXPECT_EQ(one(rs, "11.6%").indicator, "工业投资");
}

// Xinjiang 2026: the rank of what five years added covers the five years.
TEST(Forms, ARankOfASpansFigureCoversTheSpan) {
  auto rs = extract("2026年新疆维吾尔自治区政府工作报告\n各位代表：\n一、“十四五”时期工作回顾\n"
                    "五年来，粮食增产169.8亿斤，增量占全国18.7%、居全国第一。地区生产总值突破2万亿元、居全国第23位。\n");
  EXPECT_EQ(one(rs, "169.8亿斤").indicator, "粮食产量");
  EXPECT_EQ(one(rs, "第一").period, "2021/2025");
  EXPECT_EQ(one(rs, "第23位").period, "2025");
}

}  // namespace
}  // namespace zhibiao::test
