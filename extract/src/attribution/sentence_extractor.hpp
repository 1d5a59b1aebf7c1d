// Attribution for one sentence: its figures, the indicator each belongs to,
// and the records they make (see sentence_extractor.cpp for how).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/quantity/scanner.hpp"
#include "zhibiao/text/segment.hpp"

namespace zhibiao::detail {

// What a paragraph's earlier sentences said that later ones lean on: the
// period (上半年，…) and the subject (分季度看，一季度增长5.4% is still GDP).
struct ParagraphContext {
  std::string period;
  std::optional<std::size_t> indicator;
  std::string mention;
  bool has_subject = false;
  void clear() { *this = {}; }
};

// Appends the sentence's records to `out` and any rule that gave up to
// `warnings`; with `trace`, explains each step. `paragraph` is used where the
// sentence says nothing itself, and updated for the next sentence. Returns the
// number of quantities.
std::size_t extract_sentence(const RuleSet& rules, const Scanner& scanner, const Text& text, const Sentence& sentence,
                             const std::string& doc, ParagraphContext& paragraph, std::vector<Record>& out,
                             std::vector<std::string>& warnings, std::vector<std::string>* trace);

}  // namespace zhibiao::detail
