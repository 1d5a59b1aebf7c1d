// `zhibiao check` as a user runs it: the findings in each format, to standard output
// or a file, the kinds chosen by name, exit 1 on an error.
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

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

class CheckCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = test::test_dir("zhibiao-check-");
    fs::remove_all(dir);
    fs::create_directories(dir);
    // 化解58件 of 64件 is 90.6 %, not the stated 93.8 % (an error); 第26位 among 24 (another).
    std::ofstream(dir / "bad.txt") << "受理信访事项64件，已办结64件、化解58件，化解率93.8％。";
    bad = (dir / "bad.txt").string();
  }
  void TearDown() override { fs::remove_all(dir); }
  fs::path dir;
  std::string bad;
};

TEST_F(CheckCommand, JsonlOnAPipeByDefaultWithEveryFigureAndItsSentence) {
  auto r = run("check -q " + bad);
  EXPECT_EQ(r.status, 1) << r.out;
  std::istringstream lines(r.out);
  std::string line;
  std::size_t n = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line);
    ++n;
    EXPECT_EQ(j["kind"], "rate");
    EXPECT_EQ(j["id"], "rate_mismatch");
    EXPECT_EQ(j["severity"], "error");
    ASSERT_EQ(j["figures"].size(), 3u);
    EXPECT_EQ(j["figures"][2]["text"], "93.8％");
    EXPECT_EQ(j["figures"][2]["sentence"], "受理信访事项64件，已办结64件、化解58件，化解率93.8％。");
    EXPECT_GE(j["figures"][0]["record"].get<int>(), 1);
  }
  EXPECT_EQ(n, 1u) << r.out;
}

TEST_F(CheckCommand, TextIsTodaysOutputWithTheTally) {
  auto r = run("check --format text " + bad);
  EXPECT_EQ(r.status, 1);
  EXPECT_NE(r.out.find(": error [rate_mismatch] "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("58件 / 64件 = 90.63 %"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 finding(s): 1 error(s), 0 warning(s), 0 note(s) over 4 records"), std::string::npos) << r.out;
}

TEST_F(CheckCommand, CsvOnStandardOutput) {
  auto r = run("check --format csv " + bad);
  EXPECT_EQ(r.status, 1);
  ASSERT_EQ(r.out.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(r.out.find("severity,kind,id,message,arithmetic,doc,offsets,figures,indicators,records,sentences\r\n"),
            std::string::npos);
  EXPECT_NE(r.out.find("error,rate,rate_mismatch,"), std::string::npos) << r.out;
}

TEST_F(CheckCommand, DashOWritesTheFindingsNotTheRecords) {
  for (std::string ext : {"jsonl", "csv", "xlsx"}) {
    auto out = dir / ("findings." + ext);
    auto r = run("check -q " + bad + " -o " + out.string());
    EXPECT_EQ(r.status, 1) << ext;
    ASSERT_TRUE(fs::exists(out)) << ext;
    std::string bytes = read(out);
    if (ext == "jsonl") {
      EXPECT_EQ(std::count(bytes.begin(), bytes.end(), '\n'), 1) << bytes;  // one finding, not four records
      EXPECT_NE(bytes.find("\"id\":\"rate_mismatch\""), std::string::npos);
    } else if (ext == "csv") {
      EXPECT_EQ(std::count(bytes.begin(), bytes.end(), '\n'), 2) << bytes;  // header and one finding
    } else {
      EXPECT_EQ(bytes.substr(0, 2), "PK");
      if (fs::exists("/usr/bin/python3")) {
        std::string cmd = "/usr/bin/python3 -c \"import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); "
                          "print(wb.sheetnames); ws=wb.worksheets[0]; print(ws.max_row); print(ws.cell(2,3).value)\" " +
                          out.string() + " 2>&1";
        std::string got;
        FILE* p = popen(cmd.c_str(), "r");
        std::array<char, 4096> buf;
        while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) got.append(buf.data(), n);
        pclose(p);
        if (got.find("No module named") == std::string::npos) {
          EXPECT_NE(got.find("['一致性检查']"), std::string::npos) << got;
          EXPECT_NE(got.find("\n2\nrate_mismatch"), std::string::npos) << got;
        }
      }
    }
  }
}

TEST_F(CheckCommand, ChecksAndSkipChecksChooseKindsByName) {
  auto only = run("check -q --checks rank_peers,share " + bad);
  EXPECT_EQ(only.status, 0) << only.out;  // the rate check did not run
  EXPECT_TRUE(only.out.empty()) << only.out;
  auto skip = run("check -q --skip-checks rate " + bad);
  EXPECT_EQ(skip.status, 0) << skip.out;
  auto kept = run("check -q --skip-checks share --skip-checks relation " + bad);
  EXPECT_EQ(kept.status, 1) << kept.out;
  auto unknown = run("check -q --checks rates " + bad, true);
  EXPECT_EQ(unknown.status, 2);
  EXPECT_NE(unknown.out.find("no check is called 'rates'"), std::string::npos) << unknown.out;
  EXPECT_NE(unknown.out.find("rate, completion, share"), std::string::npos) << unknown.out;
}

TEST_F(CheckCommand, AFormatThatContradictsTheExtensionIsRefused) {
  auto r = run("check -q --format csv -o " + (dir / "f.jsonl").string() + " " + bad, true);
  EXPECT_EQ(r.status, 2) << r.out;
  EXPECT_FALSE(fs::exists(dir / "f.jsonl"));
  auto book = run("check -q --format xlsx " + bad, true);
  EXPECT_EQ(book.status, 2) << book.out;
}

}  // namespace
}  // namespace zhibiao
