// The sentences of the real 2026 reports (../shared/corpus) that gave false findings,
// through the real extractor and then the checks: none of them may give that finding
// again. Each case runs twice: on the records as the extractor gives them, and with the
// period, basis, status and region that docs/record.md says they carry, set by hand
// where the extractor does not yet give them.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/report/checks.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::report {
namespace {

const CheckRules& rules() {
  static const CheckRules r = [] {
    auto b = CheckRules::builtin();
    if (!b) throw std::runtime_error(b.error().describe());
    return *b;
  }();
  return r;
}

// The sentences as one document.
std::vector<Record> extract(const std::string& doc, const std::vector<std::string>& sentences) {
  static const auto ex = Extractor::builtin();
  std::string text;
  for (const auto& s : sentences) text += s;
  return ex->extract_text(doc, Text(from_utf8(text)));
}

struct Fields {
  std::string period, period_kind, basis, status, region;
};

// Sets the fields on every record whose text is `text` (none: the extractor no longer
// makes it a record, which is fine for a test of what must not be found).
void set(std::vector<Record>& rs, const std::string& text, const Fields& f) {
  for (auto& r : rs) {
    if (r.text != text) continue;
    if (!f.period.empty()) r.period = f.period, r.period_kind = f.period_kind;
    if (!f.basis.empty()) r.basis = f.basis;
    if (!f.status.empty()) r.status = f.status, r.modality = f.status == "target" ? "target" : "actual";
    if (!f.region.empty()) r.region = f.region;
  }
}

// Every record of the document in its region and, where nothing else is set (or the period is
// still written as 2025年 or 全年), in the year the report reviews.
void place(std::vector<Record>& rs, const std::string& region, const std::string& year = "2025") {
  for (auto& r : rs) {
    if (r.region.empty()) r.region = region;
    bool normalized = !r.period.empty() && r.period.find_first_not_of("0123456789-/HQ") == std::string::npos;
    if (!normalized) r.period = year, r.period_kind = year.find('/') == std::string::npos ? "year" : "multi-year";
  }
}

std::size_t count(const std::vector<Record>& rs, const std::string& kind) {
  auto fs = run_checks(rs, rules());
  return static_cast<std::size_t>(std::count_if(fs.begin(), fs.end(), [&](const Finding& f) { return f.kind == kind; }));
}

std::string listed(const std::vector<Record>& rs, const std::string& kind) {
  std::string out;
  for (const auto& f : run_checks(rs, rules()))
    if (f.kind == kind) out += describe(f, rs);
  return out;
}

#define EXPECT_NO_FINDING(records, kind) EXPECT_EQ(count(records, kind), 0u) << listed(records, kind)

TEST(CorpusChecks, AMilestoneIsNoLevelOfAChange) {
  // jilin: 千亿元 of 跨越3个千亿元台阶 read as a level; 19.8% over five years.
  auto rs = extract("jilin.txt", {"地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长19.8%。"});
  EXPECT_NO_FINDING(rs, "growth_levels");
  set(rs, "19.8%", {"2021/2025", "multi-year", "累计", "", ""});
  place(rs, "吉林省", "2021/2025");
  EXPECT_NO_FINDING(rs, "growth_levels");
  EXPECT_NO_FINDING(rs, "value_conflict");
}

TEST(CorpusChecks, AnIncreaseInYuanIsNoGrowthRate) {
  // guangxi: 增加超7400亿元 compared with GDP growth's range of −30 %–40 %.
  auto rs = extract("guangxi.txt", {"经济实力实现新跨越，地区生产总值年均增长4.8%，2025年总量比2020年增加超7400亿元，经济结构持续优化。"});
  EXPECT_NO_FINDING(rs, "implausible_magnitude");
  place(rs, "广西壮族自治区", "2021/2025");
  EXPECT_NO_FINDING(rs, "implausible_magnitude");
}

TEST(CorpusChecks, AGapBelowTheNationTakesItsSignFromTheComparison) {
  // neimenggu: 低于全国0.3个百分点 is −0.3; 增长 belongs to 4.7%.
  auto rs = extract("neimenggu.txt", {"主要经济指标增长保持在合理区间，地区生产总值增长4.7%、低于全国0.3个百分点，规上工业增加值增长6.7%、"
                                      "高于全国0.8个百分点，固定资产投资增长4%、高于全国7.8个百分点。"});
  EXPECT_NO_FINDING(rs, "growth_sign");
}

TEST(CorpusChecks, TwoRanksOfTwoIndicatorsAreNoRankChange) {
  // jiangxi: 森林覆盖率稳居全国第2 and 绿色发展指数…居中部地区首位 with 能耗累计下降16% between.
  auto rs = extract("jiangxi.txt", {"全面完成国家生态文明试验区重点改革任务，全省域推进生态产品价值实现；森林覆盖率稳居全国第2，"
                                    "国家森林城市、园林城市实现设区市全覆盖，单位GDP能耗累计下降16%左右，生态质量指数居全国前列，"
                                    "绿色发展指数连续9年居中部地区首位。"});
  EXPECT_NO_FINDING(rs, "rank_change");
}

TEST(CorpusChecks, FiveYearTotalsAndTheYearsFigureAreNotOneFigure) {
  // hebei: 452万人 over 2021–2025, 86万人 the 2026 target.
  auto hebei = extract("hebei.txt", {"城镇新增就业452万人。", "实施稳岗扩容提质行动，稳定高校毕业生、农民工等重点群体就业，城镇新增就业86万人。"});
  EXPECT_NO_FINDING(hebei, "value_conflict");
  set(hebei, "452万人", {"2021/2025", "multi-year", "", "actual", ""});
  set(hebei, "86万人", {"2026", "year", "", "target", ""});
  place(hebei, "河北省");
  EXPECT_NO_FINDING(hebei, "value_conflict");

  // jilin: 910万亩 in 2025, 2556万亩 over five years; 22.89万人 and 124.27万人 the same.
  auto jilin = extract("jilin.txt", {"建设高标准农田910万亩，补齐历史欠账，建成面积占永久基本农田比例达到66.25%，近3年提升21个百分点。",
                                     "城镇新增就业22.89万人，农村劳动力转移就业294.21万人。", "建设高标准农田2556万亩，相当于前十年总和。",
                                     "城镇新增就业124.27万人。"});
  EXPECT_NO_FINDING(jilin, "value_conflict");
  set(jilin, "2556万亩", {"2021/2025", "multi-year", "", "", ""});
  set(jilin, "124.27万人", {"2021/2025", "multi-year", "", "", ""});
  place(jilin, "吉林省");
  EXPECT_NO_FINDING(jilin, "value_conflict");

  // national 2017: 1100万人以上 is the target, 比去年多100万人 its increase.
  auto national = extract("national-2017.txt", {"今年发展的主要预期目标是：国内生产总值增长6.5%左右；城镇新增就业1100万人以上，城镇登记失业率4.5%以内。",
                                                "城镇新增就业预期目标比去年多100万人，突出了更加重视就业的导向。"});
  place(national, "全国", "2017");
  EXPECT_NO_FINDING(national, "value_conflict");

  // ningxia: 地区生产总值跨越5000亿元大关 is a milestone, not the year's 5696亿元.
  auto milestone = extract("ningxia.txt", {"全年实现地区生产总值5696亿元，增长5.3%，超过全国平均水平。", "地区生产总值跨越5000亿元大关，年均增长5.7%。"});
  place(milestone, "宁夏回族自治区");
  EXPECT_NO_FINDING(milestone, "value_conflict");

  // ningxia: 累计超过41万人 is a five-year total, and bounded.
  auto ningxia = extract("ningxia.txt", {"加强有组织、定向化、技能型劳务输出，新增城镇就业8.55万人、农村劳动力转移就业86万人。",
                                         "居民收入水平持续提升，城镇新增就业累计超过41万人。"});
  place(ningxia, "宁夏回族自治区");
  EXPECT_NO_FINDING(ningxia, "value_conflict");

  // tianjin: PM2.5 同比下降5% in 2025, 较2020年下降25% over five years.
  auto tianjin = extract("tianjin.txt", {"PM2.5年均浓度36.2微克/立方米、同比下降5%，优良天数比例达到77%、增加13天。",
                                         "新增城市绿道超200公里，PM2.5年均浓度较2020年下降25%，优良天数281天、比2020年增加36天。"});
  EXPECT_NO_FINDING(tianjin, "value_conflict");
  set(tianjin, "5%", {"2025", "year", "同比", "", ""});
  set(tianjin, "25%", {"2021/2025", "multi-year", "", "", ""});
  place(tianjin, "天津市");
  EXPECT_NO_FINDING(tianjin, "value_conflict");
}

TEST(CorpusChecks, AYearlyAverageIsNotTheYearsGrowth) {
  // neimenggu 年均增长12.8% vs 增长4%; xizang 7% vs 年均6.3%; zhejiang 5.5% vs 年均5.9%.
  for (const auto& [doc, sentences, average] : std::vector<std::tuple<std::string, std::vector<std::string>, std::string>>{
           {"neimenggu.txt", {"固定资产投资年均增长12.8%，累计完成重大项目投资3.8万亿元。", "固定资产投资增长4%、高于全国7.8个百分点。"}, "12.8%"},
           {"xizang.txt", {"地区生产总值增长7%，固定资产投资增长17.2%。", "经济规模、效益与活力显著增强，地区生产总值年均增长6.3%，五年跨越两个千亿元台阶。"}, "6.3%"},
           {"zhejiang.txt", {"全省生产总值增长5.5%，一般公共预算收入增长1.8%。", "全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶，年均增长5.9%，规模稳居全国第4位。"}, "5.9%"}}) {
    auto rs = extract(doc, sentences);
    EXPECT_NO_FINDING(rs, "value_conflict") << doc;
    set(rs, average, {"2021/2025", "multi-year", "年均", "", ""});
    place(rs, "某省");
    EXPECT_NO_FINDING(rs, "value_conflict") << doc;
    EXPECT_NO_FINDING(rs, "growth_levels") << doc;
  }
}

TEST(CorpusChecks, TargetsAndApproximateFiguresAreNotTheYearsActual) {
  // shanxi 67.4% vs the 2030 target 71%左右; xinjiang 486.5亿斤 vs 稳定在485亿斤左右;
  // jiangxi 5.7% vs 脱贫地区农村居民…年均增长8.8%左右; tianjin 263亿美元 over five years vs the 2026 task 40亿美元.
  auto shanxi = extract("shanxi.txt", {"常住人口城镇化率达到67.4%。", "统筹推进新型城镇化和乡村全面振兴，常住人口城镇化率达到71%左右，建设现代化人民城市。"});
  EXPECT_NO_FINDING(shanxi, "value_conflict");
  set(shanxi, "71%", {"2030", "year", "", "target", ""});
  place(shanxi, "山西省");
  EXPECT_NO_FINDING(shanxi, "value_conflict");

  auto xinjiang = extract("xinjiang.txt", {"实施大面积单产提升行动，粮食总产486.5亿斤，单产1105.6斤、居全国第一。",
                                           "推进大面积均衡增产，粮食产量稳定在485亿斤左右。"});
  place(xinjiang, "新疆维吾尔自治区");  // even left as the year's actual, 左右 is not compared
  EXPECT_NO_FINDING(xinjiang, "value_conflict");

  auto jiangxi = extract("jiangxi.txt", {"城镇新增就业、新增发放创业担保贷款分别完成年计划的118.2%、248.57%，城镇、农村居民人均可支配收入分别增长4.3%、5.7%。",
                                         "城乡居民人均可支配收入稳步增长，其中脱贫地区农村居民人均可支配收入年均增长8.8%左右。"});
  place(jiangxi, "江西省");
  EXPECT_NO_FINDING(jiangxi, "value_conflict");

  auto tianjin = extract("tianjin.txt", {"上市公司增至88家，实际使用外资263亿美元。", "服务好存量外资企业增资扩容，实际使用外资40亿美元。"});
  EXPECT_NO_FINDING(tianjin, "value_conflict");
  set(tianjin, "263亿美元", {"2021/2025", "multi-year", "累计", "", ""});
  set(tianjin, "40亿美元", {"2026", "year", "", "target", ""});
  place(tianjin, "天津市");
  EXPECT_NO_FINDING(tianjin, "value_conflict");
}

TEST(CorpusChecks, AThresholdAndAnotherRegionsShareAreNotTheProvincesFigures) {
  // sichuan: 连续两年过万亿元 is a threshold; 占全国比重6.5% is 成渝地区双城经济圈's,
  // 占全省比重61.3% 成都平原经济区's.
  auto rs = extract("sichuan.txt", {"进出口总额达到10318亿元、实绩企业达到10329家，首次实现“双过万”。",
                                    "高水平对外开放格局加速形成，进出口总额连续两年过万亿元。",
                                    "成渝地区双城经济圈建设走深走实，经济总量超9万亿元，占全国比重升至6.5%左右。",
                                    "成都平原经济区经济总量达到4万亿元、占全省比重达61.3%，川南经济区经济总量迈上万亿元台阶。",
                                    "纳入国家102项重大工程的285个计划新开工项目全部开工，810个省重点项目完成投资10428.6亿元。",
                                    "成渝地区双城经济圈国土空间规划获批实施，基础设施、现代产业、公共服务等领域320个共建重点项目完成投资5332亿元。"});
  place(rs, "四川省");
  set(rs, "6.5%", {"", "", "", "", "成渝地区双城经济圈"});
  set(rs, "9万亿元", {"", "", "", "", "成渝地区双城经济圈"});
  set(rs, "61.3%", {"", "", "", "", "成都平原经济区"});
  set(rs, "4万亿元", {"", "", "", "", "成都平原经济区"});
  EXPECT_NO_FINDING(rs, "value_conflict");
  // 320个共建重点项目 is another list than 810个省重点项目, even in the province's region.
  set(rs, "5332亿元", {"", "", "", "", "成渝地区双城经济圈"});
  EXPECT_NO_FINDING(rs, "value_conflict");
}

TEST(CorpusChecks, ASentencesRespectivelyListAndAChangesFirstLevelAreNotConflicts) {
  // xizang: 从2021年的46503元和16935元分别提高到58794元和23184元 (urban, then rural).
  auto xizang = extract("xizang.txt", {"城乡居民人均可支配收入从2021年的46503元和16935元分别提高到58794元和23184元，各族群众获得感成色更足。"});
  place(xizang, "西藏自治区", "2021");
  EXPECT_NO_FINDING(xizang, "value_conflict");
  // xinjiang: 由1.58亿人次增加到3.23亿人次 starts from 2020's level.
  auto xinjiang = extract("xinjiang.txt", {"推进以文塑旅、以旅促融，年接待游客由1.58亿人次增加到3.23亿人次。",
                                           "全年接待游客3.23亿人次、游客花费3700亿元，分别增长8%、8.4%。"});
  place(xinjiang, "新疆维吾尔自治区");
  EXPECT_NO_FINDING(xinjiang, "value_conflict");
}

TEST(CorpusChecks, TwoProvincesFiguresAreNeverCompared) {
  // 307 findings compared one province's GDP with another's.
  auto guangxi = extract("guangxi.txt", {"全区地区生产总值增长5.1%，规上工业增加值增长7.7%。"});
  auto hebei = extract("hebei.txt", {"全省地区生产总值增长5.6%，规上工业增加值增长7.9%。"});
  auto all = guangxi;
  all.insert(all.end(), hebei.begin(), hebei.end());
  EXPECT_NO_FINDING(all, "across_documents");
  place(guangxi, "广西壮族自治区");
  place(hebei, "河北省");
  all = guangxi;
  all.insert(all.end(), hebei.begin(), hebei.end());
  EXPECT_NO_FINDING(all, "across_documents");
  // Two editions of one province's report do compare.
  auto again = extract("guangxi-revised.txt", {"全区地区生产总值增长5.3%。"});
  place(again, "广西壮族自治区");
  all.insert(all.end(), again.begin(), again.end());
  EXPECT_EQ(count(all, "across_documents"), 1u) << listed(all, "across_documents");
}

TEST(CorpusChecks, AConflictWithTheSameFieldsIsStillFound) {
  // The checks are not silenced: the same year's GDP growth written twice, differently.
  auto rs = extract("a.txt", {"全省地区生产总值增长5.5%，一般公共预算收入增长1.8%。", "2025年，全省地区生产总值增长5.9%。"});
  place(rs, "浙江省");
  EXPECT_EQ(count(rs, "value_conflict"), 1u) << listed(rs, "value_conflict");
}

TEST(CorpusChecks, TheTrueFindingsDocsWorkbookMdShowsAreFound) {
  // docs/workbook.md's examples, through the real extractor (rank_change and growth_sign are
  // shown there on records of checks_test.cpp: the extractor reads their sentences right).
  for (const auto& [sentence, id] : std::vector<std::pair<std::string, std::string>>{
           {"受理信访事项64件，已办结61件、化解58件，化解率93.8％。", "rate_mismatch"},
           {"年度计划投资19.5亿元，已完成投资4.18亿元，完成年度计划投资的25.0％。", "completion_mismatch"},
           {"一般公共预算收入9.86亿元，其中税收收入6.92亿元，占一般公共预算收入的75.2%。", "share_mismatch"},
           {"高新技术产业增加值占规上工业比重120%。", "share_over_100"},
           {"地区生产总值由40.0亿元增加到45.4亿元，增长15％。", "growth_levels_mismatch"},
           {"在24个综合县域类县里排名第26位。", "rank_beyond_peers"},
           {"全县地区生产总值完成45.4万元。", "implausible_magnitude"},
           {"全县地区生产总值186.7亿元，第一产业增加值28.4亿元，第二产业增加值71.5亿元，第三产业增加值90.8亿元。",
            "relation_mismatch"}}) {
    auto rs = extract("example.txt", {sentence});
    place(rs, "岚溪县");
    auto fs = run_checks(rs, rules());
    const std::string& want = id;  // clang 14 cannot capture a structured binding
    EXPECT_TRUE(std::any_of(fs.begin(), fs.end(), [&](const Finding& f) { return f.id == want; })) << sentence;
  }
}

}  // namespace
}  // namespace zhibiao::report
