// Each check on records built here, with the arithmetic it writes out.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "record_builder.hpp"
#include "zhibiao/report/checks.hpp"

namespace zhibiao::report {
namespace {

using test::DocBuilder;

const CheckRules& rules() {
  static const CheckRules r = [] {
    auto b = CheckRules::builtin();
    if (!b) throw std::runtime_error(b.error().describe());
    return *b;
  }();
  return r;
}

// The period and region the extractor gives every figure of a document (docs/record.md).
void place(std::vector<Record>& records, const std::string& period, const std::string& region = "岚溪县") {
  for (auto& r : records) {
    if (r.period.empty()) r.period = period;
    if (r.region.empty()) r.region = region;
  }
}

std::vector<Finding> with_id(const std::vector<Finding>& all, const std::string& id) {
  std::vector<Finding> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out), [&](const Finding& f) { return f.id == id; });
  return out;
}

TEST(RateCheck, Seed002PartOverWholeAgreesWithinStatedPrecision) {
  DocBuilder d("seed002.txt");
  d.sentence("巡视移交的20批次97件信访事项，已办结97件、化解91件，化解率93.8％，全国信访工作示范县创建成果不断巩固。");
  d.add("20批次", "", "巡视移交", "value", "20", "批次");
  d.add("97件", "", "信访事项", "value", "97", "件");
  d.add("97件", "", "办结", "value", "97", "件", 1);
  d.add("91件", "", "化解", "value", "91", "件");
  d.add("93.8％", "", "化解率", "value", "93.8", "%");
  auto f = with_id(run_checks(d.records, rules()), "rate_verified");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "info");
  EXPECT_EQ(f[0].arithmetic, "91件 / 97件 = 93.81 %, stated 93.8％ (93.75–93.85)");
  EXPECT_EQ(f[0].records, (std::vector<std::size_t>{3, 1, 4}));
  EXPECT_TRUE(with_id(run_checks(d.records, rules()), "rate_mismatch").empty());
}

TEST(RateCheck, PartOverWholeOutsideStatedPrecisionIsAnError) {
  DocBuilder d("traps.txt");
  d.sentence("受理信访事项64件，已办结61件、化解58件，化解率93.8％。");
  d.add("64件", "", "受理信访事项", "value", "64", "件");
  d.add("61件", "", "办结", "value", "61", "件");
  d.add("58件", "", "化解", "value", "58", "件");
  d.add("93.8％", "", "化解率", "value", "93.8", "%");
  auto f = with_id(run_checks(d.records, rules()), "rate_mismatch");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "error");
  EXPECT_EQ(f[0].arithmetic, "58件 / 64件 = 90.63 %, stated 93.8％ (93.75–93.85)");
  EXPECT_NE(describe(f[0], d.records).find("traps.txt:"), std::string::npos);
}

TEST(RateCheck, AMentionThatMerelyHoldsTheVerbIsNoPart) {
  // Seed 002: 失业人员再就业119人 is not the part of 城镇登记失业率 (a survey rate, not 119 / 838).
  DocBuilder d("seed002.txt");
  d.sentence("城镇新增就业838人，失业人员再就业119人，城镇登记失业率控制在4.1％以内。");
  d.add("838人", "城镇新增就业", "城镇新增就业", "value", "838", "人");
  d.add("119人", "", "失业人员再就业", "value", "119", "人");
  d.add("4.1％", "城镇登记失业率", "城镇登记失业率", "value", "4.1", "%").qualifier = "at_most";
  EXPECT_TRUE(run_checks(d.records, rules()).empty());
  // The verb's object written before the figure still finds the part.
  DocBuilder e("traps.txt");
  e.sentence("受理信访事项64件，化解信访事项58件，信访事项化解率90.6％。");
  e.add("64件", "", "受理信访事项", "value", "64", "件");
  e.add("58件", "", "化解信访事项", "value", "58", "件");
  e.add("90.6％", "", "信访事项化解率", "value", "90.6", "%");
  auto f = with_id(run_checks(e.records, rules()), "rate_verified");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].arithmetic, "58件 / 64件 = 90.63 %, stated 90.6％ (90.55–90.65)");
}

