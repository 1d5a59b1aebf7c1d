#include "glob.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <filesystem>
#include <set>

namespace zhibiao::cli {
namespace {

namespace fs = std::filesystem;

bool is_glob_part(const std::string& part) { return part.find_first_of("*?[") != std::string::npos; }

std::vector<std::string> split(const std::string& pattern) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : pattern) {
    if (c == '/') {
      if (!cur.empty()) parts.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) parts.push_back(cur);
  return parts;
}

std::string join(const std::string& base, const std::string& name) {
  if (base.empty()) return name;
  if (base == "/") return "/" + name;
  return base + "/" + name;
}

// Sorted names in `dir` (base "" is the working folder); unreadable folders give none.
std::vector<std::string> names_in(const std::string& base) {
  std::vector<std::string> out;
  std::error_code ec;
  for (fs::directory_iterator it(base.empty() ? "." : base, ec), end; !ec && it != end; it.increment(ec))
    out.push_back(it->path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

bool is_dir(const std::string& path) {
  std::error_code ec;
  return fs::is_directory(path.empty() ? "." : path, ec);
}

void match(const std::string& base, const std::vector<std::string>& parts, std::size_t k, std::set<std::string>& out) {
  if (k == parts.size()) {
    if (!base.empty()) out.insert(base);
    return;
  }
  const std::string& part = parts[k];
  if (part == "**") {
    match(base, parts, k + 1, out);  // no folder at all
    for (const auto& name : names_in(base)) {
      std::string sub = join(base, name);
      if (name[0] != '.' && is_dir(sub)) match(sub, parts, k, out);
    }
    return;
  }
  if (!is_glob_part(part)) {
    std::string next = join(base, part);
    std::error_code ec;
    if (fs::exists(fs::symlink_status(next, ec)) || k + 1 < parts.size()) match(next, parts, k + 1, out);
    return;
  }
  for (const auto& name : names_in(base)) {
    if (::fnmatch(part.c_str(), name.c_str(), FNM_PERIOD) != 0) continue;
    std::string next = join(base, name);
    if (k + 1 < parts.size() && !is_dir(next)) continue;
    match(next, parts, k + 1, out);
  }
}

}  // namespace

bool has_glob(const std::string& pattern) { return pattern.find_first_of("*?[") != std::string::npos; }

std::vector<std::string> expand_glob(const std::string& pattern) {
  std::set<std::string> found;
  match(pattern.rfind('/', 0) == 0 ? "/" : "", split(pattern), 0, found);
  return {found.begin(), found.end()};
}

}  // namespace zhibiao::cli
