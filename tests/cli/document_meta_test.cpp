// --meta and the per-document budgets, as a user runs them.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
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

std::vector<nlohmann::json> records(const std::string& out) {
  std::vector<nlohmann::json> rs;
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);)
    if (!line.empty() && line[0] == '{') rs.push_back(nlohmann::json::parse(line));
  return rs;
}

class DocumentMetaCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = test::test_dir("zhibiao-meta-");
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }
  std::string write(const std::string& name, const std::string& text) {
    std::ofstream(dir / name, std::ios::binary) << text;
    return (dir / name).string();
  }
  fs::path dir;
};

TEST_F(DocumentMetaCli, MetaGivesTheRegionYearAndKindTheTextDoesNotSay) {
  std::string doc = write("speech.txt", "在全县经济工作会议上的讲话\n上半年，全县地区生产总值增长6.1%。\n");
  std::string meta = write("meta.csv", "\xEF\xBB\xBF" "doc,region,year,kind\nspeech.txt,岚溪县,2025,讲话\n");
  auto r = run("extract -q --meta " + meta + " " + doc);
  ASSERT_EQ(r.status, 0) << r.out;
  auto rs = records(r.out);
  ASSERT_EQ(rs.size(), 1u) << r.out;
  EXPECT_EQ(rs[0]["region"], "岚溪县");
  EXPECT_EQ(rs[0]["doc_year"], 2025);
  EXPECT_EQ(rs[0]["period"], "2025-H1");  // without --meta: XXXX-H1
  auto plain = records(run("extract -q " + doc).out);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0]["period"], "XXXX-H1");
}

TEST_F(DocumentMetaCli, AMalformedMetaFileNamesItsLineAndColumn) {
  std::string doc = write("a.txt", "地区生产总值增长6.1%。\n");
  std::string meta = write("meta.csv", "doc,place\n");
  auto r = run("extract -q --meta " + meta + " " + doc);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("meta.csv:1:5: unknown column 'place'"), std::string::npos) << r.out;
  std::string year = write("year.csv", "doc,year\na.txt,二〇二五\n");
  r = run("extract -q --meta " + year + " " + doc);
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.out.find("year.csv:2:7: year '二〇二五' is not a year"), std::string::npos) << r.out;
}

TEST_F(DocumentMetaCli, ARecordBudgetKeepsWhatWasReadAndListsTheDocumentAsPartial) {
  std::string text;
  for (int i = 0; i < 50; ++i) text += "地区生产总值增长6.1%。\n";
  std::string doc = write("long.txt", text);
  std::string good = write("good.txt", "一般公共预算收入增长3%。\n");
  std::string book = (dir / "out.csv").string();
  auto r = run("extract --max-records-per-doc 10 -o " + book + " " + doc + " " + good);
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_NE(r.out.find("stopped after 10 records (--max-records-per-doc)"), std::string::npos) << r.out;
  auto csv = run("extract -q --max-records-per-doc 10 --format csv " + doc + " " + good).out;
  std::size_t rows = 0;
  for (std::size_t p = csv.find("\r\n"); p != std::string::npos; p = csv.find("\r\n", p + 2)) ++rows;
  EXPECT_EQ(rows, 1u + 10u + 1u) << "header, the 10 records kept, and the good document's record";
}

}  // namespace
}  // namespace zhibiao