TEST(CompletionCheck, NamedPlanIsTheWholeAndRoundingOfBothFiguresCounts) {
  DocBuilder d("briefing.txt");
  d.sentence("一季度，全镇纳入县级调度的重点项目共9个，计划总投资23.6亿元，年度计划投资19.5亿元，已完成投资4.18亿元，完成年度计划投资的21.4％。");
  d.add("9个", "", "重点项目", "value", "9", "个");
  d.add("23.6亿元", "", "重点项目计划总投资", "value", "2360000000", "元");
  d.add("19.5亿元", "重大项目投资", "年度计划投资", "value", "1950000000", "元").modality = "target";
  d.add("4.18亿元", "重大项目投资", "完成投资", "value", "418000000", "元");
  d.add("21.4％", "重大项目投资", "完成年度计划投资", "completion", "21.4", "%");
  auto f = with_id(run_checks(d.records, rules()), "completion_verified");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].arithmetic,
            "4.18亿元 / 19.5亿元 = 21.44 % (21.36–21.52 given their rounding), stated 21.4％ (21.35–21.45)");
  d.records.back().value = Decimal::parse("25.0");
  d.records.back().raw_value = "25.0";
  d.records.back().text = "25.0％";
  auto g = with_id(run_checks(d.records, rules()), "completion_mismatch");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].severity, "error");
}

TEST(CompletionCheck, UnstatedPlanIsImpliedAsInfo) {
  DocBuilder d("seed002.txt");
  d.sentence("开复工项目已到位区外资金20.61亿元，完成年度目标任务的71.07％，完成率全市第一。");
  d.add("20.61亿元", "招商引资到位资金", "到位区外资金", "value", "2061000000", "元");
  d.add("71.07％", "招商引资到位资金", "完成年度目标任务", "completion", "71.07", "%");
  auto f = with_id(run_checks(d.records, rules()), "completion_implies_plan");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "info");
  EXPECT_EQ(f[0].arithmetic, "20.61亿元 / 71.07％ = 29.00亿元 (28.99–29.01亿元)");
}

TEST(ShareCheck, StatedTotalFoundThroughItsName) {
  DocBuilder d("report.txt");
  d.sentence("一般公共预算收入完成9.86亿元，增长5.4%，其中税收收入6.92亿元，占一般公共预算收入的70.2%。");
  d.add("9.86亿元", "一般公共预算收入", "一般公共预算收入", "value", "986000000", "元");
  d.add("5.4%", "一般公共预算收入", "一般公共预算收入", "growth", "5.4", "%");
  d.add("6.92亿元", "税收收入", "税收收入", "value", "692000000", "元");
  d.add("70.2%", "税收收入", "税收收入", "share", "70.2", "%");
  place(d.records, "2025");
  auto all = run_checks(d.records, rules());
  auto f = with_id(all, "share_verified");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].arithmetic,
            "6.92亿元 / 9.86亿元 = 70.18 % (70.10–70.27 given their rounding), stated 70.2% (70.15–70.25)");
  // 6.92 ≤ 9.86 also satisfies the relation declared in checks.yaml.
  EXPECT_EQ(with_id(all, "relation_verified").size(), 1u);
}

TEST(ShareCheck, UnstatedTotalIsImpliedAsInfo) {
  DocBuilder d("seed002.txt");
  d.sentence("全县民生支出81771万元，占财政总支出57.6％。");
  d.add("81771万元", "民生支出", "民生支出", "value", "817710000", "元");
  d.add("57.6％", "民生支出", "民生支出", "share", "57.6", "%");
  auto f = with_id(run_checks(d.records, rules()), "share_implies_total");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].arithmetic, "81771万元 / 57.6％ = 14.20亿元 (14.18–14.21亿元)");
  EXPECT_NE(f[0].message.find("财政总支出"), std::string::npos);
}

