// The check families run_checks combines; each appends to `out`.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "check_support.hpp"

namespace zhibiao::report::detail {

using Records = std::vector<Record>;
using Findings = std::vector<Finding>;

// How many figures before (or after) a figure a sentence-local check looks at: the part,
// whole or plan of a rate stands next to it. Keeps each check linear in records.
inline constexpr std::size_t kNearby = 24;

// checks_ratio.cpp: arithmetic a sentence states twice.
void check_rates(const Context& c, Findings& out);
void check_completion(const Context& c, Findings& out);
void check_shares(const Context& c, Findings& out);
void check_growth_levels(const Context& c, Findings& out);
// checks_values.cpp: one figure, or one figure against the same one elsewhere.
void check_conflicts(const Context& c, Findings& out);
void check_across_documents(const Context& c, Findings& out);
// Its pieces, shared with AcrossDocuments: each kind of figure's first in one document
// (the kind as a sortable string, the record), and the words of a conflict.
std::vector<std::pair<std::string, std::size_t>> first_figures(const Context& c, const std::vector<std::size_t>& doc);
struct AcrossText {
  std::string arithmetic, message;
};
AcrossText across_text(const std::string& first_shown, const std::string& first_doc, const Record& r);
void check_rank_peers(const Context& c, Findings& out);
void check_rank_changes(const Context& c, Findings& out);
void check_share_over_100(const Context& c, Findings& out);
void check_signs(const Context& c, Findings& out);
void check_plausible(const Context& c, Findings& out);
// checks_relations.cpp: sums between indicators declared in checks.yaml.
void check_relations(const Context& c, Findings& out);

}  // namespace zhibiao::report::detail
