// Expands a pattern's macros ({indicator}, {percent}, {up} …) into a Boost
// regular expression over token strings, compiles it, and derives the literals
// a clause must contain for the pattern to be worth trying. The pattern is
// checked first (pattern_syntax.hpp): a malformed one never reaches Boost.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "zhibiao/rules/rule_set.hpp"

namespace zhibiao {

class PatternCompiler {
 public:
  explicit PatternCompiler(const std::map<std::string, std::vector<std::string>>& lists) : lists_(lists) {}

  struct Problem {
    std::size_t offset = 0;  // code point of the pattern as written
    std::string message;
    bool warning = false;
  };

  // Fills expanded, regex, claims and required; returns every problem found.
  std::vector<Problem> compile(Pattern& p) const;

  // Names of the built-in macros, for the docs and error messages.
  static std::vector<std::string> builtin_macros();
  // The named groups a pattern may use: (?<scope>…), (?<of>…) …
  static const std::vector<std::string>& group_names();

 private:
  const std::map<std::string, std::vector<std::string>>& lists_;
};

}  // namespace zhibiao