// Sichuan 2026: the whole's name stops at 比重 and the verb; a whole that is only an area is that
// area's figure of the part's indicator, and it is written in the part's unit.
TEST(ShareCheck, TheImpliedWholeIsNamedPlainly) {
  DocBuilder d("sichuan.txt");
  d.sentence("经济总量超9万亿元，占全国比重升至6.5%左右。");
  d.add("9万亿元", "地区生产总值", "经济总量", "value", "9000000000000", "元");
  d.add("6.5%", "地区生产总值", "经济总量", "share", "6.5", "%");
  auto f = with_id(run_checks(d.records, rules()), "share_implies_total");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].message, "全国地区生产总值未写明，按9万亿元与6.5%推算约为138.46万亿元。");
}

TEST(ShareCheck, AShareWithoutItsWholeNamedGetsNoNote) {
  DocBuilder d("jiangxi.txt");
  d.sentence("引进亿元以上项目793个，其中12条重点产业链项目占比达84.4%。");
  d.add("793个", "", "亿元以上项目", "value", "793", "个");
  d.add("12条", "", "重点产业链项目", "value", "12", "条");
  d.add("84.4%", "", "重点产业链项目", "share", "84.4", "%");
  EXPECT_TRUE(with_id(run_checks(d.records, rules()), "share_implies_total").empty());
}

TEST(ShareCheck, ShareAbove100IsAnError) {
  DocBuilder d("a.txt");
  d.sentence("高新技术产业占比120%。");
  d.add("120%", "", "高新技术产业占比", "share", "120", "%");
  auto f = with_id(run_checks(d.records, rules()), "share_over_100");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].arithmetic, "120 % > 100 %");
}

TEST(GrowthLevelsCheck, GrowthBetweenTwoStatedLevels) {
  DocBuilder d("a.txt");
  // 40.0亿元, not 40亿元: a whole 亿 would allow 39.5–40.5 and any growth from 12 % to 15 %.
  d.sentence("地区生产总值由40.0亿元增加到45.4亿元，增长13.5％。");
  d.add("40.0亿元", "地区生产总值", "地区生产总值", "value", "4000000000", "元");
  d.add("45.4亿元", "地区生产总值", "地区生产总值", "value", "4540000000", "元");
  d.add("13.5％", "地区生产总值", "地区生产总值", "growth", "13.5", "%");
  auto ok = with_id(run_checks(d.records, rules()), "growth_levels_verified");
  ASSERT_EQ(ok.size(), 1u);
  EXPECT_EQ(ok[0].arithmetic,
            "(45.4亿元 − 40.0亿元) / 40.0亿元 = 13.50 % (13.23–13.77 given their rounding), stated 13.5％ (13.45–13.55)");
  d.records.back().value = Decimal::parse("15");
  d.records.back().raw_value = "15";
  d.records.back().text = "15％";
  auto bad = with_id(run_checks(d.records, rules()), "growth_levels_mismatch");
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].severity, "error");
}

TEST(ConflictCheck, SameIndicatorTwiceInADocumentWithValuesThePrecisionCannotReconcile) {
  DocBuilder d("a.txt");
  d.sentence("全县地区生产总值完成45.4亿元。");
  d.add("45.4亿元", "地区生产总值", "地区生产总值", "value", "4540000000", "元");
  d.sentence("地区生产总值45.38亿元，另一处写作45.6亿元，目标45.9亿元。");
  d.add("45.38亿元", "地区生产总值", "地区生产总值", "value", "4538000000", "元");  // within 45.35–45.45
  d.add("45.6亿元", "地区生产总值", "地区生产总值", "value", "4560000000", "元");
  d.add("45.9亿元", "地区生产总值", "地区生产总值", "value", "4590000000", "元").modality = "target";
  place(d.records, "2025");
  auto f = with_id(run_checks(d.records, rules()), "value_conflict");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].records, (std::vector<std::size_t>{0, 2}));
  EXPECT_EQ(f[0].arithmetic, "45.4亿元 (4540000000 元) ≠ 45.6亿元 (4560000000 元)");
}

