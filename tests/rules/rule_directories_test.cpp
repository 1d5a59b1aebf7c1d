// --rules replaces the built-in rules, --rules-add extends them; runaway patterns stop.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("zhibiao-rules-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                        "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  void write(const std::string& name, const std::string& content) const { std::ofstream(path / name) << content; }
};

const char* kExtraIndicator =
    "categories: [通信]\n"
    "indicators:\n"
    "  - id: broadband_users\n"
    "    name: 宽带用户\n"
    "    aliases: [固定宽带用户]\n"
    "    category: 通信\n"
    "    dimension: count\n"
    "    display_unit: 万户\n";

TEST(RuleDirectories, RulesAddExtendsTheDefaults) {
  TempDir dir;
  dir.write("broadband.yaml", kExtraIndicator);
  auto ex = Extractor::load({}, {dir.path.string()});
  ASSERT_TRUE(ex.ok()) << ex.error().describe();
  auto rs = ex->extract_text("t", Text(from_utf8("固定宽带用户达到120万户，地区生产总值增长6%。")));
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].indicator, "宽带用户");
  EXPECT_EQ(rs[0].value->str(), "1200000");
  EXPECT_EQ(rs[1].indicator, "地区生产总值");
}

TEST(RuleDirectories, RulesReplacesTheDefaults) {
  TempDir dir;
  dir.write("broadband.yaml", kExtraIndicator);
  auto ex = Extractor::load({dir.path.string()}, {});
  ASSERT_TRUE(ex.ok()) << ex.error().describe();
  auto rs = ex->extract_text("t", Text(from_utf8("固定宽带用户达到120万户，地区生产总值增长6%。")));
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_EQ(rs[0].indicator, "宽带用户");
  EXPECT_EQ(rs[1].indicator, "");  // 地区生产总值 is not in the replacing rules
  EXPECT_EQ(rs[1].measure, "value");  // nor is any growth pattern
}

TEST(RuleDirectories, ABrokenRuleDirectoryIsAnErrorWithItsPosition) {
  TempDir dir;
  dir.write("bad.yaml", "indicators:\n  - id: x\n    name: [oops\n");
  auto ex = Extractor::load({}, {dir.path.string()});
  ASSERT_FALSE(ex.ok());
  EXPECT_NE(ex.error().describe().find("bad.yaml:"), std::string::npos) << ex.error().describe();
}

// The default rules and one pattern, slow.nested, that backtracks without end over a
// run of 的 (nested *), from a rule folder of its own.
Result<Extractor> with_nested_pattern(TempDir& dir, const std::string& match) {
  dir.write("slow.yaml", "patterns:\n"
                         "  - id: slow.nested\n"
                         "    measure: value\n"
                         "    match: \"" + match + "\"\n"
                         "    examples: [{text: 新签约项目60个, expect: none}]\n");
  return Extractor::load({}, {dir.path.string()});
}

std::string run_of_de() {
  std::string clause;
  for (int i = 0; i < 400; ++i) clause += "的";
  return clause;
}

TEST(RuleDirectories, CatastrophicBacktrackingIsBoundedNotAHang) {
  TempDir dir;
  auto ex = with_nested_pattern(dir, "(?:(?:[^，]{0,3})*)*Q{amount}");
  ASSERT_TRUE(ex.ok()) << ex.error().describe();
  const std::string clause = run_of_de();
  std::vector<std::string> trace;
  auto rs = ex->extract_text("t", Text(from_utf8("新签约项目" + clause + "60个。")), nullptr, &trace);
  ASSERT_EQ(rs.size(), 1u);  // the figure still comes out, from the default rules
  bool reported = false;
  for (const auto& line : trace) reported = reported || line.find("slow.nested: gave up") != std::string::npos;
  EXPECT_TRUE(reported);
  // Outside a trace, Vectorscan's first pass sees that no Q occurs: Boost is not run, so
  // it cannot give up.
  ExtractStats stats;
  ex->extract_text("t", Text(from_utf8("新签约项目" + clause + "60个。")), &stats);
  EXPECT_TRUE(stats.warnings.empty());
}

TEST(RuleDirectories, CatastrophicBacktrackingIsBoundedWhereThePrefilterCannotRuleItOut) {
  // The first pass widens the look-ahead, so 啊60个 may match; Boost backtracks through
  // every split of the 的 run before it fails, and gives up instead of hanging.
  TempDir dir;
  auto ex = with_nested_pattern(dir, "(?:(?:[^，]{0,3})*)*啊(?=X){amount}");
  ASSERT_TRUE(ex.ok()) << ex.error().describe();
  ExtractStats stats;
  auto rs = ex->extract_text("t", Text(from_utf8("新签约项目" + run_of_de() + "啊60个。")), &stats);
  ASSERT_EQ(rs.size(), 1u);
  ASSERT_EQ(stats.warnings.size(), 1u);
  EXPECT_NE(stats.warnings[0].find("slow.nested"), std::string::npos);
}

}  // namespace
}  // namespace zhibiao
