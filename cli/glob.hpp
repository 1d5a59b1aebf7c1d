// Glob patterns expanded by zhibiao itself, so a quoted pattern works the same
// in every shell (and where there is none): *, ?, [...] within a name, ** for
// any depth of folders. Hidden names (.x) match only a pattern that starts with a dot.
#pragma once

#include <string>
#include <vector>

namespace zhibiao::cli {

bool has_glob(const std::string& pattern);
// Every existing path the pattern matches, sorted; folders are returned as folders.
std::vector<std::string> expand_glob(const std::string& pattern);

}  // namespace zhibiao::cli
