// The workbook, read back by two real readers: openpyxl and LibreOffice headless.
// Both are installed by the README's setup command (python3-openpyxl,
// libreoffice-calc-nogui); when one is missing the test fails and says so.
#include <fmt/format.h>
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
#include "zhibiao/report/workbook_options.hpp"

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
  c.sentence("全年地区生产总值增长6.8%。");  // the same figure again, with another value
  c.add("6.8%", "地区生产总值", "地区生产总值", "growth", "6.8", "%");
  c.sentence("累计发放1234567890123456789元。");  // more digits than Excel keeps
  c.add("1234567890123456789元", "", "发放", "value", "1234567890123456789", "元");
  c.sentence(kLongSentence);
  c.add("1件", "", "完成", "value", "1", "件");
  for (auto* d : {&a, &c}) b.records.insert(b.records.end(), d->records.begin(), d->records.end());
  for (auto& r : b.records) {
    if (r.indicator == "地区生产总值") r.indicator_id = "gdp", r.category = "综合";
    r.doc_year = 2026;
    r.period = "2025";
    r.period_kind = "year";
  }
  b.sources = {{"样本/县政府工作报告.txt", "GB18030", 2048, 3, 8, "ok", ""},
               {"b.txt", "UTF-8", 120000, 4, 5, "ok", ""},
               {"坏文件.docx", "", 10, 0, 0, "error", "不是有效的 docx 文件"}};
  b.sources[0].region = "岚溪县";
  b.sources[0].year = 2026;
  b.sources[0].kind = "政府工作报告";
  b.sources[0].sha256 = std::string(64, 'a');
  auto rules = CheckRules::builtin();
  EXPECT_TRUE(rules);
  if (rules) b.findings = run_checks(b.records, *rules);
  return b;
}

// The catalogue the built-in rules would give, for the two indicators of the sample.
WorkbookOptions sample_options(Lang lang) {
  WorkbookOptions o(lang);
  o.catalogue.add({"gdp", "地区生产总值", "gross regional product", "综合", "亿元", true, false});
  o.catalogue.add({"tourists", "接待游客", "", "旅游", "万人次", false, false});
  o.version = "0.1.0";
  o.rules_digest = std::string(64, 'f');
  return o;
}

fs::path write_workbook(const fs::path& dir, const Batch& b, Lang lang) {
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  fs::path out = dir / (lang == Lang::zh ? "指标.xlsx" : "indicators.xlsx");
  auto err = write_output(out.string(), b, sample_options(lang), {});
  EXPECT_FALSE(err) << (err ? err->describe() : "");
  return out;
}

// The column of a header row named `name`.
std::size_t column(const json& header, const std::string& name) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return i;
  ADD_FAILURE() << "no column " << name << " in " << header.dump();
  return 0;
}

// "'指标明细'!A5" → 5
std::size_t linked_row(const std::string& location, const std::string& sheet) {
  std::string prefix = "'" + sheet + "'!A";
  if (location.rfind(prefix, 0) != 0) return 0;
  return static_cast<std::size_t>(std::stoul(location.substr(prefix.size())));
}

std::string cell_name(std::size_t col, std::size_t row) {  // 0-based column, 1-based row
  std::string letters;
  for (std::size_t c = col + 1; c > 0; c = (c - 1) / 26) letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row);
}

// "AB12" → {27, 12}: 0-based column, 1-based row.
std::pair<std::size_t, std::size_t> parse_cell(const std::string& name) {
  std::size_t col = 0, i = 0;
  for (; i < name.size() && std::isalpha(static_cast<unsigned char>(name[i])); ++i) col = col * 26 + (name[i] - 'A' + 1);
  return {col - 1, std::stoul(name.substr(i))};
}

