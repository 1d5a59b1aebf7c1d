// CSV quoting, JSONL lines, and atomic output: refused paths, failed writes.
#include <gtest/gtest.h>
#include <sys/resource.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "record_builder.hpp"
#include "zhibiao/report/csv.hpp"
#include "zhibiao/report/jsonl.hpp"
#include "zhibiao/report/output.hpp"

namespace zhibiao::report {
namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

fs::path fresh_dir(const std::string& name) {
  fs::path d = fs::temp_directory_path() / ("zhibiao-report-" + name + "-" + std::to_string(::getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

Batch sample_batch(std::size_t copies = 1) {
  Batch b;
  for (std::size_t k = 0; k < copies; ++k) {
    test::DocBuilder d("县报告.txt");
    d.sentence("全县地区生产总值完成45.4亿元，增长8％，总量和增速均位于全市第三; \"重点\"项目, 第" + std::to_string(k) + "句。");
    d.add("45.4亿元", "地区生产总值", "地区生产总值", "value", "4540000000", "元").display_unit = "亿元";
    d.add("8％", "地区生产总值", "地区生产总值", "growth", "8", "%");
    b.records.insert(b.records.end(), d.records.begin(), d.records.end());
  }
  b.sources.push_back({"县报告.txt", "UTF-8", 1234, 1, b.records.size(), "ok", ""});
  return b;
}

TEST(Csv, FieldsAreQuotedOnlyWhenRfc4180NeedsIt) {
  EXPECT_EQ(csv_field("地区生产总值"), "地区生产总值");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("他说\"好\""), "\"他说\"\"好\"\"\"");
  EXPECT_EQ(csv_field("第一行\n第二行"), "\"第一行\n第二行\"");
  EXPECT_EQ(csv_field("a\rb"), "\"a\rb\"");
  EXPECT_EQ(csv_field(""), "");
}

TEST(Csv, BomHeaderAndOneCrlfRowPerRecordWithEveryField) {
  std::ostringstream out;
  Batch b = sample_batch();
  write_csv(out, b.records);
  std::string s = out.str();
  ASSERT_EQ(s.rfind("\xEF\xBB\xBF", 0), 0u);
  EXPECT_EQ(s.substr(3, s.find("\r\n") - 3),
            "doc,start,end,text,sentence,indicator,indicator_id,category,mention,measure,value,unit,display_unit,"
            "raw_value,raw_unit,qualifier,modality,status,masked,scope,of,of_total,period,period_kind,basis,region,"
            "doc_year,rule,low,high");
  std::size_t rows = 0;
  for (std::size_t p = s.find("\r\n"); p != std::string::npos; p = s.find("\r\n", p + 2)) ++rows;
  EXPECT_EQ(rows, 1 + b.records.size());
  // The sentence holds a comma and quotes: quoted, quotes doubled; the value is exact.
  EXPECT_NE(s.find(",\"全县地区生产总值完成45.4亿元，增长8％，总量和增速均位于全市第三; \"\"重点\"\"项目, 第0句。\","),
            std::string::npos);
  EXPECT_NE(s.find(",4540000000,元,亿元,45.4,亿元,"), std::string::npos);
}

TEST(Jsonl, OneObjectPerRecord) {
  std::ostringstream out;
  Batch b = sample_batch(3);
  write_jsonl(out, b.records);
  std::string s = out.str();
  EXPECT_EQ(static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')), b.records.size());
  EXPECT_EQ(s.substr(0, s.find('\n')), to_json(b.records[0]));
}

TEST(WriteOutput, FormatFollowsTheExtension) {
  fs::path d = fresh_dir("ext");
  Batch b = sample_batch();
  ASSERT_FALSE(write_output((d / "out.jsonl").string(), b, Lang::zh, {}));
  EXPECT_EQ(slurp(d / "out.jsonl"), to_json(b.records[0]) + "\n" + to_json(b.records[1]) + "\n");
  ASSERT_FALSE(write_output((d / "OUT.CSV").string(), b, Lang::zh, {}));
  EXPECT_EQ(slurp(d / "OUT.CSV").rfind("\xEF\xBB\xBF", 0), 0u);
  ASSERT_FALSE(write_output((d / "out.xlsx").string(), b, Lang::zh, {}));
  EXPECT_EQ(slurp(d / "out.xlsx").substr(0, 2), "PK");
  auto err = write_output((d / "out.txt").string(), b, Lang::zh, {});
  ASSERT_TRUE(err);
  EXPECT_NE(err->message.find(".xlsx"), std::string::npos);
  // Nothing but the outputs: no temporary file is left behind.
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(d)) ++files;
  EXPECT_EQ(files, 3u);
}

TEST(WriteOutput, RefusesAnOutputThatIsAnInputHoweverSpelled) {
  fs::path d = fresh_dir("input");
  fs::path input = d / "report.csv";
  std::ofstream(input) << "不可覆盖的原文";
  fs::create_symlink(input, d / "link.csv");
  Batch b = sample_batch();
  for (const fs::path& out : {input, d / "." / "report.csv", d / "link.csv"}) {
    auto err = write_output(out.string(), b, Lang::zh, {input.string()});
    ASSERT_TRUE(err) << out;
    EXPECT_NE(err->message.find("input"), std::string::npos);
  }
  // Also when the input is given as a relative spelling of the same file.
  auto cwd = fs::current_path();
  fs::current_path(d);
  auto err = write_output(input.string(), b, Lang::zh, {"./report.csv"});
  fs::current_path(cwd);
  EXPECT_TRUE(err);
  EXPECT_EQ(slurp(input), "不可覆盖的原文");
}

// A file-size limit makes the write itself fail half-way, as a full disk would.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    std::signal(SIGXFSZ, SIG_IGN);
    getrlimit(RLIMIT_FSIZE, &saved_);
    rlimit lim = saved_;
    lim.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &lim);
  }
  ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &saved_); }

 private:
  rlimit saved_{};
};

TEST(WriteOutput, AFailedWriteLeavesTheExistingOutputUntouched) {
  fs::path d = fresh_dir("fail");
  Batch big = sample_batch(2000);  // well over the limit below in every format
  for (const char* name : {"out.csv", "out.jsonl", "out.xlsx"}) {
    fs::path out = d / name;
    std::ofstream(out) << "previous output";
    std::optional<Error> err;
    {
      FileSizeLimit limit(16 * 1024);
      err = write_output(out.string(), big, Lang::zh, {});
    }
    ASSERT_TRUE(err) << name;
    EXPECT_EQ(slurp(out), "previous output") << name;
  }
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(d)) ++files;
  EXPECT_EQ(files, 3u) << "a temporary file was left behind";
  // Without the limit the same write succeeds and replaces the old output.
  ASSERT_FALSE(write_output((d / "out.csv").string(), big, Lang::zh, {}));
  EXPECT_NE(slurp(d / "out.csv"), "previous output");
}

}  // namespace
}  // namespace zhibiao::report
