// Periods: normalized, resolved against the document, carried by headings and
// by sentences that open with one (docs/record.md, "Periods").
#include <gtest/gtest.h>

#include "extract_support.hpp"

namespace zhibiao::test {
namespace {

TEST(Period, FiveYearAverageYearAndTargetComeOutApart) {
  // The shape every work report has (issue 7, class 1).
  auto rs = extract(work_report(
      "一、“十四五”时期经济社会发展回顾\n五年来，地区生产总值年均增长5.4%。\n"
      "2025年，地区生产总值增长5.0%。\n三、2026年主要工作\n今年主要预期目标是：地区生产总值增长5%左右。\n"));
  auto avg = one(rs, "5.4%");
  EXPECT_EQ(avg.period, "2021/2025");
  EXPECT_EQ(avg.period_kind, "multi-year");
  EXPECT_EQ(avg.basis, "年均");
  auto year = one(rs, "5.0%");
  EXPECT_EQ(year.period, "2025");
  EXPECT_EQ(year.period_kind, "year");
  EXPECT_EQ(year.status, "actual");
  auto target = one(rs, "5%");
  EXPECT_EQ(target.period, "2026");
  EXPECT_EQ(target.status, "target");
}

// Found by the fuzzer: each number here once reached a cast to int that is undefined.
TEST(Period, NumbersNoYearCanBeAreNoPeriod) {
  auto rs = extract(work_report("100000000000000000000000年，GDP增长5%。2020—100000000000000000000000年，GDP增长6%。"
                                "连续100000000000000000000000年保持增长，粮食产量8%。\n"));
  EXPECT_EQ(one(rs, "5%").period, "2025");
  EXPECT_EQ(one(rs, "6%").period, "2025");
  EXPECT_EQ(one(rs, "8%").period, "2025");
}

TEST(Period, ACumulativeFigureCoversTheSpan) {
  auto rs = extract(work_report("五年来，全省进出口总额累计增长31.2%，累计新增就业超600万人。\n"));
  EXPECT_EQ(one(rs, "31.2%").period, "2021/2025");
  EXPECT_EQ(one(rs, "31.2%").basis, "累计");
  EXPECT_EQ(one(rs, "600万人").period, "2021/2025");
}

TEST(Period, ALevelReachedInAFiveYearReviewIsTheEndYears) {
  auto rs = extract(work_report("“十四五”时期，社会消费品零售总额突破1.5万亿元，粮食产量稳定在760亿斤以上。\n"));
  EXPECT_EQ(one(rs, "1.5万亿元").period, "2025");    // a level reached
  EXPECT_EQ(one(rs, "760亿斤").period, "2021/2025");  // held every year of the span
}

TEST(Period, ALevelWrittenWithItsYearKeepsIt) {
  auto rs = extract(work_report("五年来，全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。\n"));
  EXPECT_EQ(one(rs, "3.68万亿元").period, "2020");
  EXPECT_EQ(one(rs, "4.93万亿元").period, "2025");
  EXPECT_EQ(one(rs, "4.93万亿元").status, "actual");  // 到2025年 is past in a 2026 report: no target
}

TEST(Period, APeriodThatOpensASentenceHoldsForTheParagraphsAfter) {
  // Zhejiang 2026: 五年来 opens a paragraph; the ——-led ones after it say no period.
  auto rs = extract(work_report("五年来，我们推动经济社会发展取得新成就。\n——发展质效不断提高，地区生产总值年均增长5.9%。\n"
                                "——一般公共预算收入从7248亿元提高到8865亿元。\n"));
  EXPECT_EQ(one(rs, "5.9%").period, "2021/2025");
  EXPECT_EQ(one(rs, "8865亿元").period, "2025");
}

TEST(Period, HeadingsCarryTheirPeriodToTheirSection) {
  auto rs = extract(work_report("一、2025年工作回顾\n全省地区生产总值增长5.6%。\n二、2026年工作安排\n"
                                "城镇新增就业86万人，城镇调查失业率控制在5.5%左右。\n"));
  EXPECT_EQ(one(rs, "5.6%").period, "2025");
  EXPECT_EQ(one(rs, "86万人").period, "2026");
  EXPECT_EQ(one(rs, "86万人").status, "target");  // a plan section is targets
  EXPECT_EQ(one(rs, "5.5%").status, "target");
}

TEST(Period, PartsOfTheYearResolveAgainstTheDocument) {
  auto rs = extract("青崖市2025年上半年经济运行情况通报\n上半年，地区生产总值增长6.1%，一季度增长5.9%。前三季度预计增长6%。\n"
                    "1-9月，固定资产投资增长4.2%。6月末，存款余额3520亿元。\n");
  EXPECT_EQ(one(rs, "6.1%").period, "2025-H1");
  EXPECT_EQ(one(rs, "5.9%").period, "2025-Q1");
  EXPECT_EQ(one(rs, "6%").period, "2025-01/2025-09");  // 前三季度, not the 三季度 inside it
  EXPECT_EQ(one(rs, "4.2%").period, "2025-01/2025-09");
  EXPECT_EQ(one(rs, "3520亿元").period, "2025-06");
  EXPECT_EQ(one(rs, "3520亿元").period_kind, "month");
}

TEST(Period, AComparisonBaseIsNotTheFiguresPeriod) {
  auto rs = extract("云岭市2025年前三季度经济运行情况\n前三季度，地区生产总值增长5.1%，比上半年加快0.4个百分点。\n");
  EXPECT_EQ(one(rs, "0.4个百分点").period, "2025-01/2025-09");
}

TEST(Period, ATargetYearAheadIsTheFiguresPeriod) {
  auto rs = extract(work_report("到2030年，全省地区生产总值达到6万亿元，“十五五”时期年均增长5%左右。\n"));
  EXPECT_EQ(one(rs, "6万亿元").period, "2030");
  EXPECT_EQ(one(rs, "6万亿元").status, "target");
  EXPECT_EQ(one(rs, "5%").period, "2026/2030");
}

TEST(Period, AYearTheDocumentNeverSaysIsWrittenXXXX) {
  auto rs = extract("上半年，全县地区生产总值增长6.1%，第二季度增长6.5%。");
  EXPECT_EQ(one(rs, "6.1%").period, "XXXX-H1");
  EXPECT_EQ(one(rs, "6.5%").period, "XXXX-Q2");
  EXPECT_EQ(one(rs, "6.5%").period_kind, "quarter");
}

TEST(Period, ADateLineSetsNoPeriod) {
  auto rs = extract("柘川县2024年国民经济和社会发展统计公报\n柘川县统计局　2025年3月18日\n一、综合\n"
                    "全年全县地区生产总值186.7亿元，比上年增长6.2%。\n");
  EXPECT_EQ(one(rs, "186.7亿元").period, "2024");
  EXPECT_EQ(one(rs, "6.2%").basis, "比上年");
}

TEST(Period, PeriodsListedBeforeRespectivelyGoToTheFiguresInTurn) {
  auto rs = extract("嶂南省2025年国民经济和社会发展统计公报\n分季度看，一季度、上半年、前三季度地区生产总值分别增长5.3%、5.5%和5.7%。\n");
  EXPECT_EQ(one(rs, "5.3%").period, "2025-Q1");
  EXPECT_EQ(one(rs, "5.5%").period, "2025-H1");
  EXPECT_EQ(one(rs, "5.7%").period, "2025-01/2025-09");
}

TEST(Period, AMonthThatOpensAParagraphHoldsForItAlone) {
  auto rs = extract("青崖市2025年上半年经济运行情况通报\n上半年，全市经济运行稳中有进。\n6月末，存款余额3520亿元。\n"
                    "全市居民人均可支配收入21683元，增长5.5%。\n");
  EXPECT_EQ(one(rs, "3520亿元").period, "2025-06");
  EXPECT_EQ(one(rs, "21683元").period, "2025-H1");
}

TEST(Period, AWholeYearNearerTheFigureWins) {
  auto rs = extract("青崖市2025年上半年经济运行情况通报\n下半年，全市将紧盯全年地区生产总值增长6.5%左右的预期目标。\n");
  EXPECT_EQ(one(rs, "6.5%").period, "2025");
  EXPECT_EQ(one(rs, "6.5%").status, "target");
}

// 2017 national report, reviewing 2016: 面向2030年 describes the projects, not the year of 6个.
TEST(Period, AHorizonDescribesItsClauseOnly) {
  auto rs = extract("2017年政府工作报告\n一、2016年工作回顾\n"
                    "部署启动面向2030年的科技创新重大项目，支持北京、上海建设具有全球影响力的科技创新中心，"
                    "新设6个国家自主创新示范区。\n");
  EXPECT_EQ(one(rs, "6个").period, "2016");
  EXPECT_EQ(one(rs, "6个").status, "actual");
}

}  // namespace
// Held-out batch 6 (a plan execution report): 1-11月 opens its paragraph only.
TEST(Period, ARunOfMonthsThatOpensAParagraphHoldsForItAlone) {
  auto rs = extract("关于沧川省2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
                    "一、2025年计划执行情况\n1-11月，网上零售额增长9.8%。\n"
                    "5.对外开放。实际完成进出口总额4862.7亿元，增长6.8%。\n");
  EXPECT_EQ(one(rs, "9.8%").period, "2025-01/2025-11");
  EXPECT_EQ(one(rs, "4862.7亿元").period, "2025");
}

// A subheading that names no year keeps its section's; 重点任务落实情况 reports, for all its 重点任务.
TEST(Period, ASubheadingWithoutAPeriodKeepsItsSectionsAndTheLaterWordDecides) {
  auto rs = extract("关于沧川省2025年国民经济和社会发展计划执行情况与2026年计划草案的报告\n"
                    "一、2025年计划执行情况\n（一）主要指标完成情况\n年度计划提出地区生产总值增长5.5%左右的预期目标。\n"
                    "（二）重点任务落实情况\n新改建农村公路5260公里。\n"
                    "二、2026年计划草案\n地区生产总值增长5%左右。\n");
  EXPECT_EQ(one(rs, "5.5%").period, "2025");
  EXPECT_EQ(one(rs, "5.5%").status, "target");
  EXPECT_EQ(one(rs, "5260公里").period, "2025");
  EXPECT_EQ(one(rs, "5260公里").status, "actual");
  EXPECT_EQ(one(rs, "5%").period, "2026");
  EXPECT_EQ(one(rs, "5%").status, "target");
}

// A five-year outline plans its span; 年均 after 到2030年 averages over it; 今后五年 names it.
TEST(Period, AFiveYearOutlinePlansItsSpan) {
  auto rs = extract("沅江区国民经济和社会发展第十五个五年规划纲要\n（2026年1月15日沅江区人民代表大会批准）\n"
                    "第二节　主要目标\n今后五年全区发展的主要目标是：\n"
                    "——地区生产总值年均增长5.5%左右，到2030年突破1550亿元；规模以上工业增加值年均增长7%以上。\n"
                    "——城镇调查失业率控制在5.5%以内，人均预期寿命达到83岁。\n");
  EXPECT_EQ(one(rs, "1550亿元").period, "2030");
  EXPECT_EQ(one(rs, "7%").period, "2026/2030");
  EXPECT_EQ(one(rs, "5.5%", 1).period, "2026/2030");  // held over the span
  EXPECT_EQ(one(rs, "83岁").period, "2030");         // a level reached: the span's end
  EXPECT_EQ(one(rs, "83岁").status, "target");
}

// A year written inside a sentence holds up to its ；.
TEST(Period, AYearInsideASentenceHoldsUpToItsSemicolon) {
  auto rs = extract("2026年政府工作报告\n一、“十四五”时期发展成就\n"
                    "PM2.5平均浓度累计下降18.6%，2025年降至27微克/立方米；空气质量优良天数比例稳定在85%以上。\n");
  EXPECT_EQ(one(rs, "27微克/立方米").period, "2025");
  EXPECT_EQ(one(rs, "85%").period, "2021/2025");
}

// A press conference on 2025 held in January 2026: 去年 is 2025, 今年 2026.
TEST(Period, TodayAndLastYearCountFromTheDateLine) {
  auto rs = extract("沣川市2025年经济运行情况新闻发布会\n（2026年1月23日）\n"
                    "答：去年全市地区生产总值增长5.9%。今年全市地区生产总值预期增长5.5%左右。\n");
  EXPECT_EQ(one(rs, "5.9%").period, "2025");
  EXPECT_EQ(one(rs, "5.5%").period, "2026");
}

// A review reporting how a past target came out: the target keeps its own span.
TEST(Period, ATargetReportedAsMetKeepsItsSpan) {
  auto rs = extract("沅江区国民经济和社会发展第十五个五年规划纲要\n（2026年1月15日沅江区人民代表大会批准）\n"
                    "第一节　“十四五”时期发展成就\n“十四五”时期，单位地区生产总值能耗累计下降15.2%，超额完成市下达的下降14%的目标任务。\n");
  EXPECT_EQ(one(rs, "15.2%").period, "2021/2025");
  EXPECT_EQ(one(rs, "14%").period, "2021/2025");
  EXPECT_EQ(one(rs, "14%").status, "target");
}

}  // namespace zhibiao::test
