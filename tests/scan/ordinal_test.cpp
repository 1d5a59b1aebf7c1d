// Ordinals and ranks: integers, unit 位 for ranks; headings are not ranks.
#include <gtest/gtest.h>

#include "scan_support.hpp"

namespace zhibiao::test {
namespace {

TEST(Ordinals, ValuesAndRankUnit) {
  struct C {
    const char* sentence;
    const char* text;
    const char* value;
    const char* unit;
  };
  for (const C& c : {C{"位于全市第三", "第三", "3", ""}, C{"排名第12位", "第12位", "12", "位"},
                     C{"获得第十二名", "第十二名", "12", "位"}, C{"进入全国前三位", "前三位", "3", "位"},
                     C{"排在倒数第二位", "倒数第二位", "2", "位"}, C{"排名全省第１５位", "第１５位", "15", "位"}}) {
    auto f = find(c.sentence, c.text);
    ASSERT_TRUE(f) << c.sentence << ": " << listing(c.sentence);
    EXPECT_EQ(f->kind, "ordinal") << c.sentence;
    EXPECT_EQ(f->value, c.value) << c.sentence;
    EXPECT_EQ(f->unit, c.unit) << c.sentence;
  }
}

TEST(Ordinals, TopAndFromEndAreMarked) {
  auto top = find("进入全国前三位", "前三位");
  ASSERT_TRUE(top);
  EXPECT_TRUE(top->q.top);
  auto last = find("排在倒数第二", "倒数第二");
  ASSERT_TRUE(last) << listing("排在倒数第二");
  EXPECT_TRUE(last->q.from_end);
}

TEST(Ordinals, HeadingIsNotAnOrdinal) {
  EXPECT_TRUE(scan_all("第一，深入学习贯彻会议精神").empty()) << listing("第一，深入学习贯彻会议精神");
  EXPECT_TRUE(scan_all("开好局。\n第二、抓好落实").empty()) << listing("开好局。\n第二、抓好落实");
  // The same words inside a sentence are a rank.
  EXPECT_TRUE(find("增速全市第一，总量第二", "第一"));
}

TEST(Ordinals, QuarterIsADate) {
  auto f = find("第二季度通报排名下跌至第16位", "第二季度");
  ASSERT_TRUE(f) << listing("第二季度通报排名下跌至第16位");
  EXPECT_EQ(f->kind, "date");
  EXPECT_TRUE(find("第二季度通报排名下跌至第16位", "第16位"));
}

}  // namespace
}  // namespace zhibiao::test
