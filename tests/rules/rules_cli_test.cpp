// The analyst's rule tools through the real binary: rules test and lint check a
// folder on top of the built-in rules, rules list says where each rule is
// written, rules export gives files that load back to the same rules, and
// explain says plainly why a figure has no indicator.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/run_binary.hpp"
#include "support/shared_data.hpp"
#include "support/test_dir.hpp"

namespace zhibiao {
namespace {

namespace fs = std::filesystem;

using Run = test::BinaryRun;

Run run(const std::string& args) { return test::run_zhibiao(args, true); }

std::vector<std::string> lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

class RulesCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = test::test_dir("zhibiao-rules-cli-");
    fs::remove_all(dir);
    fs::create_directories(dir / "mine");
  }
  void TearDown() override { fs::remove_all(dir); }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir / name, std::ios::binary) << text; }
  std::string path(const std::string& name) const { return (dir / name).string(); }
  fs::path dir;
};

const char* kMine =
    "categories: [通信]\n"
    "indicators:\n"
    "  - id: broadband_users\n"
    "    name: 宽带用户\n"
    "    aliases: [固定宽带用户]\n"
    "    category: 通信\n"
    "    dimension: count\n"
    "    display_unit: 万户\n"
    "    examples:\n"
    "      - text: 固定宽带用户达到120万户。\n"
    "        expect: [{text: 120万户, value: 1200000}]\n"
    "patterns:\n"
    "  - id: mine.broadband_up\n"
    "    measure: growth\n"
    "    sign: +\n"
    "    priority: 1\n"
    "    match: \"{indicator}净{up}{percent}\"\n"
    "    examples:\n"
    "      - text: 固定宽带用户净增长12%。\n"
    "        expect: [{text: 12%, indicator: 宽带用户, measure: growth, value: 12}]\n";

TEST_F(RulesCli, TestAndLintCheckAFolderOnTopOfTheBuiltInRules) {
  write("mine/broadband.yaml", kMine);
  auto t = run("rules test " + path("mine"));
  EXPECT_EQ(t.status, 0) << t.out;
  EXPECT_NE(t.out.find("(yours: 2 passed, 0 failed; built-in:"), std::string::npos) << t.out;
  auto l = run("rules lint " + path("mine"));
  EXPECT_EQ(l.status, 0) << l.out;
  EXPECT_NE(l.out.find("(1 yours)"), std::string::npos) << l.out;
  // Alone, the folder has no {up}: the pattern does not load.
  auto alone = run("rules test --alone " + path("mine"));
  EXPECT_EQ(alone.status, 1) << alone.out;
  EXPECT_NE(alone.out.find("unknown macro {up}"), std::string::npos) << alone.out;
}

TEST_F(RulesCli, AFailingExampleNamesItsPlaceAndWhatCameOut) {
  std::string bad = kMine;
  bad.replace(bad.find("value: 1200000"), 14, "value: 120");
  write("mine/broadband.yaml", bad);
  auto t = run("rules test " + path("mine"));
  EXPECT_EQ(t.status, 1) << t.out;
  EXPECT_NE(t.out.find(path("mine/broadband.yaml") + ":10:9: indicator broadband_users: 「固定宽带用户达到120万户。」"),
            std::string::npos)
      << t.out;
  EXPECT_NE(t.out.find("got 120万户 → 宽带用户 value 1200000 户"), std::string::npos) << t.out;
  EXPECT_NE(t.out.find("(yours: 1 passed, 1 failed;"), std::string::npos) << t.out;
}

TEST_F(RulesCli, LintWarnsOfNestedRepetitionAndStillPasses) {
  write("mine/slow.yaml",
        "patterns:\n  - id: mine.slow\n    measure: value\n    match: \"(?:[^，]{0,3})*Q{amount}\"\n"
        "    examples: [{text: 新签约项目60个, expect: none}]\n");
  auto l = run("rules lint " + path("mine"));
  EXPECT_EQ(l.status, 0) << l.out;
  EXPECT_NE(l.out.find(":4:13: warning: pattern 'mine.slow': nested repetition"), std::string::npos) << l.out;
}

TEST_F(RulesCli, ListShowsWhatIsLoadedAndWhere) {
  write("mine/broadband.yaml", kMine);
  auto all = run("rules list " + path("mine"));
  EXPECT_EQ(all.status, 0) << all.out;
  EXPECT_NE(all.out.find("  gdp  地区生产总值 / gross regional product  [综合, money, 亿元, bounded, 4 example(s)]  "
                         "rules/indicators/01-economy.yaml:"),
            std::string::npos)
      << all.out;
  EXPECT_NE(all.out.find("broadband_users  宽带用户  [通信, count, 万户, 1 example(s)]  " + path("mine/broadband.yaml") + ":3"),
            std::string::npos)
      << all.out;
  EXPECT_NE(all.out.find("  growth.up  growth +  match: "), std::string::npos) << all.out;
  EXPECT_NE(all.out.find("  up ("), std::string::npos) << all.out;
  auto words = run("rules list --words");
  EXPECT_EQ(words.out.find("indicators ("), std::string::npos) << words.out;
  EXPECT_NE(words.out.find("rules/words.yaml:"), std::string::npos) << words.out;
}