TEST(ConflictCheck, PartsOfOneIndicatorAreNotTheSameFigure) {
  // Seed 002: 总投资199.16亿元 and 完成投资36.63亿元 of the same projects; the
  // products of a 分别 list (马铃薯产量 10万吨, 肉类产量 5.2万吨) under one indicator —
  // here in sentences of their own, so that only the part tells them apart.
  CheckRules all_indicators = rules();
  all_indicators.value_conflict_skip.clear();
  DocBuilder d("seed002.txt");
  d.sentence("全年实施重大项目42个，总投资199.16亿元。");
  d.add("199.16亿元", "重大项目投资", "总投资", "value", "19916000000", "元");
  d.sentence("完成投资36.63亿元。");
  d.add("36.63亿元", "重大项目投资", "完成投资", "value", "3663000000", "元");
  d.sentence("马铃薯产量突破10万吨。");
  d.add("10万吨", "主要农产品产量", "马铃薯产量", "value", "100000", "吨");
  d.sentence("肉类产量5.2万吨。");
  d.add("5.2万吨", "主要农产品产量", "肉类产量", "value", "52000", "吨");
  place(d.records, "2025");
  EXPECT_TRUE(with_id(run_checks(d.records, all_indicators), "value_conflict").empty());
  d.sentence("重大项目完成投资40.1亿元。");
  d.add("40.1亿元", "重大项目投资", "完成投资", "value", "4010000000", "元");
  place(d.records, "2025");
  auto f = with_id(run_checks(d.records, all_indicators), "value_conflict");
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].records, (std::vector<std::size_t>{1, 4}));
  EXPECT_NE(f[0].message.find("的数值先写作"), std::string::npos) << f[0].message;
  // The built-in rules leave 重大项目投资 out (value_conflict_skip): its lists differ.
  EXPECT_TRUE(with_id(run_checks(d.records, rules()), "value_conflict").empty());
}

TEST(ConflictCheck, ATextWrittenAgainGivesItsConflictOnce) {
  // The 2010 national report of ../shared/corpus holds its text six times: 保障性住房 200万套
  // (2009) against 300万套 (the plan for 2010, under a heading the reader does not see) was
  // six warnings, one a copy.
  CheckRules all_indicators = rules();
  all_indicators.value_conflict_skip.clear();
  DocBuilder d("national.txt");
  for (int copy = 0; copy < 3; ++copy) {
    d.sentence("新建、改扩建各类保障性住房200万套。");
    d.add("200万套", "保障性住房", "保障性住房", "value", "2000000", "套");
    d.sentence("建设保障性住房300万套。");
    d.add("300万套", "保障性住房", "保障性住房", "value", "3000000", "套");
  }
  d.sentence("另建设保障性住房310万套。");
  d.add("310万套", "保障性住房", "保障性住房", "value", "3100000", "套");
  place(d.records, "2009");
  auto f = with_id(run_checks(d.records, all_indicators), "value_conflict");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].records, (std::vector<std::size_t>{0, 1}));  // not again for records 3 and 5
  EXPECT_EQ(f[1].records, (std::vector<std::size_t>{0, 6}));
}

