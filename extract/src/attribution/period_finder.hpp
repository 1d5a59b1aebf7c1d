// The periods a sentence names (2025年, 上半年, 五年来, 1-9月 …) and how one
// resolves against the document and the context around it.
#pragma once

#include <optional>
#include <vector>

#include "zhibiao/attribution/document_info.hpp"
#include "zhibiao/attribution/period.hpp"
#include "zhibiao/quantity/quantity.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/text/segment.hpp"

namespace zhibiao::detail {

// A period as written: what it names, before the document resolves it.
struct PeriodMention {
  Span span;
  std::optional<YearRef> year;
  std::optional<std::pair<YearRef, YearRef>> years;
  YearPart part;
  bool weak = false;   // 全年: only when nothing more exact is said
  bool topic = true;   // may set the period of later sentences
  bool base = false;   // the base of a comparison (比上年, 较一季度): not the figure's period
  // 从2020年的3.68万亿元 (和…): a date written for the figures right after it, and only for them.
  std::vector<std::size_t> bound_to;
  // 连续16年位居全国首位，增量39.7亿斤: a streak holds for its own clause only.
  std::optional<std::size_t> reach_end;
};

// The years a mention resolves against.
struct TimeFrame {
  DocumentInfo doc;
  Period context;  // the sentence's, paragraph's or section's period, when known
};

// Every period written in the sentence (of the normalized text s), in order.
std::vector<PeriodMention> find_periods(const RuleSet& rules, std::u32string_view s, const Sentence& sentence,
                                        const std::vector<Quantity>& quantities);

// The period a mention names; empty when its year cannot be known.
Period resolve(const PeriodMention& m, const TimeFrame& frame);

// The period a figure at `pos` takes from its sentence: the latest mention
// ending before it that is not a comparison base (a weak one only when no
// other is written).
const PeriodMention* period_before(const std::vector<PeriodMention>& mentions, std::size_t pos);

// The mention that opens a sentence and sets the topic of what follows
// (2025年，…; 过去五年，…; 刚刚过去的2025年 …), when there is one.
const PeriodMention* topic_period(const RuleSet& rules, std::u32string_view s, std::size_t sentence_begin,
                                  const std::vector<PeriodMention>& mentions);

// The basis written last before `pos` (年均, 累计, 同比 …), from `from` on; `hits` are
// the sentence's basis words (PeriodRules::basis_matcher), in order of their end.
std::string basis_before(const RuleSet& rules, const std::vector<AhoCorasick::Match>& hits, std::size_t from,
                         std::size_t pos);

}  // namespace zhibiao::detail
