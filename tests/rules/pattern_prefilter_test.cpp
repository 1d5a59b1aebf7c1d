// Vectorscan's first pass only ever rules out clauses a pattern cannot match: Boost
// finds no match it hides, so the records are the same with it and without it.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/rules/placeholders.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/text/document.hpp"
#include "zhibiao/text/utf.hpp"
#include "support/rule_files.hpp"

namespace zhibiao {
namespace {

namespace fs = std::filesystem;

std::shared_ptr<const RuleSet> builtin_rules() {
  auto load = load_rules(builtin_rule_files());
  EXPECT_TRUE(load.ok()) << load.errors.front().describe();
  return load.rules;
}

// Token strings made of the rules' own words, placeholders and punctuation, so that
// most patterns match some of them and miss others by a little.
std::vector<std::u32string> token_strings(const RuleSet& rules, std::size_t n) {
  std::vector<std::u32string> pieces;
  for (const auto& [name, words] : rules.lists)
    for (std::size_t i = 0; i < words.size(); i += 3) pieces.push_back(from_utf8(words[i]));
  for (char32_t c : {placeholder::kPercent, placeholder::kPoints, placeholder::kMoney, placeholder::kMeasure,
                     placeholder::kCount, placeholder::kRank, placeholder::kOrdinal, placeholder::kNumber,
                     placeholder::kRatio, placeholder::kDate, placeholder::kDuration, placeholder::kIndicator})
    for (int k = 0; k < 8; ++k) pieces.push_back(std::u32string(1, c));
  for (const char32_t* s : {U"，", U"。", U"的", U"和", U"、", U"在", U"中", U"（", U"）", U"：", U"全省", U"完成"})
    for (int k = 0; k < 4; ++k) pieces.push_back(s);
  std::mt19937 rng(20261201);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1), length(1, 12);
  std::vector<std::u32string> out;
  for (std::size_t i = 0; i < n; ++i) {
    std::u32string s;
    for (std::size_t k = length(rng); k > 0; --k) s += pieces[pick(rng)];
    out.push_back(s);
  }
  return out;
}

TEST(PatternPrefilter, CoversEveryBuiltInPattern) {
  auto rules = builtin_rules();
  ASSERT_GT(rules->regex_count, 0u);
  EXPECT_TRUE(rules->prefilter.covers_all()) << rules->prefilter.uncovered() << " not covered";
}

TEST(PatternPrefilter, NeverRulesOutAClauseBoostMatches) {
  auto rules = builtin_rules();
  std::vector<const Pattern*> by_regex(rules->regex_count);
  for (const auto& p : rules->patterns) by_regex[p.regex_id] = &p;
  std::size_t boost_matches = 0, ruled_out = 0;
  std::vector<char> may_match;
  boost::match_results<const UChar32*> what;
  for (const auto& text : token_strings(*rules, 4000)) {
    rules->prefilter.scan(text, may_match);
    const auto* b = reinterpret_cast<const UChar32*>(text.data());
    for (std::size_t id = 0; id < by_regex.size(); ++id) {
      bool matches = false;
      try {
        matches = boost::u32regex_search(b, b + text.size(), what, by_regex[id]->regex);
      } catch (const std::runtime_error&) {
        matches = true;  // Boost gave up: count it as a match the first pass must let through
      }
      boost_matches += matches;
      ruled_out += !may_match[id];
      if (matches) {
        EXPECT_TRUE(may_match[id]) << by_regex[id]->id << " on 「" << to_utf8(text) << "」";
      }
    }
  }
  // The strings exercise both sides: matches to keep, and misses to rule out.
  EXPECT_GT(boost_matches, 200u);
  EXPECT_GT(ruled_out, 20000u);
}

std::vector<std::string> documents() {
  std::vector<fs::path> dirs = {fs::path(ZHIBIAO_SOURCE_DIR) / "samples"};
  if (fs::is_directory(fs::path(ZHIBIAO_SHARED_DIR) / "corpus")) dirs.push_back(fs::path(ZHIBIAO_SHARED_DIR) / "corpus");
  std::vector<std::string> out;
  for (const auto& d : dirs)
    for (const auto& e : fs::directory_iterator(d))
      if (e.path().extension() == ".txt") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string records_of(const Extractor& ex, const Document& doc) {
  std::string out;
  for (const auto& r : ex.extract(doc)) out += to_json(r) + "\n";
  return out;
}

TEST(PatternPrefilter, RecordsAreTheSameWithoutIt) {
  auto rules = builtin_rules();
  auto unfiltered = std::make_shared<RuleSet>(*rules);
  unfiltered->prefilter = PatternPrefilter();  // covers nothing: every pattern whose words occur is tried
  ASSERT_FALSE(unfiltered->prefilter.covers(0));
  Extractor fast(rules), plain(unfiltered);
  std::size_t docs = 0, records = 0;
  for (const auto& path : documents()) {
    Document doc = load_document(path, {}, Digest::none);
    ASSERT_TRUE(doc.text) << path;
    std::string a = records_of(fast, doc);
    EXPECT_EQ(a, records_of(plain, doc)) << path;
    ++docs;
    records += static_cast<std::size_t>(std::count(a.begin(), a.end(), '\n'));
  }
  EXPECT_GE(docs, 15u);
  EXPECT_GT(records, 1000u);
  // And every example of the rules.
  for (const auto& p : rules->patterns)
    for (const auto& e : p.examples) {
      Document doc = make_document("example", e.text, "utf-8", Digest::none);
      EXPECT_EQ(records_of(fast, doc), records_of(plain, doc)) << p.id << ": " << e.text;
    }
}

TEST(PatternPrefilter, ItsFormOfAPatternWidensGapsAndRepeatsFreely) {
  // A superset of the pattern's matches that Vectorscan compiles at once: large counts
  // such as (?:[^a]{1000}b){10} took it 12 s.
  auto load = test::load_with_defaults(
      "patterns:\n"
      "  - id: mine.counts\n"
      "    measure: growth\n"
      "    match: '(?:[^，]{2,1000}增长){3}{near}{percent}'\n"
      "    examples: [{text: 无关的句子。, expect: none}]\n");
  ASSERT_TRUE(load.ok()) << load.errors.front().describe();
  const Pattern* p = test::find_pattern(*load.rules, "mine.counts");
  ASSERT_TRUE(p);
  EXPECT_EQ(p->loose, "(?:[^，]*增长)*(?:.*)(\\x{E001})");
  EXPECT_NE(p->expanded.find("{2,1000}"), std::string::npos);  // Boost reads the pattern as written
  EXPECT_TRUE(load.rules->prefilter.covers(p->regex_id));
}

TEST(PatternPrefilter, APatternItCannotCompileIsStillTriedAndLintSaysSo) {
  // \G (where the search starts: here, the clause) is Boost's and not Vectorscan's.
  auto load = test::load_with_defaults(
      "patterns:\n"
      "  - id: mine.at_start\n"
      "    measure: growth\n"
      "    priority: 50\n"
      "    match: '\\G{indicator}飙升{near}{percent}'\n"
      "    examples: [{text: 无关的句子。, expect: none}]\n");
  ASSERT_TRUE(load.ok()) << load.errors.front().describe();
  const RuleSet& rules = *load.rules;
  EXPECT_EQ(rules.prefilter.uncovered(), 1u);
  bool warned = false;
  for (const auto& w : load.warnings)
    warned = warned || (w.message.find("mine.at_start") != std::string::npos && w.file == "mine.yaml" && w.line == 2);
  EXPECT_TRUE(warned) << (load.warnings.empty() ? "no warning" : load.warnings.front().describe());
  Extractor ex(load.rules);
  auto rs = ex.extract_text("t", Text(from_utf8("地区生产总值飙升12%。")));
  ASSERT_EQ(rs.size(), 1u);
  EXPECT_EQ(rs[0].measure, "growth");
  EXPECT_EQ(rs[0].value->str(), "12");
}

}  // namespace
}  // namespace zhibiao
