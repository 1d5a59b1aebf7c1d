// Whether a figure is an actual, an estimate or a target: the words of its
// sentence first (力争, 确保, 目标, 到2030年, 预计), then the paragraph and section
// it sits in (a target list, a plan section).
#pragma once

#include <optional>
#include <string>

#include "sentence_view.hpp"
#include "zhibiao/attribution/period.hpp"

namespace zhibiao::detail {

// What the text around a sentence says of its figures' status.
struct StatusContext {
  bool target_paragraph = false;  // a paragraph opened by 主要预期目标是：…
  bool plan_section = false;      // a section of plans (三、2026年重点工作)
  std::optional<int> plan_year;   // the year the document's targets are for
  Period plan_period;             // what a plan section plans for (下半年工作 → 2025-H2), else the plan year
  std::optional<int> doc_year;
};

struct Status {
  std::string modality = "actual";  // actual or target
  std::string status = "actual";    // actual, estimate, target or masked
};

// `period` is the figure's period as far as it is known (its sentence's, else the context's).
Status read_status(const SentenceView& v, const Quantity& q, const Claim* claim, const StatusContext& ctx,
                   const Period& period);

}  // namespace zhibiao::detail
