// Numbers beyond what a report means or a spreadsheet holds are not figures
// (issue 10 §4): 1e308万人 was written as INF, a 100,000-digit number as a
// 100,008-digit JSON integer, and 1e-9999％ was read as a growth of 9999 %.
#include <gtest/gtest.h>

#include <chrono>

#include "scan_support.hpp"
#include "zhibiao/attribution/extractor.hpp"
#include "support/timing.hpp"
#include "zhibiao/quantity/numeral.hpp"

namespace zhibiao::test {
namespace {

std::vector<Record> extract(const std::string& utf8) {
  return Extractor::builtin()->extract_text("t", Text(from_utf8(utf8)));
}

TEST(ValueLimits, ADoubleOverflowIsNoFigure) {
  EXPECT_TRUE(scan_all("人口达到1e308万人。").empty()) << listing("人口达到1e308万人。");
  for (const auto& r : extract("全市常住人口达到1e308万人。")) ADD_FAILURE() << to_json(r);
}

TEST(ValueLimits, AHundredThousandDigitNumberIsSkippedWholeAndFast) {
  std::string text = "地区生产总值达到" + std::string(100000, '9') + "亿元，增长5%。";
  auto start = std::chrono::steady_clock::now();
  auto found = scan_all(text);
  auto records = extract(text);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::string shown;
  for (const auto& f : found) shown += "[" + f.text.substr(0, 40) + " " + f.kind + "] ";
  ASSERT_EQ(found.size(), 1u) << shown;
  EXPECT_EQ(found[0].text, "5%");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].measure, "growth");
  EXPECT_LT(seconds, budget(2.0));  // was quadratic: the run read again from each of its digits
  for (const auto& r : records) EXPECT_LT(to_json(r).size(), 2000u + text.size() - 100000u);
}

TEST(ValueLimits, ThirtyDigitsAreAFigureThirtyOneAreNot) {
  auto thirty = find("共计123456789012345678901234567890元", "123456789012345678901234567890元");
  ASSERT_TRUE(thirty) << listing("共计123456789012345678901234567890元");
  EXPECT_EQ(thirty->value, "123456789012345678901234567890");
  EXPECT_TRUE(scan_all("共计1234567890123456789012345678901元").empty());
  // Within 30 digits, a magnitude may still carry the value past 10^30: 10^29 万元 is not a figure.
  EXPECT_TRUE(scan_all("共计100000000000000000000000000000万元").empty());
}

TEST(ValueLimits, AnExponentIsNoFormOfThisGenre) {
  // 1e-9999％: the e- glues the digits to the letter; nothing is a growth.
  EXPECT_TRUE(scan_all("同比增长1e-9999％").empty()) << listing("同比增长1e-9999％");
  for (const auto& r : extract("地区生产总值同比增长1e-9999％。")) ADD_FAILURE() << to_json(r);
  // Exponent forms stay numbers (the conformance specs read them), never percents or money.
  auto n = find("2e5%", "2e5");
  ASSERT_TRUE(n) << listing("2e5%");
  EXPECT_EQ(n->kind, "number");
  EXPECT_EQ(n->value, "200000");
  EXPECT_FALSE(find("投资1.2E+15元", "1.2E+15元"));
  EXPECT_TRUE(scan_all("COVID-19").empty()) << listing("COVID-19");
}

TEST(ValueLimits, ARunOfTwoHundredThousandWanIsReadInLinearTime) {
  auto time_of = [](int n) {
    std::string run = "一";
    for (int i = 0; i < n; ++i) run += "万";
    auto start = std::chrono::steady_clock::now();
    auto found = scan_all(run + "元，增长8%");
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_FALSE(found.empty());
    if (!found.empty()) {
      EXPECT_EQ(found.back().text, "8%");
    }
    for (const auto& f : found)
      if (f.q.value && !f.q.value->is_zero()) {
        EXPECT_LE(f.q.value->order(), kMaxFigureOrder) << f.text;
      }
    return seconds;
  };
  double small = time_of(50000), large = time_of(200000);
  // Four times the text, at most about four times the time (quadratic would be sixteen).
  EXPECT_LT(large, 8 * small + 0.5) << small << " s, then " << large << " s";
}

}  // namespace
}  // namespace zhibiao::test
