// Reads rule files. A problem never stops the reading: each becomes an Error
// with file:line:column and the line shown, so `zhibiao rules lint` shows all
// of them at once. Each file's raw text is checked first (yaml_preflight.hpp);
// its top-level keys are dispatched through the registry of rule_sections.hpp.
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <sstream>

#include "loader_context.hpp"
#include "rule_sections.hpp"
#include "yaml_preflight.hpp"
#include "zhibiao/embedded_rules.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/sha256.hpp"

namespace zhibiao {
namespace {

bool is_units_file(const YAML::Node& root) { return root["units"] || root["magnitudes"]; }

// The report stage reads checks*.yaml (report/check_rules.hpp).
bool is_checks_file(const std::string& path) {
  return std::filesystem::path(path).filename().string().rfind("checks", 0) == 0;
}

void read_units(LoaderContext& cx, const SourceText& src) {
  auto t = UnitTable::parse(src.content(), src.path());
  if (t) {
    cx.rules().units = std::move(*t);
    return;
  }
  Error e = t.error();
  // yaml-cpp counts columns in bytes; the author counts characters.
  if (e.line) {
    std::string_view line = src.line(e.line);
    std::size_t bytes = std::min(e.column ? e.column - 1 : 0, line.size()), cps = 1;
    for (std::size_t i = 0; i < bytes; i += utf8_length(static_cast<unsigned char>(line[i]))) ++cps;
    e.column = cps;
    e.excerpt = std::string(line);
  }
  cx.add_error(std::move(e));
}

void read_file(LoaderContext& cx, const SourceText& src, const YAML::Node& root) {
  if (!root || root.IsNull()) return;
  if (!root.IsMap())
    return cx.fail(root, "a rule file is a mapping of sections (indicators:, lists:, patterns: …), each key at the start of a line");
  if (is_units_file(root)) return read_units(cx, src);
  if (is_checks_file(src.path())) return;
  std::set<std::string> seen;
  std::vector<std::string> keys;
  for (const auto& s : rule_sections()) keys.emplace_back(s.key);
  for (const auto& kv : root) {
    std::string key = cx.str(kv.first);
    if (!seen.insert(key).second) {
      cx.fail(kv.first, fmt::format("the section '{}' is written twice in this file: merge the two", key));
      continue;
    }
    auto section = std::find_if(rule_sections().begin(), rule_sections().end(),
                                [&](const RuleSection& s) { return s.key == key; });
    if (section == rule_sections().end()) {
      std::string near = LoaderContext::closest(key, keys);
      cx.fail(kv.first, fmt::format("unknown section '{}'{} (a rule file holds {}; the unit table is units.yaml, the checks "
                                    "checks.yaml)",
                                    key, near.empty() ? "" : fmt::format(": did you mean '{}'?", near), one_of(keys)));
      continue;
    }
    try {
      section->read(cx, kv.second);
    } catch (const YAML::Exception& e) {
      cx.fail(kv.second, fmt::format("this section could not be read ({})", e.msg));
    }
  }
}

}  // namespace

RuleLoad load_rules(const std::vector<RuleFile>& files) {
  RuleLoad out;
  out.rules = std::make_shared<RuleSet>();
  out.rules->units = UnitTable::builtin();
  LoaderContext cx(*out.rules, out.errors, out.warnings);
  std::vector<std::unique_ptr<SourceText>> sources;  // outlive the work done after all files are read
  for (const auto& f : files) {
    sources.push_back(std::make_unique<SourceText>(f.path, f.content));
    const SourceText& src = *sources.back();
    cx.set_source(&src);
    out.rules->files.push_back(f.path);
    Preflight pre = preflight_yaml(src);
    out.errors.insert(out.errors.end(), pre.errors.begin(), pre.errors.end());
    if (pre.fatal) continue;
    YAML::Node root;
    try {
      root = YAML::Load(f.content);
    } catch (const YAML::Exception& e) {
      out.errors.push_back(plain_yaml_error(src, e.msg, e.mark.line < 0 ? 0 : static_cast<std::size_t>(e.mark.line),
                                            e.mark.column < 0 ? 0 : static_cast<std::size_t>(e.mark.column),
                                            e.mark.pos < 0 ? std::string::npos : static_cast<std::size_t>(e.mark.pos)));
      continue;
    }
    try {
      read_file(cx, src, root);
    } catch (const YAML::Exception& e) {
      cx.add_error(src.error_at(0, fmt::format("the file could not be read ({})", e.msg)));
    }
  }
  try {
    cx.run_later();
  } catch (const YAML::Exception& e) {
    cx.add_error(Error(fmt::format("the rules could not be read ({})", e.msg)));
  }
  check_rule_set(cx);
  out.rules->digest = rules_digest(files);
  out.rules->finish();
  const RuleSet& rs = *out.rules;
  for (const auto& p : rs.patterns)
    if (!p.regex.empty() && !rs.prefilter.covers(p.regex_id))
      out.warnings.push_back(Error(fmt::format("pattern '{}' cannot take the fast first pass (Vectorscan: {}); it still "
                                               "works, tried on every clause that holds its words, more slowly",
                                               p.id, rs.prefilter.why_not(p.regex_id)),
                                   p.pos.file, p.pos.line, p.pos.column));
  return out;
}

std::vector<RuleFile> builtin_rule_files() {
  std::vector<RuleFile> out;
  for (const auto& f : embedded_rules())
    out.push_back({"rules/" + std::string(f.path), std::string(f.content), std::string(f.path)});
  return out;
}

std::string rules_digest(const std::vector<RuleFile>& files) {
  Sha256 h;
  for (const auto& f : files) {
    const std::string& name = f.name.empty() ? f.path : f.name;
    h.update(fmt::format("{}\n{}\n", name, f.content.size())).update(f.content);
  }
  return h.hex();
}

Result<std::vector<RuleFile>> read_rule_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Error("not a directory", dir);
  std::vector<RuleFile> out;
  auto opts = fs::directory_options::skip_permission_denied;
  for (fs::recursive_directory_iterator it(dir, opts, ec), end; it != end && !ec; it.increment(ec)) {
    if (it.depth() > 16) {
      it.disable_recursion_pending();
      continue;
    }
    std::error_code fec;
    if (!it->is_regular_file(fec) || it->path().extension() != ".yaml") continue;
    auto size = fs::file_size(it->path(), fec);
    if (!fec && size > kMaxRuleFileBytes)
      return Error(fmt::format("the file is {:.1f} MB; a rule file may be at most {} MB", static_cast<double>(size) / (1 << 20),
                               kMaxRuleFileBytes >> 20),
                   it->path().string());
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) return Error("cannot read rule file", it->path().string());
    std::ostringstream ss;
    ss << in.rdbuf();
    out.push_back({it->path().string(), ss.str(), fs::relative(it->path(), dir, fec).generic_string()});
  }
  if (ec) return Error(fmt::format("cannot list the folder: {}", ec.message()), dir);
  std::sort(out.begin(), out.end(), [](const RuleFile& a, const RuleFile& b) { return a.name < b.name; });
  return out;
}

}  // namespace zhibiao
