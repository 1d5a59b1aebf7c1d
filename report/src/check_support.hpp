// Shared pieces of the checks: precision intervals, the record's comparable
// fields, sentences with their word lists found once, finding builders.
#pragma once

#include <cstddef>
#include <map>
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
// 千亿元, 万亿元, 百万: a magnitude written without a digit is a threshold (跨越千亿元台阶), not a figure.
bool bare_magnitude(const Record& r);

// The record's status: `status`, or `modality` where an older extractor left status at actual.
std::string status_of(const Record& r);
// A period in the normalized form of docs/record.md (2025, 2025-H1, 2025-Q3, 2025-06,
// 2025-01/2025-09, 2021/2025); 今年 or 全年 left unresolved is not known.
bool known_period(const std::string& period);

// Fixed decimals, no exponent: fixed(93.8144, 2) == "93.81".
std::string fixed(double v, int decimals);
// "93.75–93.85", "≥ 7.95", "≤ 4.15".
std::string fixed_span(Span s, int decimals);
// The figure as written, else its value and unit.
std::string shown(const Record& r);

// A word list of checks.yaml in code points, converted once per run.
struct WordList {
  std::vector<std::u32string> words;
  std::vector<std::string> utf8;
};
WordList word_list(const std::vector<std::string>& words);

// The word lists the checks search sentences for.
struct Words {
  WordList plan, share, share_whole_ends, connectors, level_from, average, up, down, compare, better, worse, milestone_after;
  explicit Words(const CheckRules& rules);
};

// A word found in a sentence: the word and its document offsets.
struct Found {
  std::string word;
  std::size_t start = 0, end = 0;
};

// Records of one sentence of one document, in text order, with the sentence in code points.
// Every word list is searched over the sentence once, on first use; a query is then a
// binary search, so no check costs records × sentence length.
class Sentence {
 public:
  std::vector<std::size_t> records;
  std::u32string text;
  std::optional<long long> base;  // document offset of the sentence's first code point

  // Text between two document offsets, clamped to the sentence; empty when unknown.
  std::string slice(std::size_t from, std::size_t to) const;
  // Document offset where the clause (after ，；。！？) holding `offset` starts.
  std::size_t clause_start(std::size_t offset) const;
  // The word of `list` that ends last inside [from, to) (document offsets), the longer on a tie.
  std::optional<Found> last_word(const WordList& list, std::size_t from, std::size_t to) const;
  // The word of `list` that starts exactly at `offset`, the longest.
  std::optional<Found> word_at(const WordList& list, std::size_t offset) const;
  // Sets up the clause index once `base` and `text` are known.
  void index();

 private:
  struct Match {
    std::size_t start, end, word;
  };
  const std::vector<Match>& matches(const WordList& list) const;
  long long local(std::size_t offset) const;  // clamped to [0, size]
  std::vector<std::size_t> delimiters_;       // local positions of ，；。！？
  mutable std::map<const WordList*, std::vector<Match>> found_;
};

// How many figures back a change's first level may stand (由A和B分别增加到C和D: two).
inline constexpr std::size_t kChangeReach = 8;

// Every record of the batch placed in its document and sentence.
struct Context {
  const std::vector<Record>& rs;
  const CheckRules& rules;
  Words words;
  std::vector<Sentence> sentences;                   // grouped by document, in text order
  std::vector<std::size_t> sentence_of;              // record → its sentence
  std::vector<std::vector<std::size_t>> documents;   // record indexes of each document, in text order
  std::vector<char> threshold;                       // record is a milestone or threshold (千亿元台阶)
  std::vector<char> from_level;                      // the level a change starts from (由1.58亿人次增加到…)

  Context(const std::vector<Record>& records, const CheckRules& rules);
  // A figure the arithmetic may use: a value, not masked, not a threshold.
  bool figure(std::size_t i) const { return !threshold[i] && usable(rs[i]); }
  bool same_sentence(std::size_t a, std::size_t b) const { return sentence_of[a] == sentence_of[b]; }
  // The earlier level of a change ending at position y of sentence s (由A增加到B: A for B), if any.
  std::optional<std::size_t> change_from(const Sentence& s, std::size_t y) const;
};

// Two figures may be compared: same status, region and basis; their periods agree, and
// both are known unless the two stand in one sentence (where an empty period agrees).
bool comparable(const Context& c, std::size_t a, std::size_t b);

bool ends_with(const std::string& s, const std::string& suffix);
bool contains(const std::string& s, const std::string& part);

Finding finding(std::string id, std::string severity, std::vector<std::size_t> records, std::string arithmetic,
                std::string message, const std::vector<Record>& all);

}  // namespace zhibiao::report::detail