TEST(ReadBack, OpenpyxlSeesEverySheetRecordAndFinding) {
  fs::path dir = fresh_dir("openpyxl");
  Batch b = sample_batch();
  ASSERT_FALSE(b.findings.empty());
  json wb = read_back("xlsx", write_workbook(dir, b, Lang::zh));
  ASSERT_TRUE(wb.contains("sheets")) << wb.dump();
  EXPECT_EQ(wb["sheets"], json({"说明", "指标明细", "指标对比", "一致性检查", "文件", "规则命中"}));
  EXPECT_EQ(wb["created"], "2023-11-14T22:13:20");
  EXPECT_EQ(wb["properties"]["title"], "指标提取结果");
  EXPECT_EQ(wb["properties"]["author"], "zhibiao");
  EXPECT_NE(wb["properties"]["keywords"].get<std::string>().find("统计指标"), std::string::npos);
  EXPECT_EQ(wb["charts"], 1) << "one chart: 地区生产总值, the only headline indicator";

  const json& detail = wb["sheet"]["指标明细"];
  ASSERT_EQ(detail["rows"].size(), b.records.size() + 1);
  EXPECT_EQ(detail["freeze"], "B2");
  EXPECT_EQ(detail["tables"], json({{"Records", "A1:AG" + std::to_string(b.records.size() + 1)}}));
  EXPECT_EQ(detail["print"]["orientation"], "landscape");
  EXPECT_EQ(detail["print"]["fit"], true);
  EXPECT_EQ(detail["print"]["fit_height"], 0) << "one page wide, as many tall as it takes";
  EXPECT_EQ(detail["print"]["title_rows"], "$1:$1");
  const json& header = detail["rows"][0];
  std::size_t value = column(header, "数值"), exact = column(header, "精确数值"), display = column(header, "显示值"),
              sentence = column(header, "句子"), masked = column(header, "遮蔽"), measure = column(header, "度量"),
              status = column(header, "状态"), qualifier = column(header, "限定");
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
  // Labels in the workbook's language.
  EXPECT_EQ(detail["rows"][1][measure], "总量");
  EXPECT_EQ(detail["rows"][2][measure], "增速");
  EXPECT_EQ(detail["rows"][3][measure], "位次");
  EXPECT_EQ(detail["rows"][1][status], "实际");
  EXPECT_EQ(detail["rows"][1][qualifier], "准确");
  // 4540000000 元 shown as 45.40 亿元; 8 % as a percent number; ranks as 第3位.
  EXPECT_DOUBLE_EQ(detail["rows"][1][display].get<double>(), 45.4);
  EXPECT_EQ(detail["formats"][1][display], "#,##0.00");
  EXPECT_EQ(detail["formats"][2][value], "0\"%\"");
  EXPECT_TRUE(detail["rows"][2][display].is_null()) << "a growth has no display value in 亿元";
  EXPECT_EQ(detail["formats"][3][value], "\"第\"0\"位\"");
  EXPECT_DOUBLE_EQ(detail["rows"][8][display].get<double>(), 330.0);
  // Past 15 significant digits the exact decimal stands beside the number, as text.
  std::size_t big = b.records.size() - 1;  // the row of 1234567890123456789元 (the last but one record)
  EXPECT_EQ(detail["rows"][big][exact], "1234567890123456789");
  EXPECT_EQ(detail["types"][big][value], "n");
  EXPECT_TRUE(detail["rows"][1][exact].is_null()) << "45.4亿元 fits in a double";
  // A sentence over Excel's 32,767 characters is cut on a character boundary.
  std::string cut = detail["rows"][b.records.size()][sentence];
  EXPECT_EQ(from_utf8(cut).size(), 32767u);
  EXPECT_EQ(kLongSentence.rfind(cut, 0), 0u);
  // Chinese columns are wider than their character count.
  EXPECT_GE(detail["widths"]["F"].get<double>(), 12.0);

  const json& checks = wb["sheet"]["一致性检查"];
  ASSERT_EQ(checks["rows"].size(), b.findings.size() + 1);
  EXPECT_EQ(checks["tables"].size(), 1u);
  bool found = false;
  for (const auto& row : checks["rows"])
    if (row[1] == "rate_mismatch") {
      found = true;
      EXPECT_EQ(row[0], "错误");
      EXPECT_EQ(row[3], "58件 / 64件 = 90.63 %, stated 93.8％ (93.75–93.85)");
      EXPECT_EQ(row[4], "样本/县政府工作报告.txt");
    }
  EXPECT_TRUE(found);

  const json& files = wb["sheet"]["文件"];
  ASSERT_EQ(files["rows"].size(), 4u);
  EXPECT_EQ(files["rows"][3][0], "坏文件.docx");
  EXPECT_EQ(files["rows"][3][5], "无法读取");
  EXPECT_EQ(files["rows"][3][6], "不是有效的 docx 文件");
  EXPECT_EQ(files["types"][1][2], "n");

  // The cover: title first, lines of text, then one table of the inputs.
  const json& cover = wb["sheet"]["说明"];
  EXPECT_EQ(cover["rows"][0][0], "指标提取结果");
  std::string text;
  for (const auto& row : cover["rows"])
    if (row[0].is_string()) text += row[0].get<std::string>() + "\n";
  EXPECT_NE(text.find("zhibiao 0.1.0"), std::string::npos) << text;
  EXPECT_NE(text.find(std::string(64, 'f')), std::string::npos) << "the rules digest";
  EXPECT_NE(text.find("2023-11-14"), std::string::npos) << "the date of the run";
  EXPECT_NE(text.find("指标对比"), std::string::npos) << "how to read each sheet";
  ASSERT_EQ(cover["tables"].size(), 1u);
  std::string ref = cover["tables"]["Inputs"];
  std::size_t head = std::stoul(ref.substr(1, ref.find(':') - 1)) - 1;  // 0-based header row
  EXPECT_EQ(ref, "A" + std::to_string(head + 1) + ":G" + std::to_string(head + 4));
  const json& inputs = cover["rows"][head];
  EXPECT_EQ(inputs, json({"文件", "SHA-256", "编码", "状态", "地区", "年份", "类型"}));
  EXPECT_EQ(cover["rows"][head + 1], json({"样本/县政府工作报告.txt", std::string(64, 'a'), "GB18030", "正常", "岚溪县", 2026,
                                           "政府工作报告"}));
  EXPECT_EQ(cover["rows"][head + 3][3], "无法读取");

  // The comparison: one column per document read, headed by its region (else its file stem) and year.
  const json& cmp = wb["sheet"]["指标对比"];
  const json& ch = cmp["rows"][0];
  std::size_t first_doc = column(ch, "岚溪县 2026"), second_doc = column(ch, "b 2026");
  EXPECT_EQ(second_doc, first_doc + 1);
  EXPECT_EQ(ch.size(), first_doc + 2) << "no column for the file that could not be read";
  EXPECT_EQ(cmp["freeze"], cell_name(first_doc, 2));
  EXPECT_EQ(cmp["tables"].size(), 1u);
  std::size_t c_ind = column(ch, "指标"), c_measure = column(ch, "度量"), c_unit = column(ch, "单位"),
              c_status = column(ch, "状态"), c_conflicts = column(ch, "不一致");
  bool level = false, growth = false;
  for (std::size_t r = 1; r < cmp["rows"].size(); ++r) {
    const json& row = cmp["rows"][r];
    if (row[c_ind] == "地区生产总值" && row[c_measure] == "总量") {
      level = true;
      EXPECT_EQ(row[c_unit], "亿元");
      EXPECT_EQ(row[c_status], "实际");
      EXPECT_DOUBLE_EQ(row[first_doc].get<double>(), 45.4);
      EXPECT_DOUBLE_EQ(row[second_doc].get<double>(), 186.7);
      EXPECT_EQ(cmp["formats"][r][first_doc], "#,##0.00");
    }
    if (row[c_ind] == "地区生产总值" && row[c_measure] == "增速") {
      growth = true;
      EXPECT_EQ(row[c_unit], "%");
      EXPECT_DOUBLE_EQ(row[first_doc].get<double>(), 8);
      // b.txt says 6.2% and 6.8%: the cell shows both, is filled and says which records.
      EXPECT_DOUBLE_EQ(row[second_doc].get<double>(), 6.2) << "the first figure stays a number";
      EXPECT_EQ(cmp["formats"][r][second_doc], "0.0\"%\"\" / 6.8%\";-0.0\"%\"\" / 6.8%\"");
      std::string at = cell_name(second_doc, r + 1);
      EXPECT_TRUE(cmp["fills"].contains(at)) << cmp["fills"].dump();
      ASSERT_TRUE(cmp["comments"].contains(at)) << cmp["comments"].dump();
      EXPECT_NE(cmp["comments"][at].get<std::string>().find("序号 10 为 6.2%，序号 11 为 6.8%"), std::string::npos)
          << cmp["comments"][at];
      EXPECT_EQ(row[c_conflicts], 1);
    }
  }
  EXPECT_TRUE(level && growth);
  // Every cell links to its record's row, which holds the same figure: the same indicator,
  // and the cell's number as its display value (else its value); [c] for a masked one.
  EXPECT_EQ(cmp["links"].size(), 7u) << "a cell per document and figure: 5 of 岚溪县, 2 of b.txt";
  std::size_t d_ind = column(header, "指标");
  for (const auto& [at, location] : cmp["links"].items()) {
    std::size_t r = linked_row(location, "指标明细");
    ASSERT_GE(r, 2u) << at << " → " << location;
    ASSERT_LT(r - 1, detail["rows"].size());
    const json& record = detail["rows"][r - 1];
    auto [col, sheet_row] = parse_cell(at);
    std::size_t row = sheet_row - 1;
    const json& shown = cmp["rows"][row][col];
    EXPECT_EQ(record[d_ind], cmp["rows"][row][c_ind]) << at;
    if (shown.is_number()) {
      const json& want = record[display].is_null() ? record[value] : record[display];
      EXPECT_DOUBLE_EQ(shown.get<double>(), want.get<double>()) << at << " → " << location;
    } else {
      EXPECT_EQ(shown, "[c]") << at;
      EXPECT_EQ(record[masked], true) << at;
    }
  }

  const json& hits = wb["sheet"]["规则命中"];
  ASSERT_GE(hits["rows"].size(), 2u);
  EXPECT_EQ(hits["rows"][1][0], "test.value");
  EXPECT_EQ(hits["types"][1][1], "n");
}