TEST(ConflictCheck, LevelsOfAChangeAndPointGapsAreNotConflicts) {
  // Held-out province report: 从2.86万亿元提高到3.74万亿元，年均增长5.9%.
  DocBuilder d("province.txt");
  d.sentence("地区生产总值从2.86万亿元提高到3.74万亿元，年均增长5.9%。");
  d.add("2.86万亿元", "地区生产总值", "地区生产总值", "value", "2860000000000", "元");
  d.add("3.74万亿元", "地区生产总值", "地区生产总值", "value", "3740000000000", "元");
  d.add("5.9%", "地区生产总值", "地区生产总值", "growth", "5.9", "%");
  d.sentence("增速高于全省1.2个百分点，比一季度加快0.4个百分点。");
  d.add("1.2个百分点", "地区生产总值", "增速", "growth", "1.2", "百分点");
  d.add("0.4个百分点", "地区生产总值", "增速", "growth", "0.4", "百分点");
  auto all = run_checks(d.records, rules());
  EXPECT_TRUE(with_id(all, "value_conflict").empty());
  // 年均 makes 5.9% a yearly average: the levels' total change (30.8 %) is not compared with it.
  EXPECT_TRUE(with_id(all, "growth_levels_mismatch").empty());
}

TEST(ConflictCheck, AcrossDocumentsOnlyTheSameRegionAndAKnownPeriod) {
  // Two editions of 岚溪县's report and one of another county's.
  DocBuilder a("a.txt"), b("b.txt"), other("other.txt");
  a.sentence("2023年地区生产总值186.7亿元，规模以上工业增加值增长9.2%。");
  a.add("186.7亿元", "地区生产总值", "地区生产总值", "value", "18670000000", "元").period = "2023";
  a.add("9.2%", "规模以上工业增加值", "规模以上工业增加值", "growth", "9.2", "%");
  b.sentence("2023年地区生产总值188.1亿元，规模以上工业增加值增长7.0%。");
  b.add("188.1亿元", "地区生产总值", "地区生产总值", "value", "18810000000", "元").period = "2023";
  b.add("7.0%", "规模以上工业增加值", "规模以上工业增加值", "growth", "7.0", "%");
  other.sentence("2023年地区生产总值95.2亿元。");
  other.add("95.2亿元", "地区生产总值", "地区生产总值", "value", "9520000000", "元").period = "2023";
  place(a.records, "");
  place(b.records, "");
  place(other.records, "2023", "云岭县");
  auto records = a.records;
  records.insert(records.end(), b.records.begin(), b.records.end());
  records.insert(records.end(), other.records.begin(), other.records.end());
  auto f = with_id(run_checks(records, rules()), "value_conflict_across_documents");
  // The growths have no period; 95.2亿元 is another county's.
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].severity, "warning");
  EXPECT_EQ(f[0].arithmetic, "186.7亿元 (a.txt) ≠ 188.1亿元 (b.txt)");
  // Without a region nothing is compared.
  for (auto& r : records) r.region.clear();
  EXPECT_TRUE(with_id(run_checks(records, rules()), "value_conflict_across_documents").empty());
}

TEST(RankCheck, RankBeyondItsPeers) {
  DocBuilder d("a.txt");
  d.sentence("在24个综合县域类县县里排名第26位，全省88个县中排名第12位。");
  d.add("第26位", "", "四项指标", "rank", "26", "位").of_total = 24;
  d.add("第12位", "", "县域经济", "rank", "12", "位").of_total = 88;
  auto all = run_checks(d.records, rules());
  auto bad = with_id(all, "rank_beyond_peers");
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].arithmetic, "rank 26 > 24 peers");
  EXPECT_EQ(bad[0].severity, "error");
  auto ok = with_id(all, "rank_within_peers");
  ASSERT_EQ(ok.size(), 1u);
  EXPECT_EQ(ok[0].arithmetic, "rank 12 ≤ 88 peers");
}

TEST(RankCheck, RankChangeAgainstTheVerbBetweenTheRanks) {
  DocBuilder d("seed002.txt");
  d.sentence("在24个综合县域类县县里排名第12位，第二季度通报排名下跌至第16位。");
  d.add("第12位", "", "四项指标", "rank", "12", "位");
  d.add("第16位", "", "四项指标", "rank", "16", "位");
  auto ok = with_id(run_checks(d.records, rules()), "rank_change_verified");
  ASSERT_EQ(ok.size(), 1u);
  EXPECT_EQ(ok[0].arithmetic, "第12位 → 第16位: lower (larger number), text says 下跌");

  DocBuilder e("b.txt");
  e.sentence("上半年排名第12位，第二季度通报排名上升至第16位。");
  e.add("第12位", "", "四项指标", "rank", "12", "位");
  e.add("第16位", "", "四项指标", "rank", "16", "位");
  auto bad = with_id(run_checks(e.records, rules()), "rank_change_contradicts_verb");
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].severity, "error");
  EXPECT_EQ(bad[0].arithmetic, "第12位 → 第16位: lower (larger number), text says 上升");
}

