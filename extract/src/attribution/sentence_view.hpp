// One sentence as the attribution steps see it: its normalized text, clauses,
// quantities and indicator mentions, with the word lookups they share.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/quantity/quantity.hpp"
#include "zhibiao/rules/clause_matcher.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/text/segment.hpp"
#include "zhibiao/text/text.hpp"

namespace zhibiao::detail {

struct SentenceView {
  const RuleSet& rules;
  const Text& text;
  const std::u32string& s;  // the normalized text of the whole document
  const Sentence& sentence;
  std::vector<Quantity> quantities;
  std::vector<Mention> mentions;

  // The first (or last) word of a list in [b, e), as a position. With
  // `outside_names`, words inside an indicator name do not count (共 in 一般公共预算收入).
  std::optional<std::size_t> find_word(Words list, std::size_t b, std::size_t e, bool last,
                                       bool outside_names = false) const;
  bool inside_mention(std::size_t b, std::size_t e) const;
  // 分别 / 均 as markers in [b, e): not inside an indicator name (细颗粒物平均浓度) nor a word
  // like 人均 (the rules' not_markers).
  std::optional<std::size_t> find_marker(Words list, std::size_t b, std::size_t e) const;
  // A word of the list starts at / ends at `pos`.
  bool word_at(Words list, std::size_t pos) const;
  bool word_ends_at(Words list, std::size_t pos, std::size_t floor) const;
  std::size_t clause_begin_of(std::size_t pos) const;
  std::size_t clause_end_of(std::size_t pos) const;
  std::string original(Span sp) const;
};

}  // namespace zhibiao::detail