// The comparison never lets another figure stand in for the year's: a five-year average, a
// target, a bound beside the figure, another area's figure quoted in the report.
TEST(ReadBack, ComparisonKeepsYearsAveragesTargetsAndOtherAreasApart) {
  fs::path dir = fresh_dir("comparison");
  test::DocBuilder d("hebei.txt");
  auto gdp = [&](const std::string& text, const std::string& measure, const std::string& value, const std::string& unit,
                 const std::string& period, int nth = 0) -> Record& {
    Record& r = d.add(text, "地区生产总值", "地区生产总值", measure, value, unit, nth);
    r.indicator_id = "gdp";
    r.category = "综合";
    r.region = "河北省";
    r.doc_year = 2026;
    r.period = period;
    r.period_kind = period.find('/') != std::string::npos ? "multi-year" : "year";
    if (measure == "value") r.display_unit = "亿元";
    return r;
  };
  d.sentence("五年来地区生产总值年均增长5.4%，2025年突破4.9万亿元、达到4.93万亿元，增长5.6%。");
  gdp("5.4%", "growth", "5.4", "%", "2021/2025").basis = "年均";
  gdp("4.9万亿元", "value", "4900000000000", "元", "2025").qualifier = "at_least";
  gdp("4.93万亿元", "value", "4930000000000", "元", "2025");
  gdp("5.6%", "growth", "5.6", "%", "2025");
  d.sentence("地区生产总值比上年增长5.6%，全国增长5.0%。");
  gdp("5.6%", "growth", "5.6", "%", "2025").basis = "比上年";
  gdp("5.0%", "growth", "5.0", "%", "2025").region = "全国";
  d.sentence("今年地区生产总值增长5%左右。");
  Record& target = gdp("5%", "growth", "5", "%", "2026");
  target.status = "target";
  target.modality = "target";
  target.qualifier = "approx";
  Batch b;
  b.records = d.records;
  b.sources = {{"hebei.txt", "UTF-8", 300, 3, b.records.size(), "ok", ""}};
  b.sources[0].region = "河北省";
  b.sources[0].year = 2026;
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  fs::path out = dir / "c.xlsx";
  ASSERT_FALSE(write_output(out.string(), b, sample_options(Lang::zh), {}));
  json wb = read_back("xlsx", out);
  const json& cmp = wb["sheet"]["指标对比"];
  const json& h = cmp["rows"][0];
  std::size_t doc = column(h, "河北省 2026");
  std::vector<std::string> rows;
  for (std::size_t r = 1; r < cmp["rows"].size(); ++r) {
    const json& row = cmp["rows"][r];
    std::string basis = row[column(h, "口径")].is_null() ? "" : row[column(h, "口径")].get<std::string>();
    rows.push_back(fmt::format("{} {} {} {} {} = {} [{}]", row[column(h, "度量")].get<std::string>(),
                               row[column(h, "状态")].get<std::string>(), row[column(h, "时期")].get<std::string>(), basis,
                               row[column(h, "单位")].get<std::string>(), row[doc].dump(), cmp["formats"][r][doc].get<std::string>()));
  }
  EXPECT_EQ(rows, (std::vector<std::string>{
                      "总量 实际 2025  亿元 = 49300 [#,##0.00]",          // 4.93万亿元, not the bound before it
                      "增速 实际 2025  % = 5.6 [0.0\"%\"]",                // 比上年 is the year's growth; 全国's 5.0 is not here
                      "增速 实际 2021/2025 年均 % = 5.4 [0.0\"%\"]",       // the five-year average: a row of its own
                      "增速 目标 2026  % = 5 [\"约\"0\"%\";\"约\"-0\"%\"]",  // the target, approximate
                  }));
  EXPECT_TRUE(cmp["comments"].empty()) << cmp["comments"].dump();
}