TEST(GrowthSignCheck, SignAgainstTheNearestVerb) {
  DocBuilder d("a.txt");
  d.sentence("工业投资同比增长-2.3％，安全生产事故同比下降50％，县本级文件同比精简30.4％，社零额分别增长15.3%和18.6%。");
  d.add("-2.3％", "", "工业投资", "growth", "-2.3", "%");
  d.add("50％", "", "安全生产事故", "growth", "-50", "%");
  d.add("30.4％", "", "县本级文件", "growth", "30.4", "%");  // 精简 with a positive value: flagged
  d.add("15.3%", "", "社零额", "growth", "15.3", "%");
  d.add("18.6%", "", "社零额", "growth", "18.6", "%");
  auto f = with_id(run_checks(d.records, rules()), "growth_sign_contradicts_verb");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].records, std::vector<std::size_t>{0});
  EXPECT_EQ(f[0].arithmetic, "“增长” -2.3％ stored as -2.3 %");
  EXPECT_EQ(f[1].records, std::vector<std::size_t>{2});
  EXPECT_EQ(f[1].arithmetic, "“精简” 30.4％ stored as 30.4 %");
}

TEST(PlausibleCheck, TenThousandYuanForACountyGdpIsASlip) {
  DocBuilder d("a.txt");
  d.sentence("全县地区生产总值完成45.4万元，增长80％。");
  d.add("45.4万元", "地区生产总值", "地区生产总值", "value", "454000", "元");
  d.add("80％", "地区生产总值", "地区生产总值", "growth", "80", "%");
  auto f = with_id(run_checks(d.records, rules()), "implausible_magnitude");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(f[0].arithmetic, "45.4万元 = 454000 元, plausible 100000000–300000000000000 元");
  EXPECT_EQ(f[1].arithmetic, "80％ = 80 %, plausible -30–40 %");
}

TEST(RelationCheck, ThreeSectorsSumToGdpWithinRounding) {
  DocBuilder d("county.txt");
  d.sentence("全年实现地区生产总值186.7亿元。");
  d.add("186.7亿元", "地区生产总值", "地区生产总值", "value", "18670000000", "元");
  d.sentence("第一产业增加值28.4亿元；第二产业增加值71.5亿元；第三产业增加值86.8亿元。");
  d.add("28.4亿元", "第一产业增加值", "第一产业增加值", "value", "2840000000", "元");
  d.add("71.5亿元", "第二产业增加值", "第二产业增加值", "value", "7150000000", "元");
  d.add("86.8亿元", "第三产业增加值", "第三产业增加值", "value", "8680000000", "元");
  place(d.records, "2023");
  auto ok = with_id(run_checks(d.records, rules()), "relation_verified");
  ASSERT_EQ(ok.size(), 1u);
  EXPECT_EQ(ok[0].arithmetic,
            "28.4亿元 + 71.5亿元 + 86.8亿元 = 186.7亿元 (186.55–186.85 given their rounding), stated 186.7亿元 "
            "(186.65–186.75)");
  d.records[3].value = Decimal::parse("9080000000");
  d.records[3].text = "90.8亿元";
  d.records[3].raw_value = "90.8";
  auto bad = with_id(run_checks(d.records, rules()), "relation_mismatch");
  ASSERT_EQ(bad.size(), 1u);
  EXPECT_EQ(bad[0].severity, "warning");
  EXPECT_EQ(bad[0].records, (std::vector<std::size_t>{1, 2, 3, 0}));
}

