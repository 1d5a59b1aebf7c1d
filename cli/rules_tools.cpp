// zhibiao rules test, lint and list.
#include "rules_command.hpp"

#include <fmt/format.h>

#include <iostream>
#include <optional>
#include <set>

#include "zhibiao/attribution/rule_examples.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::cli {
namespace {

// Folders given on top of the built-in rules (not --alone, not the built-in rules by themselves).
bool on_top(const RulesOptions& o) { return !o.dirs.empty() && !o.alone; }

// The files to load: the built-in ones unless --alone, then each folder's.
// `mine` collects the paths of the folders' files; false when a folder cannot be read.
bool files_of(const RulesOptions& o, std::vector<RuleFile>& files, std::set<std::string>& mine) {
  if (o.alone && o.dirs.empty()) {
    std::cerr << "zhibiao rules: --alone needs a rule folder\n";
    return false;
  }
  if (!o.alone) files = builtin_rule_files();
  bool ok = true;
  for (const auto& d : o.dirs) {
    auto more = read_rule_dir(d);
    if (!more) {
      std::cerr << "zhibiao: " << more.error().describe() << "\n";
      ok = false;
      continue;
    }
    if (more->empty()) std::cerr << fmt::format("zhibiao: {}: no *.yaml rule files in this folder\n", d);
    for (const auto& f : *more) mine.insert(f.path);
    files.insert(files.end(), more->begin(), more->end());
  }
  return ok;
}

// `mine`: the analyst's files, when folders were given on top of the built-in rules (empty: show everything).
void print_problems(const RuleLoad& load, const std::set<std::string>& mine = {}, bool alone = true) {
  for (const auto& e : load.errors) std::cout << e.describe() << "\n";
  // Ids and names the folder shares with the built-in rules: most likely a copy of them.
  std::size_t shared = 0;
  for (const auto& e : load.errors)
    if (mine.count(e.file) && (e.message.rfind("duplicate", 0) == 0 || e.message.find("already names") != std::string::npos))
      ++shared;
  if (!alone && shared > 3)
    std::cout << "hint: your folder repeats the built-in rules (a copy made with zhibiao rules export?); check it by itself "
                 "with --alone, and use it with --rules DIR, not --rules-add\n";
  for (const auto& w : load.warnings) {
    // On top of the built-in rules, their own warnings are not the analyst's to act on.
    if (!alone && !mine.count(w.file)) continue;
    Error shown = w;
    shown.message = fmt::format("warning: {}", shown.message);
    std::cout << shown.describe() << "\n";
  }
}

std::size_t shown_warnings(const RuleLoad& load, const std::set<std::string>& mine, bool alone) {
  std::size_t n = 0;
  for (const auto& w : load.warnings) n += alone || mine.count(w.file);
  return n;
}

std::string where(const SourcePos& p) { return p.line ? fmt::format("{}:{}", p.file, p.line) : p.file; }

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t max) {
  std::string out;
  for (std::size_t i = from; i < words.size() && i < from + max; ++i)
    out += fmt::format("{}{}", out.empty() ? "" : ", ", words[i]);
  if (words.size() > from + max) out += fmt::format(", … ({} more)", words.size() - from - max);
  return out;
}

}  // namespace

int run_rules_lint(const RulesOptions& o) {
  std::vector<RuleFile> files;
  std::set<std::string> mine;
  if (!files_of(o, files, mine)) return 2;
  auto load = load_rules(files);
  print_problems(load, mine, !on_top(o));
  if (!load.ok()) {
    std::cout << fmt::format("{} problem(s) in {} rule file(s)\n", load.errors.size(), files.size());
    return 1;
  }
  std::string yours = o.dirs.empty() || o.alone ? "" : fmt::format(" ({} yours)", mine.size());
  std::cout << fmt::format("ok: {} rule files{}, {} indicators, {} patterns{}; rules sha256 {}\n", files.size(), yours,
                           load.rules->indicators.size(), load.rules->patterns.size(),
                           shown_warnings(load, mine, !on_top(o))
                               ? fmt::format(", {} warning(s)", shown_warnings(load, mine, !on_top(o)))
                               : "",
                           load.rules->digest);
  return 0;
}

// The rules of `o` loaded for test and list: their problems printed and nullopt when
// they do not load (exit 2 when the folders cannot be read, else 1, in `status`).
std::optional<RuleLoad> loaded(const RulesOptions& o, std::set<std::string>& mine, std::string_view hint, int& status) {
  std::vector<RuleFile> files;
  status = 2;
  if (!files_of(o, files, mine)) return std::nullopt;
  auto load = load_rules(files);
  status = 1;
  if (load.ok()) return load;
  print_problems(load, mine, !on_top(o));
  std::cout << "the rules do not load; fix the problems above first" << hint << "\n";
  return std::nullopt;
}

