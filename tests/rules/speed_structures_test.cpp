// The structures the speed work added keep the answers of the ones they replace:
// word lists by id with character filters, the root of the Aho-Corasick automaton
// found by rank, the words a leading group of alternatives gives a pattern, and one
// search for patterns written twice.
#include <gtest/gtest.h>

#include "zhibiao/rules/aho_corasick.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/rules/word_list.hpp"
#include "support/rule_files.hpp"

namespace zhibiao {
namespace {

TEST(WordList, LongestFirstAndFiltersByFirstAndLastCharacter) {
  WordList w({U"比", U"比上年", U"同比", U"较上年"});
  ASSERT_EQ(w.words().size(), 4u);
  EXPECT_EQ(w.words()[0], U"比上年");  // three characters, then the two-character ones in order
  EXPECT_EQ(w.words()[2], U"同比");
  EXPECT_TRUE(w.may_start(U'比'));
  EXPECT_TRUE(w.may_start(U'较'));
  EXPECT_TRUE(w.may_end(U'年'));
  EXPECT_TRUE(w.contains(U"同比"));
  EXPECT_FALSE(w.contains(U"同"));
  // 增 (U+589E) starts none and shares no filter bit with 比 (U+6BD4), 同, 较.
  EXPECT_FALSE(w.may_start(U'增'));
}

TEST(WordList, TheLongestWordAtOrEndingAtAPosition) {
  WordList seps({U"、", U"和", U"以及", U"∶"});
  std::u32string_view s = U"58794元以及23184元、1.8∶38.6";
  EXPECT_EQ(seps.length_at(s, 6), 2u);          // 以及
  EXPECT_EQ(seps.length_at(s, 5), 0u);          // 元
  EXPECT_EQ(seps.length_ending_at(s, 8), 2u);   // …以及|
  EXPECT_EQ(seps.length_ending_at(s, 8, 7), 0u);  // not further back than the floor
  EXPECT_EQ(seps.length_ending_at(s, 15), 1u);  // 、
  EXPECT_EQ(seps.length_at(s, s.size()), 0u);   // past the end
  EXPECT_EQ(seps.length_ending_at(s, 0), 0u);
}

TEST(WordList, TheRuleSetResolvesEveryNamedListOnce) {
  auto load = load_rules(builtin_rule_files());
  ASSERT_TRUE(load.ok()) << load.errors.front().describe();
  const RuleSet& rules = *load.rules;
  for (std::size_t i = 0; i < static_cast<std::size_t>(Words::count_); ++i) {
    auto id = static_cast<Words>(i);
    EXPECT_EQ(rules.words(id).words().size(), rules.list(std::string(name_of(id))).size()) << name_of(id);
    EXPECT_FALSE(rules.words(id).empty()) << name_of(id) << " is not a list of the built-in rules";
  }
  EXPECT_TRUE(rules.in_list(Words::up, U"增长"));
  EXPECT_FALSE(rules.in_list(Words::up, U"下降"));
}

TEST(AhoCorasick, RootEdgesByRankMatchTheWholeAlphabet) {
  // Many first characters, out of order, around and above the BMP.
  AhoCorasick ac;
  std::u32string words[] = {U"增长", U"比", U"总值", U"a1", U"Z", U"\U00020000X", U"丐", U"齐鲁"};
  for (std::size_t i = 0; i < std::size(words); ++i) ac.add(words[i], i);
  ac.build();
  for (std::size_t i = 0; i < std::size(words); ++i) {
    std::u32string text = U"前" + words[i] + U"后";
    auto all = ac.find_all(text, 0, text.size());
    ASSERT_EQ(all.size(), 1u) << i;
    EXPECT_EQ(all[0].word, i);
    EXPECT_EQ(all[0].begin, 1u);
  }
  std::u32string none = U"前后左右";
  EXPECT_TRUE(ac.find_all(none, 0, none.size()).empty());
}

TEST(PatternWords, ALeadingGroupOfPlainAlternativesGivesThePatternItsWords) {
  auto load = test::load_with_defaults(
      "patterns:\n"
      "  - {id: mine.group, measure: growth, match: '(?:甲乙|丙)增长{percent}', examples: [{text: 无关的句子。, expect: none}]}\n"
      "  - {id: mine.optional, measure: growth, match: '(?:甲乙|丙)?增长{percent}', examples: [{text: 无关的句子。, expect: none}]}\n"
      "  - {id: mine.lookahead, measure: growth, match: '(?!甲)增长{percent}', examples: [{text: 无关的句子。, expect: none}]}\n");
  ASSERT_TRUE(load.ok()) << load.errors.front().describe();
  const Pattern* group = test::find_pattern(*load.rules, "mine.group");
  ASSERT_TRUE(group);
  EXPECT_EQ(group->required, (std::vector<std::u32string>{U"甲乙", U"丙"}));
  // An optional group, or a lookahead, need not match: the run after it is what must occur.
  EXPECT_EQ(test::find_pattern(*load.rules, "mine.optional")->required, (std::vector<std::u32string>{U"增长"}));
  EXPECT_EQ(test::find_pattern(*load.rules, "mine.lookahead")->required, (std::vector<std::u32string>{U"增长"}));
}

TEST(PatternWords, PatternsWrittenTwiceShareOneSearch) {
  auto load = test::load_with_defaults(
      "patterns:\n"
      "  - {id: mine.a, measure: growth, priority: -5, match: '甲增长{percent}', examples: [{text: 无关的句子。, expect: none}]}\n"
      "  - {id: mine.b, measure: value, priority: -6, match: '甲增长{percent}', examples: [{text: 无关的句子。, expect: none}]}\n"
      "  - {id: mine.c, measure: growth, priority: -6, match: '乙增长{percent}', examples: [{text: 无关的句子。, expect: none}]}\n");
  ASSERT_TRUE(load.ok()) << load.errors.front().describe();
  const RuleSet& rules = *load.rules;
  EXPECT_EQ(test::find_pattern(rules, "mine.a")->regex_id, test::find_pattern(rules, "mine.b")->regex_id);
  EXPECT_NE(test::find_pattern(rules, "mine.a")->regex_id, test::find_pattern(rules, "mine.c")->regex_id);
  // by_priority: highest priority first, load order within one priority.
  ASSERT_EQ(rules.by_priority.size(), rules.patterns.size());
  for (std::size_t k = 1; k < rules.by_priority.size(); ++k) {
    const Pattern &a = rules.patterns[rules.by_priority[k - 1]], &b = rules.patterns[rules.by_priority[k]];
    EXPECT_TRUE(a.priority > b.priority || (a.priority == b.priority && a.order < b.order));
  }
}

}  // namespace
}  // namespace zhibiao