TEST(ReadBack, EnglishSheetsLabelsAndIndicatorNames) {
  fs::path dir = fresh_dir("en");
  json wb = read_back("xlsx", write_workbook(dir, sample_batch(), Lang::en));
  EXPECT_EQ(wb["sheets"], json({"Cover", "Records", "Comparison", "Checks", "Files", "Rule hits"}));
  const json& records = wb["sheet"]["Records"];
  EXPECT_EQ(records["rows"][0][1], "Document");
  std::size_t indicator = column(records["rows"][0], "Indicator"), measure = column(records["rows"][0], "Measure");
  EXPECT_EQ(records["rows"][1][indicator], "gross regional product");
  EXPECT_EQ(records["rows"][2][measure], "growth");
  EXPECT_EQ(records["rows"][1][column(records["rows"][0], "Category")], "overall");
  const json& cmp = wb["sheet"]["Comparison"];
  EXPECT_EQ(cmp["rows"][1][column(cmp["rows"][0], "Indicator")], "gross regional product");
  EXPECT_EQ(cmp["rows"][1][column(cmp["rows"][0], "Status")], "actual");
  EXPECT_EQ(wb["sheet"]["Cover"]["rows"][0][0], "Extracted indicators");
  EXPECT_EQ(wb["sheet"]["Checks"]["rows"][1][0], "error");
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
  for (const char* sheet : {"说明", "指标明细", "指标对比", "一致性检查", "文件", "规则命中"})
    EXPECT_TRUE(fs::exists(out / (stem + "-" + sheet + ".csv"))) << sheet << "\n" << log;

  json detail = read_back("csv", out / (stem + "-指标明细.csv"));
  ASSERT_EQ(detail["rows"].size(), b.records.size() + 1);
  EXPECT_EQ(detail["rows"][1][7], "4540000000");  // 数值
  EXPECT_EQ(detail["rows"][1][32], b.records[0].sentence);  // 句子
  json checks = read_back("csv", out / (stem + "-一致性检查.csv"));
  bool found = false;
  for (const auto& row : checks["rows"]) found = found || row[1] == "rate_mismatch";
  EXPECT_TRUE(found);
}