TEST(RunChecks, VerifiedResultsCanBeLeftOutAndErrorsComeFirst) {
  DocBuilder d("traps.txt");
  d.sentence("受理信访事项64件，已办结61件、化解58件，化解率93.8％，排名第3位。");
  d.add("64件", "", "受理信访事项", "value", "64", "件");
  d.add("58件", "", "化解", "value", "58", "件");
  d.add("93.8％", "", "化解率", "value", "93.8", "%");
  d.add("第3位", "", "化解率", "rank", "3", "位").of_total = 12;
  auto all = run_checks(d.records, rules());
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].severity, "error");
  EXPECT_EQ(all[1].id, "rank_within_peers");
  CheckRules quiet = rules();
  quiet.report_verified = false;
  auto errors = run_checks(d.records, quiet);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].id, "rate_mismatch");
}

TEST(RunChecks, MaskedFiguresAreNeverCompared) {
  DocBuilder d("a.txt");
  d.sentence("PM2.5年度浓度同比改善*%，排名全市第二位，占比**%。");
  d.add("*%", "PM2.5平均浓度", "PM2.5年度浓度", "growth", "", "%").masked = true;
  d.add("**%", "", "占比", "share", "", "%").masked = true;
  EXPECT_TRUE(run_checks(d.records, rules()).empty());
}

TEST(RunChecks, KindsAreChosenByNameAndAnUnknownNameListsTheKnownOnes) {
  DocBuilder d("traps.txt");
  d.sentence("受理信访事项64件，已办结61件、化解58件，化解率93.8％，排名第3位。");
  d.add("64件", "", "受理信访事项", "value", "64", "件");
  d.add("58件", "", "化解", "value", "58", "件");
  d.add("93.8％", "", "化解率", "value", "93.8", "%");
  d.add("第3位", "", "化解率", "rank", "3", "位").of_total = 12;
  auto only = CheckSelection::parse({"rank_peers"}, {});
  ASSERT_TRUE(only);
  auto f = run_checks(d.records, rules(), *only);
  ASSERT_EQ(f.size(), 1u);
  EXPECT_EQ(f[0].kind, "rank_peers");
  auto skip = CheckSelection::parse({}, {"rank_peers, relation"});
  ASSERT_TRUE(skip);
  auto g = run_checks(d.records, rules(), *skip);
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].kind, "rate");
  auto bad = CheckSelection::parse({"rate,ranks"}, {});
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("'ranks'"), std::string::npos);
  EXPECT_NE(bad.error().message.find("rank_peers, rank_change"), std::string::npos) << bad.error().message;
  for (const auto& k : check_kinds())
    for (const auto& id : k.ids) EXPECT_EQ(kind_of(id), k.name);
}

TEST(ConflictCheck, OnlyKnownPeriodsAndExactFiguresOfOneRegionStatusAndBasis) {
  auto pair = [](const std::string& p1, const std::string& p2) {
    DocBuilder d("a.txt");
    d.sentence("地区生产总值增长5.5%。");
    d.add("5.5%", "地区生产总值", "地区生产总值", "growth", "5.5", "%").period = p1;
    d.sentence("地区生产总值增长5.9%。");
    d.add("5.9%", "地区生产总值", "地区生产总值", "growth", "5.9", "%").period = p2;
    place(d.records, "");
    return d.records;
  };
  EXPECT_EQ(with_id(run_checks(pair("2025", "2025"), rules()), "value_conflict").size(), 1u);
  EXPECT_EQ(with_id(run_checks(pair("2025-H1", "2025-H1"), rules()), "value_conflict").size(), 1u);
  EXPECT_EQ(with_id(run_checks(pair("2021/2025", "2021/2025"), rules()), "value_conflict").size(), 1u);
  for (auto [a, b] : std::vector<std::pair<std::string, std::string>>{
           {"", ""}, {"全年", "全年"}, {"今年", "今年"}, {"2025年", "2025年"}, {"2025", "2021/2025"}, {"2025", "2026"}})
    EXPECT_TRUE(with_id(run_checks(pair(a, b), rules()), "value_conflict").empty()) << a << " " << b;
  for (auto change : std::vector<std::function<void(Record&)>>{
           [](Record& r) { r.region = "全国"; }, [](Record& r) { r.status = "target"; },
           [](Record& r) { r.modality = "target"; }, [](Record& r) { r.basis = "年均"; },
           [](Record& r) { r.qualifier = "approx"; }, [](Record& r) { r.qualifier = "at_least"; }}) {
    auto rs = pair("2025", "2025");
    change(rs[1]);
    EXPECT_TRUE(with_id(run_checks(rs, rules()), "value_conflict").empty());
  }
}

