// Status: actual, estimate, target or masked — from the sentence's words, the
// target list a paragraph opens and the plan section a heading starts.
#include <gtest/gtest.h>

#include "extract_support.hpp"

namespace zhibiao::test {
namespace {

TEST(Status, EveryFigureOfATargetListIsATarget) {
  // Ningxia 2026: the list runs on after the first sentence, and 实现 inside it is part of the plan.
  auto rs = extract(work_report(
      "三、2026年重点工作\n今年经济社会发展主要预期目标是：地区生产总值增长5%左右，力争取得更好结果。"
      "规模以上工业增加值增长6%左右，固定资产投资增长5%左右，实现居民收入增长和经济增长同步，"
      "城镇调查失业率控制在5.5%左右，居民消费价格涨幅2%左右。\n"));
  for (const char* t : {"5%", "6%", "5.5%", "2%"})
    for (const auto& r : at(rs, t)) EXPECT_EQ(r.status, "target") << t;
  EXPECT_EQ(at(rs, "5%", 1).at(0).indicator, "固定资产投资");
  EXPECT_EQ(at(rs, "5%", 1).at(0).status, "target");
}

TEST(Status, ATargetListInAReviewSectionIsStillTargets) {
  auto rs = extract("今年我区经济社会发展主要预期目标是：经济增长5%左右，城镇调查失业率5.5%左右，居民消费价格指数涨幅2%以内。");
  EXPECT_EQ(one(rs, "5.5%").status, "target");
  EXPECT_EQ(one(rs, "2%").status, "target");
}

// Without a target word: a period not over when the report was written can only be planned.
TEST(Status, AFigureOfAPeriodNotYetOverIsATarget) {
  auto rs = extract(work_report("“十五五”期间，地区生产总值年均增长5.5%以上，研发经费投入强度达到3%。\n"
                                "“十四五”期间，地区生产总值年均增长5.2%。\n"));
  EXPECT_EQ(one(rs, "5.5%").period, "2026/2030");
  EXPECT_EQ(one(rs, "5.5%").status, "target");
  EXPECT_EQ(one(rs, "3%").status, "target");
  EXPECT_EQ(one(rs, "5.2%").period, "2021/2025");
  EXPECT_EQ(one(rs, "5.2%").status, "actual");
}

TEST(Status, AnEstimateIsAnActualNotYetFinal) {
  auto rs = extract("青禾县2025年工作总结和2026年工作打算\n预计全年地区生产总值增长6%，一般公共预算收入完成9.8亿元。\n");
  auto gdp = one(rs, "6%");
  EXPECT_EQ(gdp.status, "estimate");
  EXPECT_EQ(gdp.modality, "actual");
  EXPECT_EQ(gdp.period, "2025");
}

TEST(Status, ACompletedTargetIsAnActual) {
  auto rs = extract("招商引资到位资金20.61亿元，完成年度目标任务的71.07％。");
  EXPECT_EQ(one(rs, "20.61亿元").status, "actual");
  EXPECT_EQ(one(rs, "71.07％").status, "actual");
}

TEST(Status, APlanSectionReportsAResultWhenItSaysSo) {
  auto rs = extract(work_report("三、2026年重点工作\n去年全省粮食产量达到760亿斤，今年粮食产量稳定在760亿斤以上。\n"));
  EXPECT_EQ(one(rs, "760亿斤", 0).status, "actual");
  EXPECT_EQ(one(rs, "760亿斤", 1).status, "target");
  EXPECT_EQ(one(rs, "760亿斤", 1).period, "2026");
}

TEST(Status, AHeadingWithoutAYearKeepsTheSectionItSitsIn) {
  auto rs = extract(work_report("三、2026年重点工作\n（一）扩大有效投资\n实施重大项目500个以上，完成投资3000亿元。\n"
                                "四、持续加强政府自身建设\n压减一般性支出5%以上。\n"));
  EXPECT_EQ(one(rs, "3000亿元").status, "target");
  EXPECT_EQ(one(rs, "5%").status, "target");
}

TEST(Status, APlanHeadingBehindMarkupAndAPastYearNamedInPassingKeepThePlan) {
  // The 2010 national report of ../shared/corpus: its lines open with <U+00A0> written out,
  // and 2009年到期的…政策 in the plan section made every later paragraph of it 2009's actuals
  // (保障性住房 200万套 in 2009 against 300万套 planned for 2010 read as a conflict).
  auto rs = extract(
      "2010年政府工作报告\n<U+00A0><U+00A0>一、２００９年工作回顾\n新建保障性住房２００万套。\n"
      "<U+00A0><U+00A0><U+00A0><U+00A0>二、２０１０年主要任务\n"
      "<U+00A0><U+00A0>积极扩大就业。２００９年到期的就业扶持政策延长一年。\n"
      "<U+00A0><U+00A0>建设保障性住房３００万套。\n");
  EXPECT_EQ(one(rs, "２００万套").status, "actual");
  EXPECT_EQ(one(rs, "２００万套").period, "2009");
  EXPECT_EQ(one(rs, "３００万套").status, "target");
  EXPECT_EQ(one(rs, "３００万套").period, "2010");
}

TEST(Status, AMaskedFigureSaysSo) {
  auto rs = extract("农业增加值达×亿元，力争建成高标准农田**万亩。");
  EXPECT_EQ(one(rs, "×亿元").status, "masked");
  EXPECT_EQ(one(rs, "**万亩").status, "masked");
  EXPECT_EQ(one(rs, "**万亩").modality, "target");  // modality keeps what the masked figure is
}

TEST(Status, ATitlesWordsNameNoSection) {
  // 石门镇2024年一季度重点工作推进情况: 重点工作 in a title is no plan section; its 一季度 is the period.
  auto rs = extract("石门镇2024年一季度重点工作推进情况\n\n一、项目建设\n一季度，全镇新签约招商引资项目4个，协议引资8.2亿元。\n"
                    "四、下步打算\n二季度力争完成投资3亿元以上，确保上半年重点项目完成投资占年度计划的50％以上。\n");
  EXPECT_EQ(one(rs, "8.2亿元").status, "actual");
  EXPECT_EQ(one(rs, "8.2亿元").period, "2024-Q1");
  EXPECT_EQ(one(rs, "3亿元").status, "target");
  EXPECT_EQ(one(rs, "50％").status, "target");  // 确保 plans the completion
}

TEST(Status, ADeadlineIsATarget) {
  auto rs = extract("在桐溪街道2025年上半年工作总结暨下半年工作推进会上的讲话\n今天召开这次会议。\n第三，全力以赴抓好下半年工作\n"
                    "9月底前完成剩余37户房屋征收，矛盾纠纷化解率保持在95%以上。\n");
  EXPECT_EQ(one(rs, "37户").status, "target");
  EXPECT_EQ(one(rs, "95%").status, "target");
  EXPECT_EQ(one(rs, "95%").period, "2025-09");
}

TEST(Status, AnEstimateReachesToTheEndOfItsTopic) {
  auto rs = extract("霁川市人民政府工作报告\n——2026年1月10日在霁川市人民代表大会上\n一、2025年工作回顾\n"
                    "外贸进出口总额预计356亿元，增长8.5%；城乡居民人均可支配收入分别为52180元和27460元。\n");
  EXPECT_EQ(one(rs, "356亿元").status, "estimate");
  EXPECT_EQ(one(rs, "8.5%").status, "estimate");
  EXPECT_EQ(one(rs, "52180元").status, "actual");
}

// Guangxi 2026, on the outline of the 15th plan: 提出 proposes the figure, it reports no result.
TEST(Status, AProposedGrowthIsATargetAndACountOfProposalsIsNot) {
  auto rs = extract(work_report(
      "经济发展方面，围绕增速、结构、效率提出5项指标，综合考虑各方面因素，兼顾需要与可能，"
      "提出地区生产总值年均增长5%左右，为确保与全国同步基本实现社会主义现代化打好基础。\n"
      "针对消费、生产、流通等重点领域提出18条具体举措。\n"));
  EXPECT_EQ(one(rs, "5%").indicator, "地区生产总值");
  EXPECT_EQ(one(rs, "5%").status, "target");
  EXPECT_EQ(one(rs, "5项").status, "actual");
  EXPECT_EQ(one(rs, "18条").status, "actual");
}

// Guangxi 2026: one heading reviews a span and plans the next; the review's 过去五年 still holds
// when the plan's figure comes, but a target cannot be for five years already over.
TEST(Status, ATargetUnderAReviewedSpanPlansTheNextSpan) {
  auto rs = extract(work_report(
      "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n过去五年，地区生产总值年均增长5.2%。\n"
      "我们编制了“十五五”规划纲要（草案）。经济发展方面，提出地区生产总值年均增长5%左右。\n"));
  EXPECT_EQ(one(rs, "5.2%").status, "actual");
  EXPECT_EQ(one(rs, "5.2%").period, "2021/2025");
  EXPECT_EQ(one(rs, "5%").status, "target");
  EXPECT_EQ(one(rs, "5%").period, "2026/2030");
}

// Jilin 2026: 目标 here is what the result is compared with.
TEST(Status, BetterThanATargetIsAResult) {
  auto rs = extract(work_report("国考断面好于Ⅲ类水体比例优于国家考核目标14.6个百分点，Ⅴ类及以下水体保持清零。\n"));
  EXPECT_EQ(one(rs, "14.6个百分点").status, "actual");
}

// Inner Mongolia 2026: “十四五” describes the bases; the figures are the plan year's.
TEST(Status, APastSpanNamedInPassingInAPlanSectionIsNotTheTargetsPeriod) {
  auto rs = extract(work_report(
      "三、2026年重点工作\n加快建设“十四五”批复的6个沙戈荒大基地及外送通道，确保新增新能源装机3000万千瓦。\n"));
  EXPECT_EQ(one(rs, "3000万千瓦").status, "target");
  EXPECT_EQ(one(rs, "3000万千瓦").period, "2026");
}

// Sichuan 2026, a note on a policy: 提振预期 raises expectations, it plans no figure.
TEST(Status, ExpectationsAreNoTarget) {
  auto rs = extract("2025年10月31日，省政府办公厅印发《若干政策措施》，针对消费、生产、流通、提振预期等重点领域提出18条具体举措。");
  EXPECT_EQ(one(rs, "18条").status, "actual");
}

// Hebei 2026: the scale of what is planned is measured now.
TEST(Status, ThePlannedScaleIsAResult) {
  auto rs = extract(work_report("五年来，可再生能源占电力装机比重由47.6%提升至73.4%，抽水蓄能规划建设总规模全国第一。\n"));
  EXPECT_EQ(one(rs, "第一").status, "actual");
}

// Ningxia 2026: the target's completion rate ranks first, a result.
TEST(Status, ACompletionRateOfATargetIsAResult) {
  auto rs = extract(work_report("建成体育场地3800多个，新建体育公园目标完成率全国第一。\n"));
  EXPECT_EQ(one(rs, "第一").status, "actual");
}

}  // namespace
}  // namespace zhibiao::test