TEST(ReadBack, LibreOfficePrintsTheCoverFirst) {
  std::string soffice = ZHIBIAO_SOFFICE;
  ASSERT_TRUE(fs::exists(soffice)) << "LibreOffice (soffice) is missing: apt-get install libreoffice-calc-nogui";
  ASSERT_TRUE(fs::exists("/usr/bin/pdftotext")) << "pdftotext is missing: apt-get install poppler-utils";
  fs::path dir = fresh_dir("pdf");
  fs::path book = write_workbook(dir, sample_batch(), Lang::zh);
  int status = -1;
  std::string log = run(shell_quote(soffice) + " -env:UserInstallation=file://" + (dir / "profile").string() +
                            " --headless --convert-to pdf --outdir " + shell_quote(dir.string()) + " " +
                            shell_quote(book.string()) + " 2>&1",
                        &status);
  ASSERT_EQ(status, 0) << log;
  fs::path pdf = dir / (book.stem().string() + ".pdf");
  ASSERT_TRUE(fs::exists(pdf)) << log;
  std::string first = run("pdftotext -f 1 -l 1 -layout " + shell_quote(pdf.string()) + " - 2>&1", &status);
  ASSERT_EQ(status, 0) << first;
  EXPECT_NE(first.find("指标提取结果"), std::string::npos) << first;
  EXPECT_NE(first.find("样本/县政府工作报告.txt"), std::string::npos) << "the inputs table is on the cover\n" << first;
  std::string all = run("pdftotext -layout " + shell_quote(pdf.string()) + " - 2>&1", &status);
  EXPECT_NE(all.find("不一致"), std::string::npos) << "the comparison is printed";
}

}  // namespace
}  // namespace zhibiao::report
