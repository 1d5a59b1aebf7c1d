// Expands a pattern's macros ({indicator}, {percent}, {up} …) into a Boost
// regular expression over token strings, compiles it, and derives the literals
// a clause must contain for the pattern to be worth trying.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "zhibiao/error.hpp"
#include "zhibiao/rules/rule_set.hpp"

namespace zhibiao {

class PatternCompiler {
 public:
  explicit PatternCompiler(const std::map<std::string, std::vector<std::string>>& lists) : lists_(lists) {}

  // Fills expanded, regex, claims and required; returns every problem found.
  std::vector<Error> compile(Pattern& p, const SourcePos& match_pos, bool quoted) const;

  // Names of the built-in macros, for the docs and error messages.
  static std::vector<std::string> builtin_macros();

 private:
  const std::map<std::string, std::vector<std::string>>& lists_;
};

}  // namespace zhibiao
