// Attribution for one sentence: its figures, the indicator each belongs to,
// and the records they make (see sentence_extractor.cpp for how).
#pragma once

#include <string>
#include <vector>

#include "zhibiao/record.hpp"
#include "zhibiao/rule_set.hpp"
#include "zhibiao/scanner.hpp"
#include "zhibiao/segment.hpp"

namespace zhibiao::detail {

// Appends the sentence's records to `out` and any rule that gave up to
// `warnings`; with `trace`, explains each step. `paragraph_period` is the period
// earlier sentences of the paragraph named (上半年，…): used when the sentence
// names none, and updated for the next. Returns the number of quantities.
std::size_t extract_sentence(const RuleSet& rules, const Scanner& scanner, const Text& text, const Sentence& sentence,
                             const std::string& doc, std::string& paragraph_period, std::vector<Record>& out,
                             std::vector<std::string>& warnings, std::vector<std::string>* trace);

}  // namespace zhibiao::detail
