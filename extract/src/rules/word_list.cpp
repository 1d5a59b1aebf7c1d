#include "zhibiao/rules/word_list.hpp"

#include <algorithm>

namespace zhibiao {

std::string_view name_of(Words list) {
  static constexpr std::string_view names[] = {
      "actual_markers", "alias_left_context", "attribute_modifiers", "attributes", "breakdown_before",
      "clause_targets", "comparison_openers", "compared", "deadline_after", "down", "estimates",
      "fan_out_markers", "horizon_before", "level_from", "level_held", "list_separators", "mention_leading",
      "mention_trailing", "milestones", "name_after", "name_units", "new_prefixes", "not_markers", "not_targets", "past_markers",
      "period_base_markers", "plan_headings", "policy_after", "proposals", "rank_of", "rank_verbs", "reached",
      "respectively_markers", "review_headings", "scopes", "stock_attributes", "strong_targets", "target_after", "target_bases",
      "target_date_prefixes", "target_openers", "target_outcomes", "targets", "threshold_before", "up"};
  static_assert(std::size(names) == static_cast<std::size_t>(Words::count_));
  return names[static_cast<std::size_t>(list)];
}

WordList::WordList(std::vector<std::u32string> words) : words_(std::move(words)) {
  std::stable_sort(words_.begin(), words_.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  for (const auto& w : words_) {
    if (w.empty()) continue;
    first_[(w.front() >> 6) & 3] |= std::uint64_t{1} << (w.front() & 63);
    last_[(w.back() >> 6) & 3] |= std::uint64_t{1} << (w.back() & 63);
  }
}

bool WordList::contains(std::u32string_view word) const {
  if (!word.empty() && !may_start(word.front())) return false;
  return std::find(words_.begin(), words_.end(), word) != words_.end();
}

std::size_t WordList::length_at(std::u32string_view s, std::size_t pos) const {
  if (pos >= s.size() || !may_start(s[pos])) return 0;
  for (const auto& w : words_)  // longest first
    if (s.substr(pos, w.size()) == w) return w.size();
  return 0;
}

std::optional<std::size_t> WordList::last_in(std::u32string_view s) const {
  for (std::size_t i = s.size(); i-- > 0;)
    if (length_at(s, i)) return i;
  return std::nullopt;
}

std::size_t WordList::length_ending_at(std::u32string_view s, std::size_t pos, std::size_t floor) const {
  if (pos <= floor || pos > s.size() || !may_end(s[pos - 1])) return 0;
  for (const auto& w : words_)
    if (pos - floor >= w.size() && s.substr(pos - w.size(), w.size()) == w) return w.size();
  return 0;
}

}  // namespace zhibiao
