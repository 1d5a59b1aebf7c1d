// Hostile rules never break zhibiao: a malformed pattern never reaches Boost,
// a quote yaml-cpp would let swallow the file is caught, and nesting, size and
// encoding have limits with plain messages (issue 10 §3).
#include <gtest/gtest.h>

#include "pattern_syntax.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

const std::vector<std::string> kGroups = {"scope", "of", "of_total", "period", "plan"};

RuleLoad load_one(const std::string& yaml) { return load_rules({{"mine.yaml", yaml, "mine.yaml"}}); }

std::string all(const RuleLoad& load) {
  std::string out;
  for (const auto& e : load.errors) out += e.describe() + "\n";
  return out;
}

std::string pattern_file(const std::string& match) {
  return "patterns:\n  - id: p\n    measure: value\n    match: '" + match + "'\n    examples: [{text: 10亿元, expect: none}]\n";
}

TEST(HostileRules, TheUnterminatedSetThatBoostReadsPastIsRefusedBeforeBoost) {
  auto load = load_one(pattern_file("{amount}[ - "));
  ASSERT_FALSE(load.ok());
  const Error& e = load.errors.front();
  EXPECT_NE(e.message.find("'[' opens a set of characters that is never closed"), std::string::npos) << e.message;
  EXPECT_EQ(e.line, 4u);
  EXPECT_EQ(e.column, 21u);  // the '[' as written in the file
  ASSERT_EQ(load.rules->patterns.size(), 1u);
  EXPECT_TRUE(load.rules->patterns[0].regex.empty());  // never compiled
}

struct Case {
  const char* pattern;
  std::size_t offset;   // where the problem is, in code points of the pattern
  const char* message;  // part of the message
};

TEST(HostileRules, EveryMalformedPatternIsRefusedWithItsPosition) {
  const Case cases[] = {
      {"(增长{percent}", 0, "'(' is never closed"},
      {"增长{percent})", 11, "a ')' without its '('"},
      {"增长{percent}\\", 11, "escapes nothing"},
      {"{percent}{2,1}", 9, "runs backwards"},
      {"{percent}{,5}", 9, "write {0,5}"},
      {"*{percent}", 0, "has nothing before it to repeat"},
      {"{percent}**", 10, "repeats a repetition"},
      {"(?<foo>增长){percent}", 0, "fills no field"},
      {"(增长)\\1{percent}", 4, "back-references"},
      {"[z-a]{percent}", 1, "runs backwards"},
      {"[{up}]{percent}", 1, "stands inside [...]"},
      {"(?#note){percent}", 0, "comments (?#…) are not supported"},
      {"\\x{E005}{count}", 0, "reserved for zhibiao's figure placeholders"},
      {"\\q{percent}", 0, "'\\q' is not an escape"},
      {"[[:alfa:]]{percent}", 1, "is not a class"},
      {"{percent}{99999}", 9, "above 1000"},
      {"(?<=增{gap}){percent}", 5, "no fixed length"},
      {"{percent}{up", 9, "without a closing '}'"},
      {"增长}{percent}", 2, "a '}' without its '{'"},
      {"(?x){percent}", 0, "starts no group"},
  };
  for (const auto& c : cases) {
    auto syntax = check_pattern_syntax(from_utf8(c.pattern), kGroups);
    ASSERT_FALSE(syntax.ok()) << c.pattern;
    bool found = false;
    for (const auto& p : syntax.problems)
      if (!p.warning && p.message.find(c.message) != std::string::npos) {
        found = true;
        EXPECT_EQ(p.offset, c.offset) << c.pattern << ": " << p.message;
      }
    EXPECT_TRUE(found) << c.pattern << ": " << (syntax.problems.empty() ? "no problem" : syntax.problems[0].message);
  }
}

