#include "zhibiao/rules/aho_corasick.hpp"

#include <gtest/gtest.h>

namespace zhibiao {
namespace {

TEST(AhoCorasick, FindsEveryOccurrenceIncludingOverlaps) {
  AhoCorasick ac;
  ac.add(U"生产总值", 0);
  ac.add(U"地区生产总值", 1);
  ac.add(U"总值", 2);
  ac.build();
  std::u32string text = U"全县地区生产总值完成";
  auto all = ac.find_all(text, 0, text.size());
  ASSERT_EQ(all.size(), 3u);
  // Every match ends at 值 (position 8).
  for (const auto& m : all) EXPECT_EQ(m.end, 8u);
}

TEST(AhoCorasick, LongestLeftmostDoesNotOverlap) {
  AhoCorasick ac;
  ac.add(U"生产总值", 0);
  ac.add(U"地区生产总值", 1);
  ac.add(U"规模以上工业增加值", 2);
  ac.add(U"工业增加值", 3);
  ac.build();
  std::u32string text = U"地区生产总值和规模以上工业增加值";
  auto m = ac.find_longest(text, 0, text.size());
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].word, 1u);
  EXPECT_EQ(m[1].word, 2u);
  EXPECT_EQ(m[1].begin, 7u);
}

TEST(AhoCorasick, RespectsTheSearchWindow) {
  AhoCorasick ac;
  ac.add(U"增长", 7);
  ac.build();
  std::u32string text = U"增长8%，增长9%";
  auto m = ac.find_all(text, 1, text.size());
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].begin, 5u);
}

}  // namespace
}  // namespace zhibiao
