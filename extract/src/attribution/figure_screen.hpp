// Which quantities of a sentence are figures — levels, rates, ranks an indicator
// has — and which only date, count steps, name a policy or bound a class.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "sentence_view.hpp"
#include "zhibiao/rules/clause_matcher.hpp"

namespace zhibiao::detail {

using Claims = std::vector<std::optional<Claim>>;  // by quantity index, from the patterns

// Not a date or duration, not vague, not consumed as another figure's context, not a
// milestone, name or threshold; an ordinal or bare number only when a pattern claims it.
bool is_figure(const SentenceView& v, const Claims& claims, std::size_t qi);

// 受教育年限达到12.8年: a duration is the level of an indicator measured in years when its
// name is right before it (a verb between); elsewhere (为期3天, 连续三年) it is no figure.
bool is_duration_level(const SentenceView& v, std::size_t qi);
constexpr std::size_t kDurationLevelGap = 4;

// 跨越两个千亿元台阶, 跨过两个万亿元大关: a count of steps is a milestone, not a level;
// 迈上3300亿元台阶 states one level and stays a figure.
bool in_milestone(const SentenceView& v, std::size_t qi);

}  // namespace zhibiao::detail
