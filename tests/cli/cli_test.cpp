// The CLI as a user runs it: a batch with broken files goes on and lists them,
// outputs are never written over inputs, errors speak plainly.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

#include <algorithm>
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

// Standard error is merged into out when asked.
Run run(const std::string& args, bool merge_stderr = false) { return test::run_zhibiao(args, merge_stderr); }

class Cli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = test::test_dir("zhibiao-cli-");
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override { fs::remove_all(dir); }
  std::string write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    return (dir / name).string();
  }
  static std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  fs::path dir;
};

TEST_F(Cli, ABatchWithBrokenFilesGoesOnAndListsThem) {
  write("good.txt", "全县地区生产总值完成45.4亿元，增长8％。");
  write("empty.txt", "");
  write("binary.txt", std::string("\x7f" "ELF\0\0\0\x02\x01\0\0\0", 12));
  write("report.docx", "PK\x03\x04 not text");
  auto r = run("extract " + (dir / "good.txt").string() + " " + (dir / "empty.txt").string() + " " +
               (dir / "binary.txt").string() + " " + (dir / "report.docx").string() + " " + (dir / "missing.txt").string());
  EXPECT_EQ(r.status, 2);  // some inputs could not be read
  std::istringstream lines(r.out);
  std::string line;
  int records = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    EXPECT_EQ(j["doc"], (dir / "good.txt").string());
    ++records;
  }
  EXPECT_EQ(records, 2);
  // The output is still written when some inputs are broken.
  auto book = (dir / "out.csv").string();
  auto all = run("extract -q " + (dir / "good.txt").string() + " " + (dir / "binary.txt").string() + " -o " + book);
  EXPECT_EQ(all.status, 2);
  EXPECT_TRUE(fs::exists(book));
}

TEST_F(Cli, MessagesNameTheFileAndWhatIsWrong) {
  write("binary.txt", std::string("\x7f" "ELF\0\0\0\x02\x01\0\0\0", 12));
  auto r = run("extract " + (dir / "binary.txt").string(), true);
  EXPECT_NE(r.out.find("binary.txt: binary data"), std::string::npos) << r.out;
  auto d = run("extract " + write("r.doc", "PK"), true);
  EXPECT_NE(d.out.find("save the document as .txt or .docx"), std::string::npos) << d.out;
  auto x = run("extract " + write("r.docx", "PK"), true);
  EXPECT_NE(x.out.find("r.docx: not a .docx"), std::string::npos) << x.out;
}

TEST_F(Cli, AnOutputEqualToAnInputIsRefusedAndTheInputKept) {
  std::string text = "全县地区生产总值完成45.4亿元，增长8％。";
  auto input = write("report.jsonl", text);
  auto r = run("extract " + input + " -o " + input, true);
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(read(input), text);
}

TEST_F(Cli, WritesEachFormatByExtension) {
  auto input = write("a.txt", "全县地区生产总值完成45.4亿元，增长8％。");
  for (std::string ext : {"xlsx", "csv", "jsonl"}) {
    auto out = (dir / ("out." + ext)).string();
    auto r = run("extract -q " + input + " -o " + out);
    EXPECT_EQ(r.status, 0) << ext;
    ASSERT_TRUE(fs::exists(out)) << ext;
    EXPECT_GT(fs::file_size(out), 100u) << ext;
  }
  EXPECT_EQ(read(dir / "out.xlsx").substr(0, 2), "PK");
  EXPECT_EQ(read(dir / "out.csv").substr(0, 3), "\xEF\xBB\xBF");
  std::string jsonl = read(dir / "out.jsonl");
  EXPECT_EQ(std::count(jsonl.begin(), jsonl.end(), '\n'), 2);
}

TEST_F(Cli, CheckExitsOneOnAnError) {
  // 化解58件 of 64件 is 90.6 %, not the stated 93.8 %.
  auto bad = write("bad.txt", "受理信访事项64件，已办结64件、化解58件，化解率93.8％。");
  auto good = write("good.txt", "巡视移交97件信访事项，已办结97件、化解91件，化解率93.8％。");
  auto r = run("check " + bad);
  EXPECT_EQ(r.status, 1) << r.out;
  EXPECT_NE(r.out.find("rate_mismatch"), std::string::npos) << r.out;
  auto g = run("check " + good);
  EXPECT_EQ(g.status, 0) << g.out;
  EXPECT_NE(g.out.find("rate_verified"), std::string::npos) << g.out;
}

TEST_F(Cli, ExplainShowsEachRuleTried) {
  auto r = run("explain '全县地区生产总值完成45.4亿元，增长8％。'");
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("indicator 地区生产总值 → 地区生产总值"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("growth.up: matched 「增长8％」"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 record(s)"), std::string::npos) << r.out;
}

TEST_F(Cli, LintNamesFileLineAndColumnOfEveryProblem) {
  fs::create_directories(dir / "rules");
  std::ofstream(dir / "rules" / "bad.yaml") << "patterns:\n  - id: x\n    measure: speed\n    match: \"{percnt}\"\n"
                                               "    examples: [{text: 增长8%, expect: none}]\n";
  auto r = run("rules lint " + (dir / "rules").string());
  EXPECT_EQ(r.status, 1);
  std::string file = (dir / "rules" / "bad.yaml").string();
  EXPECT_NE(r.out.find(file + ":3:14: 'speed' is not a measure"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(file + ":4:13: pattern 'x': unknown macro {percnt}"), std::string::npos) << r.out;
}

TEST_F(Cli, TheBuiltInRulesPassTheirOwnExamples) {
  auto r = run("rules test");
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_NE(r.out.find(" passed, 0 failed"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace zhibiao
