// Reads a rule file's raw text before yaml-cpp does, for the mistakes yaml-cpp
// tolerates or reports in its own words: a quote that is never closed (it
// would swallow the rest of the file), a quote that runs over lines holding
// `key:` entries, a bracket never closed, tabs in the indentation, text that
// is not UTF-8, nesting deeper than any rule file needs (yaml-cpp says "bad
// file" at 10,000 levels) and files too large to be rules.
#pragma once

#include <cstddef>
#include <vector>

#include "source_text.hpp"
#include "zhibiao/error.hpp"

namespace zhibiao {

inline constexpr std::size_t kMaxRuleFileBytes = 4u << 20;  // 4 MiB: the built-in rules are 60 KB
inline constexpr std::size_t kMaxRuleNesting = 32;          // rule files need 7 levels

struct Preflight {
  std::vector<Error> errors;
  bool fatal = false;  // the file is not handed to yaml-cpp
};

Preflight preflight_yaml(const SourceText& src);

// yaml-cpp's message in plain words, with the line shown.
Error plain_yaml_error(const SourceText& src, const std::string& yaml_message, std::size_t line0, std::size_t column0,
                       std::size_t byte);

}  // namespace zhibiao