int run_rules_test(const RulesOptions& o) {
  std::set<std::string> mine;
  int status = 0;
  auto load = loaded(o, mine, " (zhibiao rules lint shows them too)", status);
  if (!load) return status;
  Extractor extractor(load->rules);
  auto report = run_rule_examples(extractor);
  for (const auto& f : report.failures) {
    std::cout << fmt::format("{}:{}:{}: {}: 「{}」\n", f.pos.file, f.pos.line, f.pos.column, f.rule, f.text);
    if (!f.note.empty()) std::cout << fmt::format("    (note: {})\n", f.note);
    std::cout << "    " << f.problem << "\n";
  }
  for (const auto& f : report.pending)
    std::cout << fmt::format("{}:{}:{}: {}: 「{}」\n    pending, fails as expected: {}\n", f.pos.file, f.pos.line, f.pos.column,
                             f.rule, f.text, f.problem);
  // Count examples, not failures: one example may fail in several ways.
  std::set<std::string> failed, failed_mine;
  for (const auto& f : report.failures) {
    std::string key = fmt::format("{}:{}:{}", f.pos.file, f.pos.line, f.pos.column);
    failed.insert(key);
    if (mine.count(f.pos.file)) failed_mine.insert(key);
  }
  std::size_t examples_mine = 0;
  for (const auto& p : load->rules->patterns)
    if (mine.count(p.pos.file)) examples_mine += p.examples.size();
  for (const auto& i : load->rules->indicators)
    if (mine.count(i.pos.file)) examples_mine += i.examples.size();
  std::cout << fmt::format("{} passed, {} failed", report.examples - failed.size() - report.pending.size(), failed.size());
  if (!report.pending.empty()) std::cout << fmt::format(", {} pending", report.pending.size());
  if (!o.dirs.empty() && !o.alone)
    std::cout << fmt::format(" (yours: {} passed, {} failed; built-in: {} passed, {} failed)",
                             examples_mine - failed_mine.size(), failed_mine.size(),
                             report.examples - examples_mine - (failed.size() - failed_mine.size()),
                             failed.size() - failed_mine.size());
  std::cout << "\n";
  if (!o.dirs.empty() && examples_mine == 0)
    std::cout << "note: your rule files hold no examples; write some under your patterns and indicators (examples:)\n";
  return report.failures.empty() ? 0 : 1;
}

int run_rules_list(const RulesOptions& o) {
  std::set<std::string> mine;
  int status = 0;
  auto load = loaded(o, mine, "", status);
  if (!load) return status;
  const RuleSet& rs = *load->rules;
  bool all = !o.indicators && !o.patterns && !o.words;
  if (all || o.indicators) {
    std::cout << fmt::format("indicators ({})\n", rs.indicators.size());
    for (const auto& i : rs.indicators) {
      std::vector<std::string> facts;
      for (const auto* f : {&i.category, &i.dimension, &i.display_unit})
        if (!f->empty()) facts.push_back(*f);
      if (i.bounded) facts.push_back("bounded");
      if (i.over_span) facts.push_back("over_span");
      if (i.lower_is_better) facts.push_back("lower is better");
      if (!i.examples.empty()) facts.push_back(fmt::format("{} example(s)", i.examples.size()));
      std::cout << fmt::format("  {}  {}{}{}  [{}]  {}\n", i.id, i.name, i.name_en.empty() ? "" : " / ", i.name_en,
                               joined(facts, 0, facts.size()), where(i.pos));
      if (i.aliases.size() > 1) std::cout << fmt::format("      aliases: {}\n", joined(i.aliases, 1, 12));
      if (!i.level_aliases.empty())
        std::cout << fmt::format("      level aliases (a level or change only): {}\n",
                                 joined(i.level_aliases, 0, i.level_aliases.size()));
      if (!i.note.empty()) std::cout << fmt::format("      note: {}\n", i.note);
    }
    for (const auto& c : rs.composites) {
      std::vector<std::string> names;
      for (auto k : c.indicators) names.push_back(rs.indicators[k].name);
      std::cout << fmt::format("  composite {} → {}  {}\n", c.alias, joined(names, 0, names.size()), where(c.pos));
    }
  }
  if (all || o.patterns) {
    std::cout << fmt::format("patterns ({}), tried in this order when two claim a figure: priority, then as listed\n",
                             rs.patterns.size());
    for (const auto& p : rs.patterns) {
      std::string extra;
      if (p.sign) extra += p.sign == 1 ? " +" : p.sign == -1 ? " -" : " improve";
      if (!p.modality.empty()) extra += fmt::format(" {}", p.modality);
      if (p.priority) extra += fmt::format(" priority {}", p.priority);
      std::cout << fmt::format("  {}  {}{}  match: {}  ({} example(s))  {}\n", p.id, p.measure, extra, p.source,
                               p.examples.size(), where(p.pos));
      if (!p.note.empty()) std::cout << fmt::format("      note: {}\n", p.note);
    }
  }
  if (all || o.words) {
    std::cout << fmt::format("word lists ({})\n", rs.lists.size());
    for (const auto& [name, words] : rs.lists) {
      std::vector<std::string> at;
      if (auto it = rs.list_sources.find(name); it != rs.list_sources.end())
        for (const auto& p : it->second) at.push_back(where(p));
      std::cout << fmt::format("  {} ({} words)  {}\n      {}\n", name, words.size(), joined(at, 0, at.size()),
                               joined(words, 0, 40));
    }
  }
  std::cout << fmt::format("from {} rule file(s); rules sha256 {}\n", rs.files.size(), rs.digest);
  return 0;
}

}  // namespace zhibiao::cli