TEST(HostileRules, EveryBuiltInPatternAndTheUsualFormsPass) {
  auto load = load_rules(builtin_rule_files());
  for (const auto& p : load.rules->patterns) {
    auto syntax = check_pattern_syntax(from_utf8(p.source), kGroups);
    EXPECT_TRUE(syntax.ok() && syntax.problems.empty()) << p.id << ": " << p.source;
  }
  for (const char* ok : {"[]x]{percent}", "[^，。]{0,3}{percent}", "\\p{Han}{percent}", "(?i:gdp){percent}", "[[:digit:]]{percent}",
                         "\\[{percent}\\]", "(?:和|、)*?{percent}", "{percent}{2}", "(?<of>{span}){points}", "\\x{4E00}{percent}"}) {
    auto syntax = check_pattern_syntax(from_utf8(ok), kGroups);
    EXPECT_TRUE(syntax.ok()) << ok << ": " << (syntax.problems.empty() ? "" : syntax.problems[0].message);
  }
}

TEST(HostileRules, NestedRepetitionsWarnAndLoad) {
  for (const char* nested : {"(a+)+{percent}", "(.*)*{percent}", "(?:[^，]{0,3})*{percent}", "(?:{gap}增长)+{percent}"}) {
    auto syntax = check_pattern_syntax(from_utf8(nested), kGroups);
    EXPECT_TRUE(syntax.ok()) << nested;
    ASSERT_EQ(syntax.problems.size(), 1u) << nested;
    EXPECT_TRUE(syntax.problems[0].warning);
    EXPECT_NE(syntax.problems[0].message.find("nested repetition"), std::string::npos);
    EXPECT_EQ(syntax.problems[0].offset, 0u);  // the outer group
  }
  for (const char* fine : {"(?:ab)+{percent}", "(a|b)*{percent}", "(?:{percent}(?:和|、)){2,3}", "(a+)?{percent}"})
    EXPECT_TRUE(check_pattern_syntax(from_utf8(fine), kGroups).problems.empty()) << fine;
  auto load = load_one(pattern_file("(?:[^，]{0,3})*{amount}"));
  EXPECT_TRUE(load.ok()) << all(load);
  ASSERT_EQ(load.warnings.size(), 1u);
  EXPECT_EQ(load.warnings[0].line, 4u);
}

TEST(HostileRules, ANestingOfTenThousandGroupsIsOneMessage) {
  std::string deep(10000, '(');
  auto syntax = check_pattern_syntax(from_utf8(deep + "{percent}"), kGroups);
  ASSERT_FALSE(syntax.ok());
  EXPECT_EQ(syntax.problems.size(), 1u);
  EXPECT_NE(syntax.problems[0].message.find("nested more than 50 deep"), std::string::npos);
}

TEST(HostileRules, AnUnclosedQuoteRunningToTheEndOfTheFileIsCaught) {
  // yaml-cpp reads this without a word: the pattern swallows the rest of the file.
  auto load = load_one(
      "patterns:\n"
      "  - id: a\n"
      "    measure: value\n"
      "    match: \"{amount}\n"
      "    examples: [{text: 10亿元, expect: none}]\n");
  ASSERT_FALSE(load.ok());
  const Error& e = load.errors.front();
  EXPECT_NE(e.message.find("never closed"), std::string::npos) << e.message;
  EXPECT_EQ(e.line, 4u);
  EXPECT_EQ(e.column, 12u);
  EXPECT_EQ(load.errors.size(), 1u) << all(load);  // no cascade of errors from the swallowed text
}

TEST(HostileRules, AQuoteThatRunsOverLinesHoldingKeysIsCaught) {
  auto load = load_one(
      "patterns:\n"
      "  - id: a\n"
      "    measure: value\n"
      "    match: '{amount}\n"
      "    examples: [{text: 10亿元, expect: none}]\n"
      "  - id: b\n"
      "    match: '{amount}'\n");
  ASSERT_FALSE(load.ok());
  const Error& e = load.errors.front();
  EXPECT_NE(e.message.find("not closed on its line: it runs on to line 5"), std::string::npos) << e.message;
  EXPECT_EQ(e.line, 4u);
  // Prose may run over lines: a quoted note that does is fine.
  auto prose = load_one("lists:\n  note_words: [\"一段\n    很长的话\"]\n");
  EXPECT_TRUE(prose.ok()) << all(prose);
}

