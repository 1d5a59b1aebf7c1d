// A document's region, year and kind come from its opening lines (rules/documents.yaml).
#include <gtest/gtest.h>

#include "zhibiao/attribution/document_info.hpp"
#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

DocumentInfo read(const std::string& opening) {
  auto ex = Extractor::builtin();
  return read_document_info(ex->rules(), Text(from_utf8(opening)));
}

TEST(DocumentInfo, AProvincialWorkReportReviewsTheYearBeforeItsTitleYear) {
  auto d = read("下载\n打印\n【字号：\n2026年河北省政府工作报告\n——2026年1月26日在河北省第十四届人民代表大会第四次会议上\n");
  EXPECT_EQ(d.region, "河北省");
  EXPECT_EQ(d.year, 2026);
  EXPECT_EQ(d.kind, "政府工作报告");
  EXPECT_EQ(d.review_year(), 2025);
  EXPECT_EQ(d.plan_year(), 2026);
}

TEST(DocumentInfo, AutonomousRegionsKeepTheirFullNames) {
  EXPECT_EQ(read("2026年广西壮族自治区政府工作报告\n").region, "广西壮族自治区");
  EXPECT_EQ(read("2026年内蒙古自治区政府工作报告\n").region, "内蒙古自治区");
  EXPECT_EQ(read("2026年新疆维吾尔自治区政府工作报告\n").region, "新疆维吾尔自治区");
}

TEST(DocumentInfo, TheAreaCanComeFromTheDateLine) {
  // Qinghai's report is titled 政府工作报告 alone.
  auto d = read("政府工作报告\n――2026年1月27日在青海省第十四届人民代表大会第四次会议上\n省长 罗东川\n");
  EXPECT_EQ(d.region, "青海省");
  EXPECT_EQ(d.year, 2026);
}

TEST(DocumentInfo, ANationalReportIsTheCountrys) {
  auto d = read("政府工作报告\n——2022年3月5日在第十三届全国人民代表大会第五次会议上\n国务院总理　李克强\n");
  EXPECT_EQ(d.region, "全国");
  EXPECT_EQ(d.year, 2022);
}

TEST(DocumentInfo, ACommuniqueReviewsItsTitleYear) {
  auto d = read("柘川县2024年国民经济和社会发展统计公报（摘要）\n\n柘川县统计局　2025年3月18日\n");
  EXPECT_EQ(d.region, "柘川县");
  EXPECT_EQ(d.year, 2024);  // the title's year, not the date line's
  EXPECT_EQ(d.kind, "统计公报");
  EXPECT_EQ(d.review_year(), 2024);
}

TEST(DocumentInfo, CountiesTownsAndStreetsAreRegionsToo) {
  EXPECT_EQ(read("岚溪县人民政府工作报告（节选）\n——2024年1月18日在岚溪县第十八届人民代表大会第四次会议上\n").region, "岚溪县");
  EXPECT_EQ(read("在桐溪街道2025年上半年工作总结暨下半年工作推进会上的讲话\n").region, "桐溪街道");
  EXPECT_EQ(read("石门镇2024年一季度重点工作推进情况\n").region, "石门镇");
}

TEST(DocumentInfo, WordsBeforeANameAreNotPartOfIt) {
  // A news brief: 记者从嵘江省政府新闻办… names 嵘江省, not 记者从嵘江省.
  EXPECT_EQ(read("嵘江前三季度GDP同比增长5.8%\n本报讯（记者 林晓岚）10月21日，记者从嵘江省政府新闻办新闻发布会上获悉\n").region,
            "嵘江省");
  // 按照县委…: 县 alone is no region.
  EXPECT_EQ(read("在专题学习研讨会上的发言\n按照县委理论学习中心组本次集中学习安排\n").region, "");
}

TEST(DocumentInfo, MetaOverridesWhatIsRead) {
  auto ex = Extractor::builtin();
  DocumentMeta meta;
  meta.region = "浙江";
  meta.year = 2025;
  meta.kind = "统计公报";
  auto d = with_meta(ex->rules(), read("2026年河北省政府工作报告\n"), meta);
  EXPECT_EQ(d.region, "浙江省");  // short names become the full name
  EXPECT_EQ(d.year, 2025);
  EXPECT_EQ(d.review_year(), 2025);
}

}  // namespace
// Held-out batch 6: 关于 opens the title, it is no part of the name.
TEST(DocumentInfo, APlanReportReviewsItsTitleYearAndPlansTheNext) {
  auto d = read("关于澄川省2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告\n"
                "——2026年1月20日在澄川省第十四届人民代表大会第五次会议上\n");
  EXPECT_EQ(d.region, "澄川省");
  EXPECT_EQ(d.kind, "计划报告");
  EXPECT_EQ(d.review_year(), 2025);
  EXPECT_EQ(d.plan_year(), 2026);
  EXPECT_EQ(d.written_year, 2026);
}

TEST(DocumentInfo, AFiveYearOutlinePlansFiveYears) {
  auto d = read("沅汀区国民经济和社会发展第十五个五年规划纲要（节选）\n\n（2026年1月15日沅汀区第三届人民代表大会第五次会议批准）\n");
  EXPECT_EQ(d.kind, "规划");
  EXPECT_EQ(d.year, 2026);
  EXPECT_EQ(d.plan_year(), 2026);
  EXPECT_EQ(d.plan_years, 5);
}

}  // namespace zhibiao
