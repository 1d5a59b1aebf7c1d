// A first pass over a clause with every pattern at once: which regular expressions
// can match it at all. Vectorscan compiles each pattern in prefilter mode (a superset of
// its matches: look-arounds widened), so a pattern it rules out cannot match and Boost,
// which finds the spans and groups, runs only on the rest. A pattern Vectorscan cannot
// compile, or may read differently from Boost (\d, ^, (?i) …), is not covered: it is
// tried wherever its words occur, as before.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace zhibiao {

class PatternPrefilter {
 public:
  PatternPrefilter() = default;  // covers nothing: every pattern is tried
  // One expression per regular-expression id (Pattern::regex_id): each pattern's loose form.
  explicit PatternPrefilter(const std::vector<std::string>& expressions);

  bool covers(std::size_t regex_id) const { return regex_id < covered_.size() && covered_[regex_id]; }
  bool covers_all() const { return db_ && uncovered_ == 0; }
  std::size_t uncovered() const { return uncovered_; }
  // Why an expression is not covered (Vectorscan's message), for `zhibiao rules lint`.
  std::string why_not(std::size_t regex_id) const;

  // may_match[id] for every regular-expression id: true where a covered expression can
  // match `text`, or where the id is not covered. False only when no match is possible.
  void scan(std::u32string_view text, std::vector<char>& may_match) const;

 private:
  struct Database;
  std::shared_ptr<const Database> db_;
  std::vector<char> covered_;
  std::size_t uncovered_ = 0;
  std::vector<std::string> why_not_;  // by regex id; empty where covered
  std::string whole_;                 // when the database as a whole could not be built
};

}  // namespace zhibiao
