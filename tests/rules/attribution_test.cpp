// The traps real documents show (../shared/DESIGN.md), each as the sentence that showed it.
#include <gtest/gtest.h>

#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

std::vector<Record> extract(const std::string& sentence) {
  auto ex = Extractor::builtin();
  return ex->extract_text("test", Text(from_utf8(sentence)));
}

std::vector<Record> with_text(const std::vector<Record>& rs, const std::string& text) {
  std::vector<Record> out;
  for (const auto& r : rs)
    if (r.text == text) out.push_back(r);
  return out;
}

TEST(Attribution, AFigureInsideAnIndicatorNameIsPartOfTheName) {
  auto rs = extract("500万元以上固定资产投资增长9.6％，总量位于全市第三。");
  EXPECT_TRUE(with_text(rs, "500万元").empty());
  auto g = with_text(rs, "9.6％");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].indicator, "固定资产投资");
  EXPECT_EQ(g[0].measure, "growth");
  auto rank = with_text(rs, "第三");
  ASSERT_EQ(rank.size(), 1u);
  EXPECT_EQ(rank[0].indicator, "固定资产投资");
  EXPECT_EQ(rank[0].of, "总量");
}

TEST(Attribution, ClausesInheritTheSubjectAndJunFansOut) {
  auto rs = extract("地区生产总值完成45.4亿元，增长8％，总量和增速均位于全市第三；规模以上工业增加值增速14.7％。");
  ASSERT_EQ(rs.size(), 5u);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(rs[i].indicator, "地区生产总值") << rs[i].text;
  EXPECT_EQ(rs[0].measure, "value");
  EXPECT_EQ(rs[0].value->str(), "4540000000");
  EXPECT_EQ(rs[1].measure, "growth");
  EXPECT_EQ(rs[2].of, "总量");
  EXPECT_EQ(rs[3].of, "增速");
  EXPECT_EQ(rs[2].scope, "全市");
  // The ；ends the topic: the next figure has its own indicator.
  EXPECT_EQ(rs[4].indicator, "规模以上工业增加值");
}

TEST(Attribution, RespectivelyPairsUrbanThenRural) {
  auto rs = extract("城乡居民人均可支配收入达到19839元和9363元，同比增长5.3％和7.7％。");
  ASSERT_EQ(rs.size(), 4u);
  EXPECT_EQ(rs[0].indicator, "城镇居民人均可支配收入");
  EXPECT_EQ(rs[1].indicator, "农村居民人均可支配收入");
  EXPECT_EQ(rs[2].indicator, "城镇居民人均可支配收入");
  EXPECT_EQ(rs[3].indicator, "农村居民人均可支配收入");
  EXPECT_EQ(rs[3].value->str(), "7.7");
}

TEST(Attribution, FenbieListsPairWithFiguresInOrderAndKeepTargets) {
  auto rs = extract("实现马铃薯、果蔬、肉类、鲜乳产量分别突破10万吨、25万吨、5.2万吨和11万吨以上，确保粮食产量达到2.28亿斤以上。");
  ASSERT_EQ(rs.size(), 5u);
  EXPECT_EQ(rs[0].mention, "马铃薯产量");
  EXPECT_EQ(rs[2].mention, "肉类产量");
  EXPECT_EQ(rs[3].value->str(), "110000");
  EXPECT_EQ(rs[3].qualifier, "at_least");
  EXPECT_EQ(rs[4].indicator, "粮食产量");
  EXPECT_EQ(rs[4].value->str(), "114000");
  EXPECT_EQ(rs[4].unit, "吨");
  EXPECT_EQ(rs[4].modality, "target");
}

TEST(Attribution, RankWithTotalScopeAndPeriod) {
  auto rs = extract("在第一季度专项考核通报中，我县在24个综合县域类县县里排名第12位，第二季度通报排名下跌至第16位。");
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].measure, "rank");
  EXPECT_EQ(rs[0].value->str(), "12");
  EXPECT_EQ(rs[0].of_total, 24);
  EXPECT_EQ(rs[0].period, "XXXX-Q1");  // a sentence alone does not say its year
  EXPECT_EQ(rs[1].value->str(), "16");
  EXPECT_EQ(rs[1].period, "XXXX-Q2");
}

TEST(Attribution, OrdinalsThatAreNotRanksGiveNoRecord) {
  for (const char* s : {"第一，深入学习宣传贯彻重要讲话精神。", "圆满承办第十届全省少数民族传统体育运动会。",
                        "会议是党的二十大后开展的第一次全党集中性学习教育。", "坚持把工业投资放在第一位。",
                        "推动第一中学教学楼等项目建设。", "成功举办全市第四届旅发大会。"}) {
    for (const auto& r : extract(s)) EXPECT_NE(r.measure, "rank") << s << " gave " << r.text;
  }
}

