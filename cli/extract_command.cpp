#include <fmt/format.h>
#include <fmt/ranges.h>

#include <filesystem>
#include <iostream>
#include <optional>

#include "batch.hpp"
#include "check_command.hpp"
#include "commands.hpp"
#include "pipeline.hpp"
#include "load_rules.hpp"
#include "stdout_check.hpp"
#include "zhibiao/report/checks.hpp"
#include "zhibiao/report/csv.hpp"
#include "zhibiao/report/jsonl.hpp"
#include "zhibiao/report/output.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/version.hpp"

namespace zhibiao::cli {

// The built-in checks, or a checks*.yaml from the user's rule folders (the last
// one wins), with the indicator aliases of every rule file in use.
report::CheckRules check_rules(const RuleOptions& options) {
  std::vector<RuleFile> files;
  for (const auto* dirs : {&options.replace, &options.add})
    for (const auto& dir : *dirs) {
      auto more = read_rule_dir(dir);
      if (!more) throw UnusableRules(fmt::format("rules: {}", more.error().describe()));
      files.insert(files.end(), more->begin(), more->end());
    }
  std::optional<report::CheckRules> rules;
  for (const auto& f : files) {
    if (std::filesystem::path(f.path).filename().string().rfind("checks", 0) != 0) continue;
    auto parsed = report::CheckRules::parse(f.content, f.path);
    if (!parsed) throw std::runtime_error(fmt::format("check rules: {}", parsed.error().describe()));
    rules = std::move(*parsed);
  }
  if (!rules) {
    auto builtin = report::CheckRules::builtin();
    if (!builtin) throw std::runtime_error(fmt::format("check rules: {}", builtin.error().describe()));
    rules = std::move(*builtin);
  }
  for (const auto& f : files)
    if (f.content.find("indicators:") != std::string::npos)
      if (auto err = rules->add_indicators(f.content, f.path)) throw UnusableRules(fmt::format("rules: {}", err->describe()));
  return std::move(*rules);
}

namespace {

// The format an output path's extension names; jsonl when it names none.
std::string format_of_path(const std::string& path) {
  for (std::string ext : {".xlsx", ".csv", ".jsonl"})
    if (path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0) return ext.substr(1);
  return "jsonl";
}

bool to_stdout(const ExtractOptions& opt) { return opt.output.empty() || opt.output == "-"; }


// "wrote 5 records from 3 file(s) to out.xlsx (2 could not be read, 1 skipped)"
std::string summary(const BatchResult& r, const std::string& to) {
  std::string out = fmt::format("wrote {} records from {} file(s) to {}", r.records, r.files - r.errors - r.skipped, to);
  std::vector<std::string> notes;
  if (r.errors) notes.push_back(fmt::format("{} could not be read", r.errors));
  if (r.partial) notes.push_back(fmt::format("{} read in part", r.partial));
  if (r.skipped) notes.push_back(fmt::format("{} skipped", r.skipped));
  if (!notes.empty()) out += fmt::format(" ({})", fmt::join(notes, ", "));
  return out;
}

// --summary-indicators names indicators by name or id; each must be one the rules know.
Result<std::vector<std::string>> picked_indicators(const ExtractOptions& opt, const RuleSet& rules) {
  std::vector<std::string> ids;
  for (const auto& name : opt.summary_indicators) {
    if (name.empty()) continue;
    auto i = rules.find_indicator(name);
    if (!i) return Error(fmt::format("--summary-indicators: no indicator '{}' in the rules in use (give a name, "
                                     "e.g. 地区生产总值, or an id, e.g. gdp; zhibiao rules lint shows the files)",
                                     name));
    ids.push_back(rules.indicators[*i].id);
  }
  return ids;
}

Result<std::unique_ptr<report::Sink>> output_sink(const ExtractOptions& opt, const std::string& format,
                                                  const Extractor& extractor) {
  report::WorkbookOptions book(opt.lang == "en" ? report::Lang::en : report::Lang::zh);
  if (format == "xlsx") {
    auto picked = picked_indicators(opt, extractor.rules());
    if (!picked) return picked.error();
    book.picked = std::move(*picked);
    book.catalogue = report::Catalogue::of(extractor.rules());
    book.builtin_rules = opt.rules.replace.empty();
    for (const auto* dirs : {&opt.rules.replace, &opt.rules.add})
      book.rule_folders.insert(book.rule_folders.end(), dirs->begin(), dirs->end());
    book.version = std::string(version());
    book.rules_digest = digest_of_rules(opt.rules);
  }
  if (!to_stdout(opt)) return report::file_sink(opt.output, book, opt.inputs);
  if (format == "csv") return report::csv_sink(std::cout, "standard output");
  return report::jsonl_sink(std::cout, "standard output");
}

}  // namespace

int run_extract(const ExtractOptions& opt) {
  std::string format = opt.format.empty() ? format_of_path(opt.output) : opt.format;
  if (format == "xlsx" && to_stdout(opt)) {
    std::cerr << "zhibiao: a workbook needs a file: add -o out.xlsx\n";
    return 2;
  }
  if (!to_stdout(opt) && format != format_of_path(opt.output)) {
    std::cerr << "zhibiao: --format " << format << " does not match the extension of " << opt.output << "\n";
    return 2;
  }
  Extractor extractor = batch_extractor(opt);
  auto sink = output_sink(opt, format, extractor);
  if (!sink) {
    std::cerr << fmt::format("zhibiao: {}\n", sink.error().describe());
    return 2;
  }
  // Findings only go to the workbook: JSONL and CSV carry records alone.
  std::optional<report::CheckRules> checks;
  if (format == "xlsx") checks = check_rules(opt.rules);
  report::Tally tally(checks ? &*checks : nullptr);
  Pipeline p = run_pipeline(opt, extractor, sink->get(), tally, checks ? &*checks : nullptr);
  if (p.status) return p.status;
  if (!opt.quiet && !to_stdout(opt))
    std::cerr << fmt::format("zhibiao: {}\n", summary(p.result, opt.output));
  if (p.result.internal_error) return 3;
  return p.result.errors || p.result.partial ? 2 : 0;
}

}  // namespace zhibiao::cli