TEST_F(RulesCli, ExportedRulesLoadBackToTheSameRules) {
  auto e = run("rules export " + path("exported"));
  ASSERT_EQ(e.status, 0) << e.out;
  EXPECT_TRUE(fs::exists(dir / "exported" / "indicators" / "01-economy.yaml"));
  EXPECT_TRUE(fs::exists(dir / "exported" / "patterns" / "growth.yaml"));
  auto t = run("rules test --alone " + path("exported"));
  EXPECT_EQ(t.status, 0) << t.out;
  // The same files give the same digest as the built-in rules …
  auto v = run("--version");
  auto l = run("rules lint --alone " + path("exported"));
  auto digest = l.out.substr(l.out.rfind("sha256 ") + 7, 64);
  EXPECT_NE(v.out.find("built-in rules sha256 " + digest), std::string::npos) << v.out << l.out;
  // … and the same records.
  std::string sample = (test::source_dir() / "samples" / "county-work-report.txt").string();
  auto builtin = run("extract " + sample);
  auto reloaded = run("extract --rules " + path("exported") + " " + sample);
  EXPECT_EQ(builtin.status, 0);
  EXPECT_GT(lines(builtin.out).size(), 20u);
  EXPECT_EQ(builtin.out, reloaded.out);
  // An analyst's edits are never written over; a copy added on top is explained.
  auto again = run("rules export " + path("exported"));
  EXPECT_EQ(again.status, 2) << again.out;
  auto on_top = run("rules lint " + path("exported"));
  EXPECT_EQ(on_top.status, 1);
  EXPECT_NE(on_top.out.find("hint: your folder repeats the built-in rules"), std::string::npos) << on_top.out;
}

TEST_F(RulesCli, RulesThatDoNotLoadAreAnUnusableInputNotAnInternalError) {
  write("mine/bad.yaml", "patterns:\n  - id: bad.set\n    measure: value\n    match: \"{amount}[ - \"\n"
                         "    examples: [{text: 10亿元, expect: none}]\n");
  write("doc.txt", "全县地区生产总值增长8%。\n");
  for (const std::string& cmd : {"extract --rules-add " + path("mine") + " " + path("doc.txt"),
                                 "explain --rules-add " + path("mine") + " 增长8%"}) {
    auto r = run(cmd);
    EXPECT_EQ(r.status, 2) << cmd << "\n" << r.out;
    EXPECT_NE(r.out.find("bad.yaml:4:21: pattern 'bad.set': '[' opens a set"), std::string::npos) << r.out;
  }
}

TEST_F(RulesCli, VersionPrintsTheVersionAndTheRulesDigest) {
  auto v = run("--version");
  EXPECT_EQ(v.status, 0);
  EXPECT_EQ(v.out.rfind("zhibiao 0.", 0), 0u) << v.out;
  auto at = v.out.find("built-in rules sha256 ");
  ASSERT_NE(at, std::string::npos) << v.out;
  EXPECT_EQ(v.out.substr(at + 22).find_first_not_of("0123456789abcdef"), 64u) << v.out;
}

TEST_F(RulesCli, ExplainSaysPlainlyWhenNoIndicatorIsKnown) {
  auto r = run("explain '全县新建幼儿园12所。'");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("no indicator for 12所: no name or alias of the"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("in 「全县新建幼儿园」"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("its subject as written, 「新建幼儿园」, is no indicator's name or alias"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("add the words as an alias"), std::string::npos) << r.out;
}

TEST_F(RulesCli, ExplainARecordOfAFileInItsContext) {
  write("doc.txt", "二、2025年主要指标\n全县地区生产总值完成45.4亿元，增长8％。\n新建幼儿园12所。\n");
  auto ex = run("extract " + path("doc.txt"));
  auto rec = lines(ex.out);
  ASSERT_GE(rec.size(), 3u) << ex.out;
  auto r = run("explain --file " + path("doc.txt") + " --record 2");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find("⇒ record 2 of " + path("doc.txt") + ": " + rec[1]), std::string::npos) << r.out << "\n" << rec[1];
  EXPECT_NE(r.out.find("sentence 「全县地区生产总值完成45.4亿元，增长8％。」"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("幼儿园"), std::string::npos) << r.out;  // only that record's sentence
  auto last = run("explain --file " + path("doc.txt") + " --record " + std::to_string(rec.size()));
  EXPECT_NE(last.out.find("no indicator for 12所"), std::string::npos) << last.out;
  auto beyond = run("explain --file " + path("doc.txt") + " --record 99");
  EXPECT_EQ(beyond.status, 2);
  EXPECT_NE(beyond.out.find("has " + std::to_string(rec.size()) + " record(s)"), std::string::npos) << beyond.out;
  auto neither = run("explain --file " + path("doc.txt"));
  EXPECT_EQ(neither.status, 2);
  EXPECT_NE(neither.out.find("--offset N (a sentence) or --record N"), std::string::npos) << neither.out;
}

}  // namespace
}  // namespace zhibiao
