// Rules an analyst writes never surprise them: a key that does nothing, a
// misspelt value, two words run together by a full-width comma, an alias that
// means two indicators — each is an error at its file:line:column, with the
// line shown. Indicator examples run.
#include <gtest/gtest.h>

#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/attribution/rule_examples.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/text/text.hpp"
#include "zhibiao/text/utf.hpp"
#include "support/rule_files.hpp"

namespace zhibiao {
namespace {

const Error* find_error(const std::vector<Error>& errors, const std::string& needle) {
  for (const auto& e : errors)
    if (e.message.find(needle) != std::string::npos) return &e;
  return nullptr;
}

std::string all(const std::vector<Error>& errors) {
  std::string out;
  for (const auto& e : errors) out += e.describe() + "\n";
  return out;
}

const char* kIndicator =
    "indicators:\n"
    "  - id: drone_deliveries\n"
    "    name: 无人机配送单量\n"
    "    category: 交通邮电\n"
    "    dimension: count\n"
    "    display_unit: 万件\n";

TEST(RuleAuthoring, AWellWrittenIndicatorLoadsClean) {
  auto load = test::load_with_defaults(kIndicator);
  EXPECT_TRUE(load.ok()) << all(load.errors);
  for (const auto& w : load.warnings) EXPECT_NE(w.file, "mine.yaml") << w.describe();
}

TEST(RuleAuthoring, AnUnknownKeyIsAnErrorAtItsColumnWithTheLineShown) {
  auto load = test::load_with_defaults(std::string(kIndicator) + "    colour: red\n");
  const Error* e = find_error(load.errors, "unknown field 'colour'");
  ASSERT_NE(e, nullptr) << all(load.errors);
  EXPECT_EQ(e->file, "mine.yaml");
  EXPECT_EQ(e->line, 7u);
  EXPECT_EQ(e->column, 5u);
  EXPECT_EQ(e->excerpt, "    colour: red");
  EXPECT_NE(e->describe().find("\n    " + std::string(4, ' ') + "^"), std::string::npos) << e->describe();
}

TEST(RuleAuthoring, AMisspeltKeySuggestsTheRightOne) {
  auto load = test::load_with_defaults(std::string(kIndicator) + "    alias: [无人机配送量]\n");
  const Error* e = find_error(load.errors, "unknown field 'alias': did you mean 'aliases'?");
  ASSERT_NE(e, nullptr) << all(load.errors);
}

TEST(RuleAuthoring, MisspeltEnumValuesAreErrorsAtTheValue) {
  std::string yaml =
      "indicators:\n"
      "  - id: express\n"
      "    name: 无人机配送单量\n"
      "    category: 服务\n"       // line 4: not a category
      "    dimension: counts\n"    // line 5: not a dimension
      "patterns:\n"
      "  - id: mine.up\n"
      "    measure: grwoth\n"      // line 8: not a measure
      "    match: \"快递{up}{percent}\"\n"
      "    examples: [{text: 无人机配送单量增长8%, expect: [{measure: growht}]}]\n";  // line 10
  auto load = test::load_with_defaults(yaml);
  const Error* cat = find_error(load.errors, "category '服务'");
  ASSERT_NE(cat, nullptr) << all(load.errors);
  EXPECT_EQ(cat->line, 4u);
  EXPECT_EQ(cat->column, 15u);
  EXPECT_NE(cat->message.find("categories: [服务]"), std::string::npos) << cat->message;  // how to start a new one
  const Error* dim = find_error(load.errors, "dimension 'counts'");
  ASSERT_NE(dim, nullptr) << all(load.errors);
  EXPECT_EQ(dim->line, 5u);
  EXPECT_NE(dim->message.find("did you mean 'count'?"), std::string::npos);
  const Error* measure = find_error(load.errors, "'grwoth' is not a measure: did you mean 'growth'?");
  ASSERT_NE(measure, nullptr) << all(load.errors);
  EXPECT_EQ(measure->line, 8u);
  const Error* expected = find_error(load.errors, "'growht' is not a measure");
  ASSERT_NE(expected, nullptr) << all(load.errors);
  EXPECT_EQ(expected->line, 10u);
}

TEST(RuleAuthoring, CategoriesAreDataAndARuleFolderMayAddOne) {
  auto load = load_rules(builtin_rule_files());
  ASSERT_FALSE(load.rules->categories.empty());
  EXPECT_EQ(load.rules->categories.front(), "综合");  // the catalogue's order, for the workbook
  std::string yaml = "categories: [邮政]\n" + std::string(kIndicator);
  yaml.replace(yaml.find("交通邮电"), std::string("交通邮电").size(), "邮政");
  auto added = test::load_with_defaults(yaml);
  EXPECT_TRUE(added.ok()) << all(added.errors);
}

TEST(RuleAuthoring, AFullWidthCommaInAFlowListIsAnErrorAtTheComma) {
  auto load = test::load_with_defaults(std::string(kIndicator) + "    aliases: [无人机配送量，无人机配送总量]\n");
  const Error* e = find_error(load.errors, "full-width '，'");
  ASSERT_NE(e, nullptr) << all(load.errors);
  EXPECT_EQ(e->line, 7u);
  EXPECT_EQ(e->column, 21u);  // the comma itself: 4 spaces, "aliases: [" and 无人机配送量
  EXPECT_NE(e->message.find("[无人机配送量, 无人机配送总量]"), std::string::npos) << e->message;
  for (const char* other : {"[无人机配送量；无人机配送总量]"}) {
    auto l = test::load_with_defaults(std::string(kIndicator) + "    aliases: " + other + "\n");
    EXPECT_NE(find_error(l.errors, "full-width"), nullptr) << other;
  }
}

TEST(RuleAuthoring, AQuotedWordIsTakenAsWritten) {
  auto load = test::load_with_defaults(std::string(kIndicator) + "    aliases: [\"无人机配送量，含无人机配送总量\"]\n");
  EXPECT_TRUE(load.ok()) << all(load.errors);
  // 、 belongs to official names (交通运输、仓储和邮政业) and is never taken for a separator.
  auto official = test::load_with_defaults(std::string(kIndicator) + "    aliases: [邮政、无人机配送单量]\n");
  EXPECT_TRUE(official.ok()) << all(official.errors);
}

TEST(RuleAuthoring, AnAliasThatNamesTwoIndicatorsIsAnErrorAtTheSecond) {
  auto load = test::load_with_defaults(std::string(kIndicator) + "    aliases: [地区生产总值增速, 社零总额]\n");
  const Error* e = find_error(load.errors, "the alias '社零总额' of 无人机配送单量 already names 社会消费品零售总额");
  ASSERT_NE(e, nullptr) << all(load.errors);
  EXPECT_EQ(e->line, 7u);
  EXPECT_NE(e->message.find("rules/indicators/09-consumption.yaml:"), std::string::npos) << e->message;  // where the first one is
}

TEST(RuleAuthoring, AnAliasWrittenTwiceOrTheNameRepeatedIsAnError) {
  auto twice = test::load_with_defaults(std::string(kIndicator) + "    aliases: [无人机配送量, 无人机配送量]\n");
  EXPECT_NE(find_error(twice.errors, "the alias '无人机配送量' is written twice"), nullptr) << all(twice.errors);
  auto name = test::load_with_defaults(std::string(kIndicator) + "    aliases: [无人机配送单量]\n");
  EXPECT_NE(find_error(name.errors, "which is always an alias"), nullptr) << all(name.errors);
}

TEST(RuleAuthoring, ALevelAliasNamesALevelOrChangeOfItsDimensionOnly) {
  auto load = test::load_with_defaults(std::string(kIndicator) + "    level_aliases: [无人机配送]\n");
  ASSERT_TRUE(load.ok()) << all(load.errors);
  Extractor ex(load.rules);
  auto records = ex.extract_text("t", Text(from_utf8("全市无人机配送3.2万件，比上年增加0.4万件。无人机配送中夜间配送占18%。")));
  ASSERT_EQ(records.size(), 3u);
  EXPECT_EQ(records[0].indicator, "无人机配送单量");  // a level in its dimension
  EXPECT_EQ(records[1].indicator, "无人机配送单量");  // a change
  EXPECT_EQ(records[1].measure, "change");
  EXPECT_EQ(records[2].indicator, "");  // a share of something the sentence goes on to name
  // A level alias is an alias: naming two indicators is an error at the second.
  auto twice = test::load_with_defaults(std::string(kIndicator) + "    level_aliases: [社零总额]\n");
  EXPECT_NE(find_error(twice.errors, "the alias '社零总额' of 无人机配送单量 already names"), nullptr) << all(twice.errors);
}

TEST(RuleAuthoring, AKeyWrittenTwiceIsAnError) {
  auto load = test::load_with_defaults(std::string(kIndicator) + "    category: 工业\n");
  const Error* e = find_error(load.errors, "'category' is written twice");
  ASSERT_NE(e, nullptr) << all(load.errors);
  EXPECT_EQ(e->line, 7u);
  auto sections = test::load_with_defaults("lists:\n  mine: [a]\nlists:\n  other: [b]\n");
  EXPECT_NE(find_error(sections.errors, "the section 'lists' is written twice"), nullptr) << all(sections.errors);
}

TEST(RuleAuthoring, ADisplayUnitMustBeAUnitOfTheIndicatorsDimension) {
  std::string yaml = kIndicator;
  yaml.replace(yaml.find("万件"), std::string("万件").size(), "亿圆");
  EXPECT_NE(find_error(test::load_with_defaults(yaml).errors, "display_unit '亿圆'"), nullptr);
  yaml = kIndicator;
  yaml.replace(yaml.find("万件"), std::string("万件").size(), "亿元");
  auto money = test::load_with_defaults(yaml);
  EXPECT_TRUE(money.ok());  // a warning: figures written so are read as money, and are no levels of it
  EXPECT_NE(find_error(money.warnings, "reads as a unit of money, but 无人机配送单量 is in count"), nullptr) << all(money.warnings);
}

TEST(RuleAuthoring, AnUnknownSectionSuggestsTheRightOne) {
  auto load = test::load_with_defaults("indicator:\n  - id: x\n");
  const Error* e = find_error(load.errors, "unknown section 'indicator': did you mean 'indicators'?");
  ASSERT_NE(e, nullptr) << all(load.errors);
  EXPECT_EQ(e->line, 1u);
}

TEST(RuleAuthoring, YamlErrorsArePlainWithTheLineShown) {
  auto load = test::load_with_defaults("lists:\n  up2: [增长]\n   down2: [下降]\n");
  ASSERT_FALSE(load.ok());
  const Error& e = load.errors.front();
  EXPECT_EQ(e.line, 3u);
  EXPECT_EQ(e.message.find("end of map"), std::string::npos) << e.message;  // not yaml-cpp's words
  EXPECT_NE(e.message.find("does not fit the lines before it"), std::string::npos) << e.message;
  EXPECT_EQ(e.excerpt, "   down2: [下降]");
  auto escape = test::load_with_defaults("patterns:\n  - id: a\n    measure: value\n    match: \"\\d{amount}\"\n");
  EXPECT_NE(find_error(escape.errors, "\\d is not an escape"), nullptr) << all(escape.errors);
}

TEST(RuleAuthoring, RegexErrorsShowThePatternAsWrittenWithACaretNeverAPlaceholder) {
  auto load = test::load_with_defaults(
      "patterns:\n"
      "  - id: mine.rank\n"
      "    measure: rank\n"
      "    match: \"{scopes}{count}(第{rank}\"\n"
      "    examples: [{text: 全市60个第三, expect: none}]\n");
  const Error* e = find_error(load.errors, "'(' is never closed");
  ASSERT_NE(e, nullptr) << all(load.errors);
  EXPECT_EQ(e->line, 4u);
  EXPECT_EQ(e->column, 28u);  // the '(' after {scopes}{count}
  EXPECT_EQ(e->excerpt, "    match: \"{scopes}{count}(第{rank}\"");
  EXPECT_EQ(e->describe().find("\\x{E0"), std::string::npos) << e->describe();
  // Boost's own refusals (a look-behind of varying length) point into the pattern as written, too.
  auto lookbehind = test::load_with_defaults(
      "patterns:\n"
      "  - id: mine.lb\n"
      "    measure: growth\n"
      "    match: \"(?<!{up}){percent}\"\n"
      "    examples: [{text: 增长8%, expect: none}]\n");
  ASSERT_FALSE(lookbehind.ok());
  EXPECT_EQ(all(lookbehind.errors).find("\\x{E0"), std::string::npos) << all(lookbehind.errors);
  EXPECT_EQ(lookbehind.errors.front().line, 4u);
}

TEST(RuleAuthoring, APatternWrittenWithoutQuotesSaysToQuoteIt) {
  auto load = test::load_with_defaults("patterns:\n  - id: a\n    measure: value\n    match: {amount}\n"
                            "    examples: [{text: 10亿元, expect: none}]\n");
  EXPECT_NE(find_error(load.errors, "put the pattern in quotes"), nullptr) << all(load.errors);
}

TEST(RuleAuthoring, IndicatorsCarryNameEnAndNotes) {
  auto load = test::load_with_defaults(std::string(kIndicator) + "    name_en: Express deliveries\n    note: 邮政管理局口径\n");
  ASSERT_TRUE(load.ok()) << all(load.errors);
  auto idx = load.rules->find_indicator("drone_deliveries");
  ASSERT_TRUE(idx);
  EXPECT_EQ(load.rules->indicators[*idx].name_en, "Express deliveries");
  EXPECT_EQ(load.rules->indicators[*idx].note, "邮政管理局口径");
}

TEST(RuleAuthoring, IndicatorExamplesRunAndFailWhenTheyShould) {
  std::string yaml = std::string(kIndicator) +
                     "    aliases: [无人机配送量]\n"
                     "    examples:\n"
                     "      - text: 全年无人机配送量达到1.2亿件。\n"
                     "        expect: [{text: 1.2亿件, value: 120000000}]\n"  // the indicator is implied
                     "      - text: 快递网点覆盖全部乡镇。\n"
                     "        expect: none\n";
  auto load = test::load_with_defaults(yaml);
  ASSERT_TRUE(load.ok()) << all(load.errors);
  auto report = run_rule_examples(Extractor(load.rules));
  std::size_t before = report.examples;
  for (const auto& f : report.failures) ADD_FAILURE() << f.rule << ": " << f.problem;
  // The same example with a wrong value fails, naming the indicator and where the example is.
  yaml.replace(yaml.find("120000000"), 9, "12000");
  auto wrong = test::load_with_defaults(yaml);
  ASSERT_TRUE(wrong.ok()) << all(wrong.errors);
  auto failing = run_rule_examples(Extractor(wrong.rules));
  ASSERT_EQ(failing.failures.size(), 1u);
  EXPECT_EQ(failing.failures[0].rule, "indicator drone_deliveries");
  EXPECT_EQ(failing.failures[0].pos.file, "mine.yaml");
  EXPECT_EQ(failing.failures[0].pos.line, 9u);
  EXPECT_EQ(failing.examples, before);
}

TEST(RuleAuthoring, AnIndicatorExampleThatNamesNoRecordOfItFails) {
  std::string yaml = std::string(kIndicator) +
                     "    examples:\n"
                     "      - text: 地区生产总值增长8%。\n"
                     "        expect: [{text: 8%, indicator: 地区生产总值}]\n";
  auto load = test::load_with_defaults(yaml);
  ASSERT_TRUE(load.ok()) << all(load.errors);
  auto report = run_rule_examples(Extractor(load.rules));
  ASSERT_EQ(report.failures.size(), 1u);
  EXPECT_NE(report.failures[0].problem.find("does not exercise this indicator"), std::string::npos);
}

TEST(RuleAuthoring, ListsRememberWhereTheyAreWritten) {
  auto load = test::load_with_defaults("lists:\n  up: [猛增]\n");
  ASSERT_TRUE(load.ok()) << all(load.errors);
  const auto& at = load.rules->list_sources.at("up");
  ASSERT_EQ(at.size(), 2u);
  EXPECT_EQ(at[0].file, "rules/words.yaml");
  EXPECT_EQ(at[1].file, "mine.yaml");
  EXPECT_EQ(at[1].line, 2u);
}

TEST(RuleAuthoring, TheDigestNamesTheRulesInUse) {
  auto a = load_rules(builtin_rule_files());
  auto b = test::load_with_defaults("lists:\n  up: [猛增]\n");
  EXPECT_EQ(a.rules->digest.size(), 64u);
  EXPECT_NE(a.rules->digest, b.rules->digest);
  EXPECT_EQ(a.rules->digest, rules_digest(builtin_rule_files()));
}

}  // namespace
}  // namespace zhibiao
