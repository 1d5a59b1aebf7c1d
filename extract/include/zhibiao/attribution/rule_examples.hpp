// Runs the examples written inside the rule files: every pattern's and every
// indicator's sentences go through the whole extractor and must give the
// records they promise.
#pragma once

#include <string>
#include <vector>

#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/rules/rule_set.hpp"

namespace zhibiao {

struct ExampleFailure {
  std::string rule;      // "growth.up" (a pattern) or "indicator gdp"
  SourcePos pos;         // where the example is written
  std::string text;      // the example sentence
  std::string problem;   // plain sentence: what was expected and what came out
  std::string note;      // the example's note, when it has one
};

struct ExampleReport {
  std::size_t examples = 0;
  std::vector<ExampleFailure> failures;
  // Examples marked `pending:` that still fail, as they are expected to (problem: the reason given).
  // One marked pending that passes is a failure: its mark is to be removed.
  std::vector<ExampleFailure> pending;
};

ExampleReport run_rule_examples(const Extractor& extractor);

// True when the record has every field the example asks for.
bool record_matches(const Record& r, const ExpectedRecord& expected);

}  // namespace zhibiao
