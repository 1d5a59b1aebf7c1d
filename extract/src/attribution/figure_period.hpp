// The period a figure covers and whether it is an actual, an estimate or a target:
// the period its sentence gives it (its own, one listed before 分别, the latest before
// it), else the context's; over a span of years a level takes a year of it; a target is
// never for a time already over.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "period_finder.hpp"
#include "sentence_view.hpp"
#include "status_reader.hpp"
#include "zhibiao/attribution/record.hpp"

namespace zhibiao::detail {

// What a sentence knows of time, for each of its figures.
struct FigureTime {
  const SentenceView& v;
  const std::vector<PeriodMention>& periods;      // written in the sentence
  const std::vector<AhoCorasick::Match>& bases;   // the sentence's basis words (年均, 累计 …)
  const TimeFrame& frame;
  const StatusContext& status;
};

// The figure of the sentence given a record last, with the period it got.
struct LastFigure {
  std::size_t end;  // normalized, after its qualifier
  Period period;
};

// Sets r.period, period_kind, basis, modality and status; returns the period.
Period set_period_and_status(const FigureTime& t, Record& r, const Quantity& q, const Claim* claim, bool over_span,
                             const std::optional<LastFigure>& last);

}  // namespace zhibiao::detail