TEST(RunChecks, ASentenceWrittenTwiceInARowIsTwoSentences) {
  // A document that repeats a sentence (pasted twice): the old grouping by equal text made one
  // sentence of both and paired 40.0亿元 with the next copy's 40.0亿元 — 1,999 false errors
  // on 2,000 copies.
  DocBuilder d("twice.txt");
  for (int k = 0; k < 3; ++k) {
    d.sentence("地区生产总值由40.0亿元增加到45.4亿元，增长13.5％。");
    d.add("40.0亿元", "地区生产总值", "地区生产总值", "value", "4000000000", "元");
    d.add("45.4亿元", "地区生产总值", "地区生产总值", "value", "4540000000", "元");
    d.add("13.5％", "地区生产总值", "地区生产总值", "growth", "13.5", "%");
  }
  auto all = run_checks(d.records, rules());
  EXPECT_EQ(with_id(all, "growth_levels_verified").size(), 3u);
  EXPECT_TRUE(with_id(all, "growth_levels_mismatch").empty());
}

TEST(RunChecks, ThresholdsNeverEnterACheck) {
  // 跨越3个千亿元台阶: 千亿元 is a milestone; 突破万亿元大关 and 5000亿元级 too.
  DocBuilder d("jilin.txt");
  d.sentence("地区生产总值由千亿元增加到1.5万亿元，增长19.8%，突破2万亿元大关，迈上5000亿元级。");
  d.add("千亿元", "地区生产总值", "地区生产总值", "value", "100000000000", "元").raw_value = "千亿";
  d.add("1.5万亿元", "地区生产总值", "地区生产总值", "value", "1500000000000", "元");
  d.add("19.8%", "地区生产总值", "地区生产总值", "growth", "19.8", "%");
  d.add("2万亿元", "地区生产总值", "地区生产总值", "value", "2000000000000", "元");
  d.add("5000亿元", "地区生产总值", "地区生产总值", "value", "500000000000", "元");
  place(d.records, "2025");
  EXPECT_TRUE(with_id(run_checks(d.records, rules()), "growth_levels_mismatch").empty());
  // The same sentence with a figure in place of the milestone is checked.
  DocBuilder e("jilin.txt");
  e.sentence("地区生产总值由1.20万亿元增加到1.50万亿元，增长19.8%。");
  e.add("1.20万亿元", "地区生产总值", "地区生产总值", "value", "1200000000000", "元");
  e.add("1.50万亿元", "地区生产总值", "地区生产总值", "value", "1500000000000", "元");
  e.add("19.8%", "地区生产总值", "地区生产总值", "growth", "19.8", "%");
  EXPECT_EQ(with_id(run_checks(e.records, rules()), "growth_levels_mismatch").size(), 1u);
  // 大关 and 级 make a figure a milestone: a share of 2万亿元 or 5000亿元 finds no part.
  auto f = run_checks(d.records, rules());
  for (const auto& x : f)
    for (std::size_t i : x.records) EXPECT_TRUE(i == 2) << x.id << " names " << d.records[i].text;
}

}  // namespace
}  // namespace zhibiao::report
