// A word list of the rules (lists: in words.yaml) as code points, longest first, and
// the lists the attribution steps name, resolved once by id instead of looked up by
// name for every character they test.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace zhibiao {

// The lists the code reads by name (rules/words.yaml). A rule set without one of
// them has it empty. A list the code comes to read is added here and in name_of(),
// in the same place of both.
enum class Words : std::uint8_t {
  actual_markers, alias_left_context, attribute_modifiers, attributes, breakdown_before, clause_targets,
  comparison_openers, compared, deadline_after, down, estimates, fan_out_markers, horizon_before, level_from, level_held,
  list_separators, mention_leading, mention_trailing, milestones, name_after, name_units, new_prefixes, not_markers, not_targets,
  past_markers, period_base_markers, plan_headings, policy_after, proposals, rank_of, rank_verbs, reached,
  respectively_markers, review_headings, scopes, stock_attributes, strong_targets, target_after, target_bases, target_date_prefixes,
  target_openers, target_outcomes, targets, threshold_before, up,
  count_  // not a list
};
std::string_view name_of(Words list);

class WordList {
 public:
  WordList() = default;
  // Sorted longest first; words of one length keep their order.
  explicit WordList(std::vector<std::u32string> words);

  const std::vector<std::u32string>& words() const { return words_; }
  auto begin() const { return words_.begin(); }
  auto end() const { return words_.end(); }
  bool empty() const { return words_.empty(); }

  // False when no word of the list starts (ends) with c; true means maybe. One test
  // of a 256-bit filter: most positions of a text are turned away by it.
  bool may_start(char32_t c) const { return test(first_, c); }
  bool may_end(char32_t c) const { return test(last_, c); }
  bool contains(std::u32string_view word) const;
  // The length of the longest word of the list written at `pos` of s (ending at `pos`, no
  // further back than `floor`); 0 for none.
  std::size_t length_at(std::u32string_view s, std::size_t pos) const;
  std::size_t length_ending_at(std::u32string_view s, std::size_t pos, std::size_t floor = 0) const;
  // Where the last word of the list written in s starts, testing the words only where the
  // first-character filter lets a position through.
  std::optional<std::size_t> last_in(std::u32string_view s) const;

 private:
  static bool test(const std::array<std::uint64_t, 4>& bits, char32_t c) {
    return (bits[(c >> 6) & 3] >> (c & 63)) & 1u;
  }
  std::vector<std::u32string> words_;
  std::array<std::uint64_t, 4> first_{}, last_{};
};

}  // namespace zhibiao
