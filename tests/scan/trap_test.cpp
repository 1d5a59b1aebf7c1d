// The traps of DESIGN.md, at scanner level: what each sentence's figures are.
// Attribution (which indicator a figure belongs to) is the extractor's part.
#include <gtest/gtest.h>

#include "scan_support.hpp"

namespace zhibiao::test {
namespace {

struct Expect {
  std::string text, kind, value, unit, qualifier;
};

void expect_figures(const char* sentence, const std::vector<Expect>& want) {
  auto all = scan_all(sentence);
  ASSERT_EQ(all.size(), want.size()) << sentence << ": " << listing(sentence);
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(all[i].text, want[i].text) << sentence;
    EXPECT_EQ(all[i].kind, want[i].kind) << want[i].text;
    EXPECT_EQ(all[i].value, want[i].value) << want[i].text;
    EXPECT_EQ(all[i].unit, want[i].unit) << want[i].text;
    EXPECT_EQ(all[i].qualifier, want[i].qualifier) << want[i].text;
  }
}

TEST(Traps, ThresholdInIndicatorNameIsASeparateFigure) {
  expect_figures("500万元以上固定资产投资增长9.6％", {{"500万元", "money", "5000000", "元", "at_least"},
                                                      {"9.6％", "percent", "9.6", "%", "exact"}});
}

TEST(Traps, GdpGrowthAndRank) {
  expect_figures("地区生产总值完成45.4亿元，增长8％，总量和增速均位于全市第三",
                 {{"45.4亿元", "money", "4540000000", "元", "exact"},
                  {"8％", "percent", "8", "%", "exact"},
                  {"第三", "ordinal", "3", "", "exact"}});
}

TEST(Traps, RespectivelyKeepsOrder) {
  expect_figures("城乡居民人均可支配收入达到19839元和9363元，同比增长5.3％和7.7％",
                 {{"19839元", "money", "19839", "元", "exact"},
                  {"9363元", "money", "9363", "元", "exact"},
                  {"5.3％", "percent", "5.3", "%", "exact"},
                  {"7.7％", "percent", "7.7", "%", "exact"}});
}

TEST(Traps, PairedListWithQualifiers) {
  expect_figures("马铃薯、果蔬、肉类、鲜乳产量分别突破10万吨、25万吨、5.2万吨和11万吨以上",
                 {{"10万吨", "quantity", "100000", "吨", "at_least"},
                  {"25万吨", "quantity", "250000", "吨", "exact"},
                  {"5.2万吨", "quantity", "52000", "吨", "exact"},
                  {"11万吨", "quantity", "110000", "吨", "at_least"}});
}

TEST(Traps, RankWithTotalAndPeriod) {
  expect_figures("在24个综合县域类县县里排名第12位，第二季度通报排名下跌至第16位",
                 {{"24个", "count", "24", "个", "exact"},
                  {"第12位", "ordinal", "12", "位", "exact"},
                  {"第二季度", "date", "2", "季度", "exact"},
                  {"第16位", "ordinal", "16", "位", "exact"}});
}

TEST(Traps, OrdinalsThatAreNotRanks) {
  EXPECT_TRUE(scan_all("第一，深入学习贯彻").empty()) << listing("第一，深入学习贯彻");
  for (const char* s : {"第十届", "第一次全体会议", "放在第一位", "第一中学", "全市第四届旅发大会"})
    for (const auto& f : scan_all(s)) EXPECT_NE(f.unit, "位") << s << ": " << listing(s);
}

TEST(Traps, Pm25MaskedGrowthRealRank) {
  expect_figures("PM2.5年度浓度同比改善*%，排名全市第二位",
                 {{"*%", "percent", "null", "%", "exact"}, {"第二位", "ordinal", "2", "位", "exact"}});
}

TEST(Traps, MaskedFiguresKeepUnits) {
  expect_figures("农业增加值达×亿元", {{"×亿元", "money", "null", "元", "exact"}});
  expect_figures("建成高标准农田**万亩", {{"**万亩", "quantity", "null", "亩", "exact"}});
  expect_figures("XX亿斤以上的粮食产量", {{"XX亿斤", "quantity", "null", "吨", "at_least"}});
}

TEST(Traps, Qualifiers) {
  expect_figures("占全市比重近四成", {{"四成", "percent", "40", "%", "approx"}});
  expect_figures("推动解决30余件", {{"30余件", "count", "30", "件", "at_least"}});
  expect_figures("拉动消费近1.3亿元", {{"1.3亿元", "money", "130000000", "元", "approx"}});
  expect_figures("控制在4.1％以内", {{"4.1％", "percent", "4.1", "%", "at_most"}});
}

}  // namespace
}  // namespace zhibiao::test
