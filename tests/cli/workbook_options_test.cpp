// What `extract -o out.xlsx` puts on the cover and in the comparison as a user asks for
// it: each input's SHA-256, the digest of the rules in use, --summary-indicators, --lang en.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

#include "support/shared_data.hpp"
#include "support/test_dir.hpp"
#include "zhibiao/sha256.hpp"

namespace zhibiao {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct Ran {
  int status = -1;
  std::string out;
};

Ran shell(const std::string& cmd) {
  Ran r;
  FILE* p = popen((cmd + " 2>&1").c_str(), "r");
  std::array<char, 4096> buf;
  while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) r.out.append(buf.data(), n);
  int st = pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
  return r;
}

std::string sh(const std::string& s) { return "'" + s + "'"; }

const std::string kReport =
    "岚溪县2026年政府工作报告\n"
    "2025年，全县地区生产总值完成45.4亿元，增长8％。城镇调查失业率5.2%。社会消费品零售总额增长4.1%。\n";

class WorkbookRun : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = test::test_dir("zhibiao-wbopt-");
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir / "lanxi.txt", std::ios::binary) << kReport;
  }
  void TearDown() override { fs::remove_all(dir); }

  // Extracts lanxi.txt with `args` to a workbook and reads back the cover's lines and
  // inputs, and the comparison's rows.
  json workbook(const std::string& args, int expect_status = 0) {
    std::string book = (dir / "out.xlsx").string();
    Ran r = shell(test::zhibiao_binary() + " extract -q " + sh((dir / "lanxi.txt").string()) + " " + args + " -o " +
                  sh(book));
    EXPECT_EQ(r.status, expect_status) << r.out;
    if (r.status != 0) return json{{"error", r.out}};
    Ran py = shell("/usr/bin/python3 -c " + sh(R"(
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
cover, cmp = wb.worksheets[0], wb.worksheets[2]
print(json.dumps({"sheets": wb.sheetnames,
                  "cover": [[c.value for c in row] for row in cover.iter_rows()],
                  "comparison": [[c.value for c in row] for row in cmp.iter_rows()]}, ensure_ascii=False))
)") + " " + sh(book));
    EXPECT_EQ(py.status, 0) << py.out;
    return json::parse(py.out, nullptr, false);
  }

  static std::string lines(const json& wb) {
    std::string out;
    for (const auto& row : wb["cover"])
      if (row[0].is_string()) out += row[0].get<std::string>() + "\n";
    return out;
  }

  fs::path dir;
};

TEST_F(WorkbookRun, TheCoverGivesEachInputsSha256AndTheRulesDigest) {
  json wb = workbook("");
  ASSERT_TRUE(wb.contains("cover")) << wb.dump();
  std::string want = sha256_hex(kReport);
  bool listed = false;
  for (const auto& row : wb["cover"])
    if (row[0].is_string() && row[0].get<std::string>().ends_with("lanxi.txt")) {
      listed = true;
      EXPECT_EQ(row[1], want);
      EXPECT_EQ(row[4], "岚溪县");
      EXPECT_EQ(row[5], 2026);
      EXPECT_EQ(row[6], "政府工作报告");
    }
  EXPECT_TRUE(listed) << wb["cover"].dump();
  std::string text = lines(wb);
  std::size_t at = text.find("规则摘要（SHA-256）");
  ASSERT_NE(at, std::string::npos) << text;
  std::string digest = text.substr(at + std::string("规则摘要（SHA-256）").size(), 64);
  EXPECT_EQ(digest.find_first_not_of("0123456789abcdef"), std::string::npos) << digest;

  // The same rules give the same digest; one more rule file gives another, and the cover names its folder.
  EXPECT_NE(lines(workbook("")).find(digest), std::string::npos);
  fs::create_directories(dir / "mine");
  std::ofstream(dir / "mine" / "extra.yaml") << "lists:\n  extra_words: [示例]\n";
  std::string added = lines(workbook("--rules-add " + sh((dir / "mine").string())));
  EXPECT_EQ(added.find(digest), std::string::npos) << added;
  EXPECT_NE(added.find("内置规则 + " + (dir / "mine").string()), std::string::npos) << added;
}

// The digest identifies the file an analyst has, so a page is hashed as saved, not as
// the text read from it (which it was, before inputs were hashed only for workbooks).
TEST_F(WorkbookRun, TheCoverHashesAPageAsSavedNotTheTextReadFromIt) {
  const std::string page = "<html><body><p>" + kReport + "</p></body></html>";
  std::ofstream(dir / "lanxi.html", std::ios::binary) << page;
  json wb = workbook(sh((dir / "lanxi.html").string()));
  bool listed = false;
  for (const auto& row : wb["cover"])
    if (row[0].is_string() && row[0].get<std::string>().ends_with("lanxi.html")) {
      listed = true;
      EXPECT_EQ(row[1], sha256_hex(page));
    }
  EXPECT_TRUE(listed) << wb["cover"].dump();
}

TEST_F(WorkbookRun, SummaryIndicatorsPickTheComparisonsRows) {
  json all = workbook("");
  std::set<std::string> names;
  for (std::size_t r = 1; r < all["comparison"].size(); ++r) names.insert(all["comparison"][r][1].get<std::string>());
  EXPECT_EQ(names, (std::set<std::string>{"地区生产总值", "城镇调查失业率", "社会消费品零售总额"}));

  // By name or by id.
  json picked = workbook("--summary-indicators 城镇调查失业率,gdp");
  names.clear();
  for (std::size_t r = 1; r < picked["comparison"].size(); ++r) names.insert(picked["comparison"][r][1].get<std::string>());
  EXPECT_EQ(names, (std::set<std::string>{"地区生产总值", "城镇调查失业率"}));

  fs::remove(dir / "out.xlsx");
  json unknown = workbook("--summary-indicators 地区生产总值,不存在的指标", 2);
  EXPECT_NE(unknown["error"].get<std::string>().find("no indicator '不存在的指标'"), std::string::npos) << unknown.dump();
  EXPECT_FALSE(fs::exists(dir / "out.xlsx")) << "nothing written when the option is wrong";
}

TEST_F(WorkbookRun, EnglishNamesTheIndicatorsAsTheCatalogueDoes) {
  json wb = workbook("--lang en");
  ASSERT_TRUE(wb.contains("sheets")) << wb.dump();
  EXPECT_EQ(wb["sheets"][0], "Cover");
  EXPECT_EQ(wb["comparison"][0][1], "Indicator");
  EXPECT_EQ(wb["comparison"][1][1], "gross regional product");
  EXPECT_EQ(wb["comparison"][1][0], "overall");
  EXPECT_EQ(wb["comparison"][1][2], "level");
  EXPECT_EQ(wb["comparison"][1][3], "actual");
  EXPECT_NE(lines(wb).find("built-in rules"), std::string::npos);
}

}  // namespace
}  // namespace zhibiao
