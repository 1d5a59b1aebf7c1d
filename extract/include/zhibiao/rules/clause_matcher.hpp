// One clause as a token string (figures and indicator mentions replaced by
// placeholders) and the patterns that claim its figures.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "zhibiao/quantity/quantity.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/text/segment.hpp"
#include "zhibiao/text/text.hpp"

namespace zhibiao {

struct Mention {
  std::size_t begin, end;  // normalized positions
  std::size_t alias;       // index into RuleSet::aliases
};

struct Token {
  enum Type { character, figure, mention } type = character;
  std::size_t index = 0;         // into the sentence's quantities or mentions
  std::size_t begin = 0, end = 0;  // normalized span
};

struct TokenString {
  std::u32string text;
  std::vector<Token> tokens;  // one per character of text
};

// A pattern's verdict on one figure.
struct Claim {
  const Pattern* pattern = nullptr;
  std::string scope, of, period;
  Span period_span;                      // normalized span of the `period` group, when it matched
  std::optional<Decimal> of_total;
  bool consumed = false;                 // the figure is part of another one's context (在24个…中)
  bool plan = false;                     // the planned level a completion refers to: a target value
  std::vector<std::size_t> of_mentions;  // mentions inside the `of` group: not subjects
  std::size_t match_begin = 0;           // normalized position where the pattern's match starts
};

struct ClauseMatch {
  TokenString tokens;
  std::vector<std::optional<Claim>> claims;  // by quantity index in the sentence
  std::vector<bool> mention_is_of;           // by mention index: used as a denominator (占财政总支出)
  std::vector<std::string> trace;            // filled when tracing
  std::vector<std::string> warnings;         // always filled: patterns that gave up
};

TokenString make_token_string(const Text& text, const Clause& clause, const std::vector<Quantity>& quantities,
                              const std::vector<bool>& dropped, const std::vector<Mention>& mentions);

// Runs the patterns whose literals occur in the clause; claims go into `match`.
void match_clause(const RuleSet& rules, const Text& text, const std::vector<Quantity>& quantities,
                  ClauseMatch& match, bool tracing);

}  // namespace zhibiao
