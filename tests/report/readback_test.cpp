// The workbook, read back by two real readers: openpyxl and LibreOffice headless.
// Both are installed by the README's setup command (python3-openpyxl,
// libreoffice-calc-nogui); when one is missing the test fails and says so.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "record_builder.hpp"
#include "zhibiao/report/checks.hpp"
#include "zhibiao/report/output.hpp"

namespace zhibiao::report {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Runs a command; its standard output, or a failure naming what is missing.
std::string run(const std::string& command, int* status) {
  std::string out;
  FILE* p = ::popen(command.c_str(), "r");
  if (!p) return out;
  char buf[65536];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  *status = ::pclose(p);
  return out;
}

std::string shell_quote(const std::string& s) { return "'" + s + "'"; }

json read_back(const std::string& mode, const fs::path& file) {
  int status = -1;
  std::string out = run(shell_quote(ZHIBIAO_READBACK_PYTHON) + " " + shell_quote(ZHIBIAO_READBACK_SCRIPT) + " " + mode + " " +
                            shell_quote(file.string()) + " 2>&1",
                        &status);
  if (status != 0)
    ADD_FAILURE() << "reading " << file << " with " << ZHIBIAO_READBACK_PYTHON
                  << " failed; is python3-openpyxl installed (apt-get install python3-openpyxl)?\n"
                  << out;
  try {
    return json::parse(out);
  } catch (const std::exception&) {
    return json::object();
  }
}

fs::path fresh_dir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("zhibiao-readback-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

const std::string kLongSentence = [] {
  std::string s;
  for (int i = 0; i < 40000; ++i) s += "长";
  return s + "完成1件。";
}();

Batch sample_batch() {
  Batch b;
  test::DocBuilder a("样本/县政府工作报告.txt");
  a.sentence("全县地区生产总值完成45.4亿元，增长8％，总量和增速均位于全市第三。");
  a.add("45.4亿元", "地区生产总值", "地区生产总值", "value", "4540000000", "元").display_unit = "亿元";
  a.add("8％", "地区生产总值", "地区生产总值", "growth", "8", "%").display_unit = "亿元";
  a.add("第三", "地区生产总值", "地区生产总值", "rank", "3", "位").scope = "全市";
  a.sentence("受理信访事项64件，已办结61件、化解58件，化解率93.8％。");
  a.add("64件", "", "受理信访事项", "value", "64", "件");
  a.add("58件", "", "化解", "value", "58", "件");
  a.add("93.8％", "", "化解率", "value", "93.8", "%");
  a.sentence("农业增加值达×亿元，接待游客330万人次。");
  a.add("×亿元", "农林牧渔业增加值", "农业增加值", "value", "", "元").masked = true;
  a.add("330万人次", "接待游客", "接待游客", "value", "3300000", "人次").display_unit = "万人次";
  test::DocBuilder c("b.txt");
  c.sentence("地区生产总值186.7亿元，增长6.2%。");
  c.add("186.7亿元", "地区生产总值", "地区生产总值", "value", "18670000000", "元").display_unit = "亿元";
  c.add("6.2%", "地区生产总值", "地区生产总值", "growth", "6.2", "%");
  c.sentence(kLongSentence);
  c.add("1件", "", "完成", "value", "1", "件");
  for (auto* d : {&a, &c}) b.records.insert(b.records.end(), d->records.begin(), d->records.end());
  b.sources = {{"样本/县政府工作报告.txt", "GB18030", 2048, 3, 8, "ok", ""},
               {"b.txt", "UTF-8", 120000, 2, 3, "ok", ""},
               {"坏文件.docx", "", 10, 0, 0, "error", "不是有效的 docx 文件"}};
  auto rules = CheckRules::builtin();
  EXPECT_TRUE(rules);
  if (rules) b.findings = run_checks(b.records, *rules);
  return b;
}

fs::path write_workbook(const fs::path& dir, const Batch& b, Lang lang) {
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  fs::path out = dir / (lang == Lang::zh ? "指标.xlsx" : "indicators.xlsx");
  auto err = write_output(out.string(), b, lang, {});
  EXPECT_FALSE(err) << (err ? err->describe() : "");
  return out;
}

TEST(ReadBack, OpenpyxlSeesEverySheetRecordAndFinding) {
  fs::path dir = fresh_dir("openpyxl");
  Batch b = sample_batch();
  ASSERT_FALSE(b.findings.empty());
  json wb = read_back("xlsx", write_workbook(dir, b, Lang::zh));
  ASSERT_TRUE(wb.contains("sheets")) << wb.dump();
  EXPECT_EQ(wb["sheets"], json({"指标明细", "指标汇总", "一致性检查", "文件", "规则命中"}));
  EXPECT_EQ(wb["created"], "2023-11-14T22:13:20");
  EXPECT_EQ(wb["charts"], 1);

  const json& detail = wb["sheet"]["指标明细"];
  ASSERT_EQ(detail["rows"].size(), b.records.size() + 1);
  EXPECT_EQ(detail["freeze"], "A2");
  EXPECT_EQ(detail["autofilter"], "A1:AF" + std::to_string(b.records.size() + 1));
  const json& header = detail["rows"][0];
  auto col = [&](const std::string& name) {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return i;
    ADD_FAILURE() << "no column " << name;
    return std::size_t{0};
  };
  std::size_t value = col("数值"), display = col("显示值"), sentence = col("句子"), masked = col("遮蔽");
  for (std::size_t i = 0; i < b.records.size(); ++i) {
    const json& row = detail["rows"][i + 1];
    const json& types = detail["types"][i + 1];
    if (b.records[i].value) {
      EXPECT_EQ(types[value], "n") << "row " << i + 2;
      EXPECT_DOUBLE_EQ(row[value].get<double>(), b.records[i].value->to_double());
    } else {
      EXPECT_TRUE(row[value].is_null()) << "a masked figure has no value";
      EXPECT_EQ(row[masked], true);
    }
    if (b.records[i].sentence.size() < 1000) {
      EXPECT_EQ(row[sentence], b.records[i].sentence);
    }
  }
  // 4540000000 元 shown as 45.40 亿元; 8 % as a percent number; ranks as 第3位.
  EXPECT_DOUBLE_EQ(detail["rows"][1][display].get<double>(), 45.4);
  EXPECT_EQ(detail["formats"][1][display], "#,##0.00");
  EXPECT_EQ(detail["formats"][2][value], "0\"%\"");
  EXPECT_TRUE(detail["rows"][2][display].is_null()) << "a growth has no display value in 亿元";
  EXPECT_EQ(detail["formats"][3][value], "\"第\"0\"位\"");
  EXPECT_DOUBLE_EQ(detail["rows"][8][display].get<double>(), 330.0);
  // A sentence over Excel's 32,767 characters is cut on a character boundary.
  std::string cut = detail["rows"][b.records.size()][sentence];
  EXPECT_EQ(from_utf8(cut).size(), 32767u);
  EXPECT_EQ(kLongSentence.rfind(cut, 0), 0u);
  // Chinese columns are wider than their character count.
  EXPECT_GE(detail["widths"]["E"].get<double>(), 12.0);

  const json& checks = wb["sheet"]["一致性检查"];
  ASSERT_EQ(checks["rows"].size(), b.findings.size() + 1);
  bool found = false;
  for (const auto& row : checks["rows"])
    if (row[1] == "rate_mismatch") {
      found = true;
      EXPECT_EQ(row[0], "error");
      EXPECT_EQ(row[3], "58件 / 64件 = 90.63 %, stated 93.8％ (93.75–93.85)");
      EXPECT_EQ(row[4], "样本/县政府工作报告.txt");
    }
  EXPECT_TRUE(found);

  const json& files = wb["sheet"]["文件"];
  ASSERT_EQ(files["rows"].size(), 4u);
  EXPECT_EQ(files["rows"][3][0], "坏文件.docx");
  EXPECT_EQ(files["rows"][3][5], "error");
  EXPECT_EQ(files["rows"][3][6], "不是有效的 docx 文件");
  EXPECT_EQ(files["types"][1][2], "n");

  const json& summary = wb["sheet"]["指标汇总"];
  EXPECT_EQ(summary["rows"][0][4], "样本/县政府工作报告.txt");
  bool gdp = false;
  for (const auto& row : summary["rows"])
    if (row[0] == "地区生产总值" && row[1] == "总量") {
      gdp = true;
      EXPECT_EQ(row[3], "亿元");
      EXPECT_DOUBLE_EQ(row[4].get<double>(), 45.4);
      EXPECT_DOUBLE_EQ(row[5].get<double>(), 186.7);
    }
  EXPECT_TRUE(gdp);

  const json& hits = wb["sheet"]["规则命中"];
  ASSERT_GE(hits["rows"].size(), 2u);
  EXPECT_EQ(hits["rows"][1][0], "test.value");
  EXPECT_EQ(hits["types"][1][1], "n");
}

TEST(ReadBack, EnglishHeadersAndSheetNames) {
  fs::path dir = fresh_dir("en");
  json wb = read_back("xlsx", write_workbook(dir, sample_batch(), Lang::en));
  EXPECT_EQ(wb["sheets"], json({"Records", "Summary", "Checks", "Files", "Rule hits"}));
  EXPECT_EQ(wb["sheet"]["Records"]["rows"][0][1], "Document");
}

TEST(ReadBack, LibreOfficeOpensTheWorkbookAndReadsEverySheet) {
  std::string soffice = ZHIBIAO_SOFFICE;
  ASSERT_TRUE(fs::exists(soffice)) << "LibreOffice (soffice) is missing: apt-get install libreoffice-calc-nogui";
  fs::path dir = fresh_dir("soffice");
  Batch b = sample_batch();
  fs::path book = write_workbook(dir, b, Lang::zh);
  fs::path out = dir / "csv";
  fs::create_directories(out);
  // A private profile: parallel runs would otherwise clash on the user's lock.
  // Filter options: comma, quote, UTF-8, from line 1, …, raw values, every sheet (-1).
  std::string cmd = shell_quote(soffice) + " -env:UserInstallation=file://" + (dir / "profile").string() +
                    " --headless --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1'"
                    " --outdir " + shell_quote(out.string()) + " " + shell_quote(book.string()) + " 2>&1";
  int status = -1;
  std::string log = run(cmd, &status);
  ASSERT_EQ(status, 0) << log;
  std::string stem = book.stem().string();
  for (const char* sheet : {"指标明细", "指标汇总", "一致性检查", "文件", "规则命中"})
    EXPECT_TRUE(fs::exists(out / (stem + "-" + sheet + ".csv"))) << sheet << "\n" << log;

  json detail = read_back("csv", out / (stem + "-指标明细.csv"));
  ASSERT_EQ(detail["rows"].size(), b.records.size() + 1);
  EXPECT_EQ(detail["rows"][1][7], "4540000000");  // 数值
  EXPECT_EQ(detail["rows"][1][31], b.records[0].sentence);  // 句子
  json checks = read_back("csv", out / (stem + "-一致性检查.csv"));
  bool found = false;
  for (const auto& row : checks["rows"]) found = found || row[1] == "rate_mismatch";
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace zhibiao::report
