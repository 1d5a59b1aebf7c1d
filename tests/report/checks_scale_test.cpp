// No check is quadratic: a document of 100,000 figures, and one long sentence without
// a stop (a flattened table), finish in seconds. The bounds are generous on purpose:
// they catch records² (minutes here), not a slower machine.
#include <gtest/gtest.h>

#include <chrono>

#include "support/timing.hpp"
#include "zhibiao/report/checks.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::report {
namespace {

const CheckRules& rules() {
  static const CheckRules r = [] {
    auto b = CheckRules::builtin();
    if (!b) throw std::runtime_error(b.error().describe());
    return *b;
  }();
  return r;
}

// Writes sentences piece by piece, placing each figure where it is appended.
class Writer {
 public:
  explicit Writer(std::string doc) : doc_(std::move(doc)) {}
  Writer& words(const std::string& s) {
    sentence_ += s;
    return *this;
  }
  Writer& figure(const std::string& text, const std::string& indicator, const std::string& mention,
                 const std::string& measure, const std::string& value, const std::string& unit,
                 const std::string& raw_value) {
    Record r;
    r.doc = doc_;
    r.start = offset_ + from_utf8(sentence_).size();
    r.end = r.start + from_utf8(text).size();
    r.text = text;
    r.indicator = indicator;
    r.mention = mention;
    r.measure = measure;
    r.value = Decimal::parse(value);
    r.unit = unit;
    r.raw_value = raw_value;
    r.period = "2025";
    r.region = "岚溪县";
    pending_.push_back(r);
    sentence_ += text;
    return *this;
  }
  void end_sentence() {
    for (auto& r : pending_) {
      r.sentence = sentence_;
      records.push_back(std::move(r));
    }
    pending_.clear();
    offset_ += from_utf8(sentence_).size();
    sentence_.clear();
  }
  std::vector<Record> records;

 private:
  std::string doc_, sentence_;
  std::size_t offset_ = 0;
  std::vector<Record> pending_;
};

// One sentence with a figure of every kind the checks look at.
void every_kind(Writer& w, int k) {
  w.words("全县地区生产总值由")
      .figure("40.0亿元", "地区生产总值", "地区生产总值", "value", "4000000000", "元", "40.0")
      .words("增加到")
      .figure(std::to_string(45 + k % 7) + ".4亿元", "地区生产总值", "地区生产总值", "value",
              std::to_string(45 + k % 7) + "40000000", "元", std::to_string(45 + k % 7) + ".4")
      .words("，增长")
      .figure("13.5%", "地区生产总值", "地区生产总值", "growth", "13.5", "%", "13.5")
      .words("，税收收入")
      .figure("6.92亿元", "税收收入", "税收收入", "value", "692000000", "元", "6.92")
      .words("，占一般公共预算收入的")
      .figure("70.2%", "税收收入", "税收收入", "share", "70.2", "%", "70.2")
      .words("，一般公共预算收入")
      .figure("9.86亿元", "一般公共预算收入", "一般公共预算收入", "value", "986000000", "元", "9.86")
      .words("，排名第3位后下跌至")
      .figure("第" + std::to_string(4 + k % 5) + "位", "地区生产总值", "地区生产总值", "rank",
              std::to_string(4 + k % 5), "位", std::to_string(4 + k % 5))
      .words("，受理信访事项")
      .figure("97件", "", "受理信访事项", "value", "97", "件", "97")
      .words("，化解")
      .figure("91件", "", "化解", "value", "91", "件", "91")
      .words("，化解率")
      .figure("93.8%", "", "化解率", "value", "93.8", "%", "93.8")
      .words("。");
  w.end_sentence();
}

double seconds_to_check(const std::vector<Record>& records, std::size_t& findings) {
  auto t0 = std::chrono::steady_clock::now();
  findings = run_checks(records, rules()).size();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

TEST(ChecksScale, ADocumentOfOneHundredThousandFiguresTakesSeconds) {
  Writer w("big.txt");
  for (int k = 0; w.records.size() < 100000; ++k) every_kind(w, k);
  ASSERT_GE(w.records.size(), 100000u);
  std::size_t findings = 0;
  double s = seconds_to_check(w.records, findings);
  EXPECT_LT(s, test::budget(20.0)) << findings << " findings";
  EXPECT_GT(findings, 10000u);  // the checks ran: every sentence has rates, shares and changes
}

TEST(ChecksScale, OneLongSentenceWithoutAStopTakesSeconds) {
  // Issue 10: records² × sentence length made 25 KB take 20 s and 100 KB over five minutes.
  Writer w("flat.txt");
  for (int k = 0; k < 500; ++k)
    w.words("地区生产总值增长")
        .figure("5.5%", "地区生产总值", "地区生产总值", "growth", "5.5", "%", "5.5")
        .words("高于全国")
        .figure("0.3个百分点", "地区生产总值", "增速", "growth", "0.3", "百分点", "0.3")
        .words("排名")
        .figure("第" + std::to_string(1 + k % 9) + "位", "地区生产总值", "地区生产总值", "rank",
                std::to_string(1 + k % 9), "位", std::to_string(1 + k % 9))
        .words("占比")
        .figure("12.5%", "地区生产总值", "地区生产总值", "share", "12.5", "%", "12.5")
        .words("由")
        .figure("3.0亿元", "地区生产总值", "地区生产总值", "value", "300000000", "元", "3.0")
        .words("提高到");
  w.end_sentence();
  ASSERT_EQ(w.records.size(), 2500u);
  std::size_t findings = 0;
  double s = seconds_to_check(w.records, findings);
  EXPECT_LT(s, test::budget(20.0)) << findings << " findings";
}

}  // namespace
}  // namespace zhibiao::report
