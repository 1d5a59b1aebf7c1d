// What rules/periods.yaml says: the words that name a period, how each resolves
// against the document, and the bases (年均, 累计 …) a figure may be written with.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "zhibiao/rules/aho_corasick.hpp"

namespace zhibiao {

// A year as a rule names it: 2025, or relative to the document (review-4).
struct YearRef {
  enum class Base { absolute, doc, written, review, plan, context };
  Base base = Base::absolute;
  int value = 0;  // the year when absolute, else an offset
};

// Part of a year: a half, a quarter, a month or a run of months.
struct YearPart {
  enum class Kind { none, half, quarter, month, months };
  Kind kind = Kind::none;
  int first = 0, last = 0;  // half 1–2, quarter 1–4, months 1–12
};

struct PeriodWord {
  std::u32string word;
  std::optional<YearRef> year;               // one year
  std::optional<std::pair<YearRef, YearRef>> years;  // a span of years
  YearPart part;
  bool weak = false;   // only when the sentence names no other period
  bool topic = true;   // may set the period of the sentences after it
};

struct PeriodRules {
  std::vector<PeriodWord> words;
  AhoCorasick matcher;                        // word id = index into words
  std::vector<std::u32string> topic_lead;     // 刚刚过去的 before a topic's period
  std::vector<std::vector<std::u32string>> bases;  // first word = the basis shown
  AhoCorasick basis_matcher;                  // word id = order of the word in bases, group by group
  std::vector<std::size_t> basis_group;       // word id → index into bases
  std::vector<std::u32string> level_reached;  // a level at the end of a span of years
  void finish();
};

// "review-4", "2025", "doc", "plan+1" → a YearRef; nullopt when malformed.
std::optional<YearRef> parse_year_ref(const std::string& text);
// "H1", "Q3", "M6", "M1-M9" → a YearPart; nullopt when malformed.
std::optional<YearPart> parse_year_part(const std::string& text);

}  // namespace zhibiao
