// Things that look like figures but are names, markers, titles, dates or durations.
#include <gtest/gtest.h>

#include "scan_support.hpp"

namespace zhibiao::test {
namespace {

bool has_amount(const std::vector<Found>& all, const std::string& text) {
  for (const auto& f : all)
    if (f.text.find(text) != std::string::npos && f.kind != "date" && f.kind != "duration") return true;
  return false;
}

TEST(NonFigures, NamesWithDigits) {
  for (const char* s : {"PM2.5浓度下降", "PM10平均浓度", "建成5G基站", "G20峰会"}) {
    auto all = scan_all(s);
    EXPECT_TRUE(all.empty()) << s << ": " << listing(s);
  }
}

TEST(NonFigures, SectionMarkers) {
  for (const char* s : {"一是加快发展", "二是深化改革", "第一，深入学习", "统一思想"})
    EXPECT_TRUE(scan_all(s).empty()) << s << ": " << listing(s);
}

TEST(NonFigures, TitleNamesInQuotes) {
  EXPECT_FALSE(has_amount(scan_all("出台《稳经济二十五条措施》"), "二十五")) << listing("出台《稳经济二十五条措施》");
  EXPECT_FALSE(has_amount(scan_all("编制“十四五”规划"), "十四五"));
}

TEST(NonFigures, DatesHaveTheirOwnKind) {
  struct C {
    const char* sentence;
    const char* text;
    const char* kind;
    const char* unit;
  };
  for (const C& c : {C{"到2025年达到", "2025年", "date", "年"}, C{"9月份以来", "9月份", "date", "月"},
                     C{"截至10月底", "10月底", "date", "月"}, C{"二〇二三年", "二〇二三年", "date", "年"},
                     C{"提供24小时服务", "24小时", "duration", "小时"}, C{"为期5个月", "5个月", "duration", "月"},
                     C{"用3年时间", "3年", "duration", "年"}}) {
    auto f = find(c.sentence, c.text);
    ASSERT_TRUE(f) << c.sentence << ": " << listing(c.sentence);
    EXPECT_EQ(f->kind, c.kind) << c.sentence;
    EXPECT_EQ(f->unit, c.unit) << c.sentence;
  }
}


TEST(NonFigures, EllipsisIsNotADecimalPoint) {
  auto f = find("增加了……5万元", "5万元");
  ASSERT_TRUE(f) << listing("增加了……5万元");
  EXPECT_EQ(f->value, "50000");
  EXPECT_EQ(find(".5", ".5")->value, "0.5");
}


TEST(NonFigures, OneInASetPhraseWithAUnitIsNotAFigure) {
  // Seed 002: 跳出自己的一亩三分地.
  EXPECT_FALSE(find("跳出自己的一亩三分地", "一亩")) << listing("跳出自己的一亩三分地");
}

}  // namespace
}  // namespace zhibiao::test