TEST(Attribution, Pm25IsANameAndItsMaskedGrowthKeepsTheIndicator) {
  auto rs = extract("PM2.5年度浓度同比改善*%，排名全市第二位。");
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].indicator, "PM2.5平均浓度");
  EXPECT_TRUE(rs[0].masked);
  EXPECT_FALSE(rs[0].value.has_value());
  EXPECT_EQ(rs[0].measure, "growth");
  EXPECT_EQ(rs[1].measure, "rank");
  EXPECT_EQ(rs[1].value->str(), "2");
  EXPECT_EQ(rs[1].indicator, "PM2.5平均浓度");
}

TEST(Attribution, MaskedFiguresKeepUnitAndIndicator) {
  auto rs = extract("农业增加值达×亿元，建成高标准农田**万亩。");
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].indicator, "农林牧渔业增加值");
  EXPECT_EQ(rs[0].unit, "元");
  EXPECT_EQ(rs[0].raw_unit, "亿元");
  EXPECT_TRUE(rs[1].masked);
  EXPECT_EQ(rs[1].unit, "亩");
}

TEST(Attribution, QualifiersAreKept) {
  auto rs = extract("占全市比重近四成，推动解决30余件，拉动消费近1.3亿元，城镇登记失业率控制在4.1％以内。");
  ASSERT_EQ(rs.size(), 4u);
  EXPECT_EQ(rs[0].qualifier, "approx");
  EXPECT_EQ(rs[0].value->str(), "40");
  EXPECT_EQ(rs[0].measure, "share");
  EXPECT_EQ(rs[1].qualifier, "at_least");
  EXPECT_EQ(rs[2].qualifier, "approx");
  EXPECT_EQ(rs[3].qualifier, "at_most");
  EXPECT_EQ(rs[3].indicator, "城镇登记失业率");
}

TEST(Attribution, ShareBelongsToTheSubjectNotToTheWhole) {
  auto rs = extract("全县民生支出81771万元，占财政总支出57.6％。");
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[1].indicator, "民生支出");
  EXPECT_EQ(rs[1].measure, "share");
}

TEST(Attribution, PlannedThenCompletedInvestment) {
  auto rs = extract("全年实施重大项目42个，总投资199.16亿元，年度计划投资57.05亿元，完成投资36.63亿元。");
  auto planned = with_text(rs, "57.05亿元");
  auto done = with_text(rs, "36.63亿元");
  ASSERT_EQ(planned.size(), 1u);
  ASSERT_EQ(done.size(), 1u);
  EXPECT_EQ(planned[0].modality, "target");
  EXPECT_EQ(done[0].modality, "actual");
  EXPECT_EQ(done[0].indicator, "重大项目投资");
  // 42个 is a count of projects, not an amount of investment.
  auto count = with_text(rs, "42个");
  ASSERT_EQ(count.size(), 1u);
  EXPECT_EQ(count[0].indicator, "");
  EXPECT_EQ(count[0].mention, "重大项目");
}

TEST(Attribution, UnknownSubjectsStillComeOutWithTheirMention) {
  auto rs = extract("新建村卫生室91所，城镇新增就业838人。");
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].indicator, "");
  EXPECT_EQ(rs[0].mention, "新建村卫生室");
  EXPECT_EQ(rs[1].indicator, "城镇新增就业");
}

TEST(Attribution, KnownOnlyDropsUnknownSubjects) {
  auto ex = Extractor::builtin();
  ex->options().known_only = true;
  auto rs = ex->extract_text("t", Text(from_utf8("新建村卫生室91所，城镇新增就业838人。")));
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].indicator, "城镇新增就业");
}

TEST(Attribution, OffsetsReferToTheOriginalText) {
  // Full-width digits: the record's span is in the original, not the normalized text.
  auto rs = extract("地区生产总值完成４５．４亿元，增长８％。");
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].start, 8u);
  EXPECT_EQ(rs[0].end, 14u);
  EXPECT_EQ(rs[0].text, "４５．４亿元");
  EXPECT_EQ(rs[0].raw_value, "４５．４");
  EXPECT_EQ(rs[0].value->str(), "4540000000");
}


