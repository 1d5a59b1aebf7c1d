// Sentences are bounded (issue 10 §2): one line without 。 — a flattened table,
// a PDF dump — is cut into pieces of at most kMaxSentenceLength code points, at
// clause ends when there are any, never inside a figure, and offsets stay right.
#include <gtest/gtest.h>

#include <chrono>

#include "scan_support.hpp"
#include "support/timing.hpp"
#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/text/segment.hpp"

namespace zhibiao::test {
namespace {

double seconds_since(std::chrono::steady_clock::time_point t) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t).count();
}

void expect_bounded_cover(const Text& text, const std::vector<Sentence>& sentences) {
  const auto& s = text.norm();
  std::size_t last = 0;
  for (const auto& sen : sentences) {
    EXPECT_LE(sen.size(), kMaxSentenceLength);
    for (std::size_t i = last; i < sen.begin; ++i)  // nothing but space is left between pieces
      EXPECT_TRUE(s[i] == U' ' || s[i] == U'\n' || s[i] == U'。' || s[i] == U'，') << "lost at " << i;
    last = sen.end;
  }
}

TEST(LongSentences, ALongSentenceIsCutAtClauseEnds) {
  std::string line;
  for (int i = 0; i < 2000; ++i) line += "地区生产总值增长" + std::to_string(i % 10) + "%，";
  Text text(from_utf8(line));
  auto sentences = segment(text);
  ASSERT_GT(sentences.size(), 5u);
  expect_bounded_cover(text, sentences);
  for (const auto& sen : sentences) EXPECT_EQ(text.norm()[sen.end - 1], U',') << "not cut at a clause end";
}

TEST(LongSentences, ARunWithoutPunctuationIsCutWhereNoFigureRunsAcross) {
  std::string line;
  for (int i = 0; i < 20000; ++i) line += "增长12.5%的";
  Text text(from_utf8(line));
  auto sentences = segment(text);
  expect_bounded_cover(text, sentences);
  const auto& s = text.norm();
  for (const auto& sen : sentences) {
    EXPECT_FALSE(is_ascii_digit(s[sen.begin]) || s[sen.begin] == U'.' || s[sen.begin] == U'%') << "cut inside a figure";
  }
  // Every figure survives the cuts whole, with offsets into the original line.
  auto records = Extractor::builtin()->extract_text("t", text);
  ASSERT_EQ(records.size(), 20000u);
  for (const auto& r : records) {
    ASSERT_EQ(r.text, "12.5%");
    ASSERT_EQ(to_utf8(text.original().substr(r.start, r.end - r.start)), r.text);
  }
}

TEST(LongSentences, ALineWithNoPunctuationCostsLinearTime) {
  // 25 KB took 20 s and 100 KB over 5 minutes before sentences were bounded:
  // now four times the line costs about four times as much (quadratic: sixteen).
  auto run = [](int pieces) {
    std::string line;
    for (int i = 0; i < pieces; ++i) line += "全市地区生产总值完成" + std::to_string(i % 97 + 1) + "亿元增长6%";
    auto start = std::chrono::steady_clock::now();
    Text text(from_utf8(line));
    auto sentences = segment(text);
    expect_bounded_cover(text, sentences);
    auto records = Extractor::builtin()->extract_text("t", text);
    double took = seconds_since(start);
    EXPECT_GE(records.size(), static_cast<std::size_t>(pieces) * 2) << pieces;
    std::printf("%.2f MB in one line: %zu sentences, %zu records, %.2f s\n", static_cast<double>(line.size()) / 1e6,
                sentences.size(), records.size(), took);
    return took;
  };
  double small = run(1000), large = run(4000);  // 25 KB, 100 KB
  EXPECT_LT(large, 8 * small + budget(0.2)) << small << " s, then " << large << " s";
  EXPECT_LT(large, budget(5.0));
}

TEST(LongSentences, ShortSentencesAreUntouched) {
  Text text(from_utf8("全县地区生产总值完成45.4亿元，增长8％，总量和增速均位于全市第三。"));
  auto sentences = segment(text);
  ASSERT_EQ(sentences.size(), 1u);
  EXPECT_EQ(sentences[0].clauses.size(), 3u);
}

}  // namespace
}  // namespace zhibiao::test