TEST(HostileRules, TenThousandNestedLevelsGiveAPlainMessage) {
  std::string flow = "lists:\n  a: " + std::string(10000, '[') + std::string(10000, ']') + "\n";
  std::string dashes = "lists:\n  a:\n    ";
  for (int i = 0; i < 10000; ++i) dashes += "- ";
  dashes += "x\n";
  std::string block = "lists:\n";
  for (int i = 0; i < 600; ++i) block += std::string(static_cast<std::size_t>(i) + 2, ' ') + "b" + std::to_string(i) + ":\n";
  for (const auto& yaml : {flow, dashes, block}) {
    auto load = load_one(yaml);
    ASSERT_FALSE(load.ok());
    ASSERT_EQ(load.errors.size(), 1u) << all(load);
    EXPECT_NE(load.errors[0].message.find("nests more than 32 levels deep"), std::string::npos) << load.errors[0].message;
    EXPECT_EQ(load.errors[0].message.find("bad file"), std::string::npos);
    EXPECT_GT(load.errors[0].line, 0u);
  }
}

TEST(HostileRules, AnchorsAndAliasesAreRefused) {
  auto load = load_one("lists:\n  a: &a [x, x, x]\n  b: [*a, *a]\n");
  ASSERT_FALSE(load.ok());
  EXPECT_NE(load.errors[0].message.find("anchors and aliases"), std::string::npos);
  EXPECT_EQ(load.errors[0].line, 2u);
}

TEST(HostileRules, TabsBracketsAndEncodingsAreNamed) {
  auto tab = load_one("lists:\n\tup2: [a, b]\n");
  ASSERT_FALSE(tab.ok());
  EXPECT_NE(tab.errors[0].message.find("a tab in the indentation"), std::string::npos);
  auto open = load_one("lists:\n  up2: [a, b\nindicators: []\n");
  ASSERT_FALSE(open.ok());
  EXPECT_NE(open.errors[0].message.find("the '[' opened here is not closed with ']' before line 3"), std::string::npos)
      << open.errors[0].message;
  EXPECT_EQ(open.errors[0].column, 8u);
  auto wrong = load_one("lists:\n  up2: [a, b}\n");
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.errors[0].message.find("'}' closes the '['"), std::string::npos);
  auto gbk = load_one("lists:\n  up: [\xd4\xf6\xb3\xa4]\n");  // 增长 in GBK
  ASSERT_FALSE(gbk.ok());
  EXPECT_NE(gbk.errors[0].message.find("not UTF-8"), std::string::npos);
  EXPECT_EQ(gbk.errors[0].line, 2u);
}

TEST(HostileRules, AFileLargerThanTheLimitIsNamedBySize) {
  std::string big = "# " + std::string(5u << 20, 'x') + "\n";
  auto load = load_one(big);
  ASSERT_FALSE(load.ok());
  EXPECT_NE(load.errors[0].message.find("a rule file may be at most 4 MB"), std::string::npos) << load.errors[0].message;
}

TEST(HostileRules, ErrorsOnAHugeLineShowAWindowOfIt) {
  std::string yaml = "lists:\n  up: [" + std::string(100000, 'a') + ", 快递量，快递总量]\n";
  auto load = load_one(yaml);
  ASSERT_FALSE(load.ok());
  std::string shown = load.errors[0].describe();
  EXPECT_LT(shown.size(), 600u) << shown.size();
  EXPECT_NE(shown.find("快递量，快递总量"), std::string::npos);
}

}  // namespace
}  // namespace zhibiao