TEST(Attribution, ADurationDoesNotBecomeTheSubject) {
  auto rs = extract("粮食总产量达到52.3万吨，连续5年稳定在50万吨以上。");
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[1].indicator, "粮食产量");
  EXPECT_EQ(rs[1].qualifier, "at_least");
}

TEST(Attribution, ALevelReachedIsAValueNotAGrowth) {
  auto rs = extract("制造业企业研发费用加计扣除比例提高到100%，森林覆盖率提高到45.6%。");
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].measure, "value");
  EXPECT_EQ(rs[1].indicator, "森林覆盖率");
  EXPECT_EQ(rs[1].measure, "value");
}

TEST(Attribution, JunInsideAWordIsNotAFanOut) {
  auto rs = extract("地级及以上城市细颗粒物平均浓度下降9.1%。");
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].indicator, "PM2.5平均浓度");
  EXPECT_EQ(rs[0].value->str(), "-9.1");
}


TEST(Attribution, ANewSubjectAfterAFigureIsNotTheEarlierName) {
  // 2026 Sichuan report: 实绩企业 is not 进出口总额.
  auto rs = extract("进出口总额达到10318亿元、实绩企业达到10329家，首次实现“双过万”。");
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].indicator, "进出口总额");
  EXPECT_EQ(rs[1].indicator, "");
  EXPECT_EQ(rs[1].mention, "实绩企业");
}


TEST(Attribution, ANameAfterTheFigureAndDe) {
  // Seed 000: 有常年保持在XX万头只以上的大小畜存栏量和XX亿斤以上的粮食产量.
  auto rs = extract("有常年保持在XX万头只以上的大小畜存栏量和XX亿斤以上的粮食产量。");
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[1].indicator, "粮食产量");
  EXPECT_TRUE(rs[1].masked);
  EXPECT_EQ(rs[1].qualifier, "at_least");
}

TEST(Attribution, TwoEqualChineseDigitsAreNotANumber) {
  // Seed 000: 全国唯一一处XX.
  for (const auto& r : extract("同时拥有全国唯一一处XX。")) EXPECT_NE(r.value ? r.value->str() : "", "11") << r.text;
}


TEST(Attribution, PeriodsHoldForTheParagraphAndPreferTheLongerName) {
  auto rs = extract("前三季度，全省实现地区生产总值4.2万亿元，同比增长5.1%，比一季度加快0.4个百分点。");
  ASSERT_EQ(rs.size(), 3u);
  for (const auto& r : rs) EXPECT_EQ(r.period, "XXXX-01/XXXX-09") << r.text;  // not 三季度, nor the base 一季度
  auto ex = Extractor::builtin();
  auto two = ex->extract_text("t", Text(from_utf8("云岭市2025年上半年经济运行情况\n上半年，全市经济稳中有进。地区生产总值增长6.1%。\n"
                                                  "全年目标是增长6%。")));
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].period, "2025-H1");  // carried from the sentence that opens with it
  EXPECT_EQ(two[1].period, "2025");     // 全年 names the whole year of the document
  EXPECT_EQ(two[1].status, "target");
}


TEST(Attribution, ANameInsideALongerNameIsNotThatIndicator) {
  // 2026 Zhejiang report: 海洋生产总值 is not 地区生产总值; 软件和信息技术服务业 is not 服务业
  // (each is an indicator of its own in the catalogue).
  auto rs = extract("海洋生产总值占GDP比重达到14%左右，软件和信息技术服务业增加值增长9.6%，全省生产总值增长5.5%。");
  ASSERT_EQ(rs.size(), 3u);
  EXPECT_EQ(rs[0].indicator, "海洋生产总值");
  EXPECT_EQ(rs[1].indicator, "软件和信息技术服务业增加值");
  EXPECT_EQ(rs[2].indicator, "地区生产总值");
}


TEST(Attribution, ACountThatNamesAMeetingIsNoFigure) {
  // Seed 003: 省委×届×次全会提出…, 市委×届×次会议上.
  EXPECT_TRUE(extract("省委×届×次全会提出实施两大战略行动，市委×届×次会议上提出了新要求。").empty());
  EXPECT_EQ(extract("召开县委常委会会议23次。").size(), 1u);
}

TEST(Attribution, ALevelOfAnotherDimensionIsNotTheIndicator) {
  // Held-out 农业农村局 summary: 高标准农田建设投资1.38亿元 is money, 高标准农田 is area.
  auto rs = extract("新建高标准农田2.6万亩，高标准农田建设投资1.38亿元。");
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].indicator, "高标准农田");
  EXPECT_EQ(rs[1].indicator, "");
}

}  // namespace
}  // namespace zhibiao
