// Checks a pattern as the analyst wrote it, before any macro is expanded and
// before Boost sees it: sets, groups, escapes and repeat counts must be whole,
// so no malformed expression ever reaches the regex library (Boost.Regex 1.74
// reads past its buffer on some, e.g. an unterminated set). Also spots nested
// repetitions that backtrack catastrophically ((a+)+, (.*)*).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace zhibiao {

struct PatternProblem {
  std::size_t offset = 0;  // code point of the pattern where the problem is
  std::string message;     // plain sentence
  bool warning = false;    // a warning does not stop the pattern from loading
};

// A macro as it stands in a pattern: {name} at [begin, end).
struct PatternMacro {
  std::size_t begin = 0, end = 0;
  std::string name;
  int depth = 0;  // groups around it
};

struct PatternSyntax {
  std::vector<PatternProblem> problems;
  std::vector<PatternMacro> macros;
  bool ok() const;  // no problem that is not a warning
};

// `group_names` are the named groups a pattern may use ((?<scope>…) …).
PatternSyntax check_pattern_syntax(std::u32string_view pattern, const std::vector<std::string>& group_names);

// Macros that stand for a run of characters of varying length ({gap}, {near}, {span}).
bool is_variable_macro(std::string_view name);

}  // namespace zhibiao
