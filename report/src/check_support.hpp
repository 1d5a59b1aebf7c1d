// Shared pieces of the checks: precision intervals, sentences, finding builders.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/report/check_rules.hpp"
#include "zhibiao/report/finding.hpp"

namespace zhibiao::report::detail {

// A closed interval; one-sided qualifiers (以上, 以内) leave an infinite end.
struct Span {
  double lo = 0, hi = 0;
};

// Digits after the point as written (raw_value), else as normalized.
int written_decimals(const Record& r);
// Half a unit in the last written digit, in base units; 0 for whole counts (97件 is exact).
double half_unit(const Record& r);
// What the figure allows, from its precision and qualifier.
Span allowed(const Record& r, const CheckRules& rules);
bool overlaps(Span a, Span b);
bool usable(const Record& r);  // has a value and is not masked
bool is_percent(const Record& r);
bool is_count(const Record& r);  // a count unit (件, 个, 人 …), not money or a measured quantity

// Fixed decimals, no exponent: fmt(93.8144, 2) == "93.81".
std::string fmt(double v, int decimals);
// "93.75–93.85", "≥ 7.95", "≤ 4.15".
std::string fmt_span(Span s, int decimals);
// The figure as written, else its value and unit.
std::string shown(const Record& r);

// Records of one sentence of one document, in text order, with the sentence in code points.
struct Sentence {
  std::vector<std::size_t> records;
  std::u32string text;
  std::optional<long long> base;  // document offset of the sentence's first code point
  // Text between two document offsets, clamped to the sentence; empty when unknown.
  std::string slice(std::size_t from, std::size_t to) const;
  // From the start of the clause (after ，；。) holding `offset` up to `offset`.
  std::string clause_before(std::size_t offset) const;
};
std::vector<Sentence> sentences(const std::vector<Record>& records);

// The word of `words` that ends last in `text`, or empty.
std::string last_word(const std::string& text, const std::vector<std::string>& words);
bool ends_with(const std::string& s, const std::string& suffix);
bool contains(const std::string& s, const std::string& part);

Finding finding(std::string id, std::string severity, std::vector<std::size_t> records, std::string arithmetic,
                std::string message, const std::vector<Record>& all);

}  // namespace zhibiao::report::detail
