// A malformed rule file names file:line:column and what is wrong, for every problem at once.
#include <gtest/gtest.h>

#include "zhibiao/rules/rule_set.hpp"
#include "support/rule_files.hpp"

namespace zhibiao {
namespace {

const Error* find_error(const RuleLoad& load, const std::string& needle) {
  for (const auto& e : load.errors)
    if (e.message.find(needle) != std::string::npos) return &e;
  return nullptr;
}

TEST(RuleLint, TheBuiltInRulesAreClean) {
  auto load = load_rules(builtin_rule_files());
  for (const auto& e : load.errors) ADD_FAILURE() << e.describe();
  EXPECT_GT(load.rules->patterns.size(), 10u);
  EXPECT_GT(load.rules->indicators.size(), 40u);
}

TEST(RuleLint, BrokenYamlNamesLineAndColumn) {
  auto load = test::load_with_defaults("patterns:\n  - id: x\n    match: [unclosed\n");
  ASSERT_FALSE(load.ok());
  const Error& e = load.errors.front();
  EXPECT_EQ(e.file, "mine.yaml");
  EXPECT_GE(e.line, 3u);
  EXPECT_GT(e.column, 0u);
}

TEST(RuleLint, ReportsEveryProblemNotJustTheFirst) {
  const std::string yaml =
      "patterns:\n"
      "  - id: a.one\n"
      "    measure: growth\n"
      "    match: \"{up}{gap}{percnt}\"\n"        // unknown macro, line 4
      "    examples: [{text: 增长8%, expect: none}]\n"
      "  - id: a.two\n"
      "    measure: speed\n"                      // bad measure, line 7
      "    match: \"增长(({percent}\"\n"          // does not compile, line 8
      "    examples: [{text: 增长8%, expect: none}]\n"
      "  - id: a.one\n"                          // duplicate id, line 10
      "    measure: value\n"
      "    match: \"{amount}\"\n"
      "    colour: red\n"                         // unknown field, line 13
      "    examples: [{text: 10亿元, expect: none}]\n";
  auto load = test::load_with_defaults(yaml);
  const Error* macro = find_error(load, "unknown macro {percnt}");
  ASSERT_NE(macro, nullptr);
  EXPECT_EQ(macro->line, 4u);
  EXPECT_EQ(macro->column, 22u);  // the quote is column 12; {up}{gap} takes the next 9 columns
  EXPECT_NE(macro->excerpt.find("{percnt}"), std::string::npos);  // the line as written, shown with a caret
  const Error* measure = find_error(load, "'speed' is not a measure");
  ASSERT_NE(measure, nullptr);
  EXPECT_EQ(measure->line, 7u);
  const Error* regex = find_error(load, "'(' is never closed");
  ASSERT_NE(regex, nullptr);
  EXPECT_EQ(regex->line, 8u);
  const Error* dup = find_error(load, "duplicate pattern id 'a.one'");
  ASSERT_NE(dup, nullptr);
  EXPECT_EQ(dup->line, 10u);
  const Error* field = find_error(load, "unknown field 'colour'");
  ASSERT_NE(field, nullptr);
  EXPECT_EQ(field->line, 13u);
  EXPECT_EQ(field->column, 5u);
}

TEST(RuleLint, APatternWithoutExamplesIsRefused) {
  auto load = test::load_with_defaults("patterns:\n  - id: b\n    measure: value\n    match: \"{amount}\"\n");
  EXPECT_NE(find_error(load, "has no examples"), nullptr);
}

TEST(RuleLint, UnknownIndicatorInACompositeIsNamed) {
  auto load = test::load_with_defaults("composites:\n  - alias: 城乡收入\n    respectively: [城镇收入X, 农村收入X]\n");
  const Error* e = find_error(load, "unknown indicator '城镇收入X'");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->file, "mine.yaml");
  EXPECT_EQ(e->line, 3u);
}

}  // namespace
}  // namespace zhibiao
