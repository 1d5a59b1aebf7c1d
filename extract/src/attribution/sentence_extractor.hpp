// Attribution for one sentence: its figures, the indicator each belongs to,
// and the records they make (see sentence_extractor.cpp for how).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "discourse.hpp"
#include "zhibiao/attribution/record.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/quantity/scanner.hpp"
#include "zhibiao/text/segment.hpp"

namespace zhibiao::detail {

// Appends the sentence's records to `out` and any rule that gave up to
// `warnings`; with `trace`, explains each step. `discourse` says what the text
// before the sentence leaves to it, and learns what the sentence adds. Returns
// the number of quantities.
std::size_t extract_sentence(const RuleSet& rules, const Scanner& scanner, const Text& text, const Sentence& sentence,
                             const std::string& doc, Discourse& discourse, bool new_paragraph, bool heading,
                             std::vector<Record>& out, std::vector<std::string>& warnings,
                             std::vector<std::string>* trace);

}  // namespace zhibiao::detail
