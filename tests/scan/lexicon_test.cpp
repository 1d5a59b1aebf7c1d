// Longest-match lookup in a word list, forwards and backwards, and copies that keep
// working once the list they came from is gone (the index points into its own map).
#include <gtest/gtest.h>

#include <memory>

#include "zhibiao/quantity/lexicon.hpp"

namespace zhibiao::test {
namespace {

Lexicon<int> units() {
  Lexicon<int> lex;
  lex.add(U"元", 1);
  lex.add(U"万元", 2);
  lex.add(U"亿元", 3);
  lex.add(U"万亿元", 4);
  lex.add(U"万", 5);
  return lex;
}

TEST(Lexicon, TheLongestWordAtAPositionWins) {
  auto lex = units();
  std::u32string s = U"达到3.2万亿元，";
  auto h = lex.longest_at(s, 5);
  ASSERT_TRUE(h);
  EXPECT_EQ(*h.entry, 4);
  EXPECT_EQ(h.length, 3u);
  EXPECT_EQ(*lex.longest_at(s, 6).entry, 3);
  EXPECT_FALSE(lex.longest_at(s, 0));
  EXPECT_FALSE(lex.longest_at(s, s.size()));
}

TEST(Lexicon, AWordLongerThanWhatIsLeftDoesNotMatch) {
  auto lex = units();
  std::u32string s = U"3.2万亿";
  auto h = lex.longest_at(s, 3);
  ASSERT_TRUE(h);
  EXPECT_EQ(*h.entry, 5);  // 万, not 万亿元 past the end
}

TEST(Lexicon, TheLongestWordEndingBeforeAPositionWins) {
  auto lex = units();
  std::u32string s = U"3.2万亿元增长";
  auto h = lex.longest_before(s, 6);
  ASSERT_TRUE(h);
  EXPECT_EQ(*h.entry, 4);
  EXPECT_FALSE(lex.longest_before(s, 0));
  EXPECT_FALSE(lex.longest_before(U"元", 0));
  EXPECT_EQ(*lex.longest_before(U"元", 1).entry, 1);
}

TEST(Lexicon, AddingAWordAgainReplacesItsValue) {
  auto lex = units();
  lex.add(U"亿元", 30);
  EXPECT_EQ(lex.size(), 5u);
  EXPECT_EQ(*lex.longest_at(U"亿元", 0).entry, 30);
}

TEST(Lexicon, ACopyOutlivesTheOriginal) {
  auto original = std::make_unique<Lexicon<int>>(units());
  Lexicon<int> copy = *original;
  Lexicon<int> assigned;
  assigned = *original;
  original.reset();
  EXPECT_EQ(*copy.longest_at(U"万亿元", 0).entry, 4);
  EXPECT_EQ(*assigned.longest_before(U"万元", 2).entry, 2);
  copy.add(U"千元", 6);
  EXPECT_EQ(*copy.longest_at(U"千元", 0).entry, 6);
  EXPECT_FALSE(assigned.longest_at(U"千元", 0));
}

}  // namespace
}  // namespace zhibiao::test
