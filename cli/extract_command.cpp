#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <optional>

#include "batch.hpp"
#include "commands.hpp"
#include "jsonl_jobs.hpp"
#include "load_rules.hpp"
#include "stdout_check.hpp"
#include "zhibiao/report/checks.hpp"
#include "zhibiao/report/csv.hpp"
#include "zhibiao/report/jsonl.hpp"
#include "zhibiao/report/output.hpp"
#include "zhibiao/rules/rule_set.hpp"

namespace zhibiao::cli {

// The built-in checks, or a checks*.yaml from the user's rule folders (the last
// one wins), with the indicator aliases of every rule file in use.
report::CheckRules check_rules(const RuleOptions& options) {
  std::vector<RuleFile> files;
  for (const auto* dirs : {&options.replace, &options.add})
    for (const auto& dir : *dirs) {
      auto more = read_rule_dir(dir);
      if (!more) throw std::runtime_error("rules: " + more.error().describe());
      files.insert(files.end(), more->begin(), more->end());
    }
  std::optional<report::CheckRules> rules;
  for (const auto& f : files) {
    if (std::filesystem::path(f.path).filename().string().rfind("checks", 0) != 0) continue;
    auto parsed = report::CheckRules::parse(f.content, f.path);
    if (!parsed) throw std::runtime_error("check rules: " + parsed.error().describe());
    rules = std::move(*parsed);
  }
  if (!rules) {
    auto builtin = report::CheckRules::builtin();
    if (!builtin) throw std::runtime_error("check rules: " + builtin.error().describe());
    rules = std::move(*builtin);
  }
  for (const auto& f : files)
    if (f.content.find("indicators:") != std::string::npos)
      if (auto err = rules->add_indicators(f.content, f.path)) throw std::runtime_error("rules: " + err->describe());
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

// The documents, document lines or record lines the options name; nullptr with a message when they contradict.
std::unique_ptr<JobSource> job_source(const ExtractOptions& opt) {
  if (opt.stdin_jsonl && (opt.from_jsonl || !opt.inputs.empty() || !opt.files_from.empty())) {
    std::cerr << "zhibiao: --stdin-jsonl reads the documents from standard input; give no other input\n";
    return nullptr;
  }
  if (opt.stdin_jsonl) return std::make_unique<DocumentLines>(std::cin);
  if (opt.inputs.empty() && opt.files_from.empty()) {
    std::cerr << "zhibiao: give the documents to read: files, folders, patterns, '-', --files-from LIST or "
                 "--stdin-jsonl\n";
    return nullptr;
  }
  int stdin_uses = 0;
  for (const auto& in : opt.inputs) stdin_uses += in == "-";
  stdin_uses += opt.files_from == "-";
  if (stdin_uses > 1) {
    std::cerr << "zhibiao: standard input can be read once: give '-' as an input or as --files-from, not both\n";
    return nullptr;
  }
  if (opt.from_jsonl) {
    if (!opt.files_from.empty()) {
      std::cerr << "zhibiao: --from-jsonl reads the record files given as inputs; --files-from lists documents\n";
      return nullptr;
    }
    return std::make_unique<RecordLines>(opt.inputs);
  }
  return std::make_unique<JobList>(expand_inputs(opt.inputs, opt.files_from));
}

struct Pipeline {
  BatchResult result;
  int status = 0;  // set when the run could not finish
};

// Extracts (or reads back) every document into `sink` and `tally`, then finishes both.
Pipeline run_pipeline(const ExtractOptions& opt, report::Sink* sink, report::Tally& tally,
                      const report::CheckRules* checks) {
  Pipeline p;
  auto source = job_source(opt);
  if (!source) {
    p.status = 2;
    return p;
  }
  Extractor extractor = make_extractor(opt.rules);
  extractor.options().known_only = opt.known_only;
  if (sink)
    if (auto err = sink->begin()) {
      std::cerr << fmt::format("zhibiao: {}\n", err->describe());
      if (err->file == "standard output") stdout_failure_reported();
      p.status = 2;
      return p;
    }
  p.result = run_batch(extractor, *source, sink, tally, {opt.encoding, opt.jobs, opt.quiet, checks});
  if (p.result.output_error) {
    std::cerr << fmt::format("zhibiao: {}\n", p.result.output_error->describe());
    if (p.result.output_error->file == "standard output") stdout_failure_reported();
    p.status = 2;
    return p;
  }
  tally.finish();
  if (sink)
    if (auto err = sink->finish(tally)) {
      std::cerr << fmt::format("zhibiao: {}\n", err->describe());
      if (err->file == "standard output") stdout_failure_reported();
      p.status = 2;
    }
  return p;
}

// "wrote 5 records from 3 file(s) to out.xlsx (2 could not be read, 1 skipped)"
std::string summary(const BatchResult& r, const std::string& to) {
  std::string out = fmt::format("wrote {} records from {} file(s) to {}", r.records, r.files - r.errors - r.skipped, to);
  if (r.errors && r.skipped) out += fmt::format(" ({} could not be read, {} skipped)", r.errors, r.skipped);
  else if (r.errors) out += fmt::format(" ({} could not be read)", r.errors);
  else if (r.skipped) out += fmt::format(" ({} skipped)", r.skipped);
  return out;
}

Result<std::unique_ptr<report::Sink>> output_sink(const ExtractOptions& opt, const std::string& format) {
  report::Lang lang = opt.lang == "en" ? report::Lang::en : report::Lang::zh;
  if (!to_stdout(opt)) return report::file_sink(opt.output, lang, opt.inputs);
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
  auto sink = output_sink(opt, format);
  if (!sink) {
    std::cerr << fmt::format("zhibiao: {}\n", sink.error().describe());
    return 2;
  }
  // Findings only go to the workbook: JSONL and CSV carry records alone.
  std::optional<report::CheckRules> checks;
  if (format == "xlsx") checks = check_rules(opt.rules);
  report::Tally tally(checks ? &*checks : nullptr);
  Pipeline p = run_pipeline(opt, sink->get(), tally, checks ? &*checks : nullptr);
  if (p.status) return p.status;
  if (!opt.quiet && !to_stdout(opt))
    std::cerr << fmt::format("zhibiao: {}\n", summary(p.result, opt.output));
  if (p.result.internal_error) return 3;
  return p.result.errors ? 2 : 0;
}

int run_check(const ExtractOptions& opt) {
  report::CheckRules rules = check_rules(opt.rules);
  std::unique_ptr<report::Sink> sink;
  if (!opt.output.empty()) {
    auto made = report::file_sink(opt.output, opt.lang == "en" ? report::Lang::en : report::Lang::zh, opt.inputs);
    if (!made) {
      std::cerr << fmt::format("zhibiao: {}\n", made.error().describe());
      return 2;
    }
    sink = std::move(*made);
  }
  report::Tally tally(&rules);
  Pipeline p = run_pipeline(opt, sink.get(), tally, &rules);
  if (p.status) return p.status;
  std::size_t errors = 0, warnings = 0;
  bool written = true;
  tally.for_each_finding([&](const report::BatchFinding& f) {
    if (f.severity == "error") ++errors;
    if (f.severity == "warning") ++warnings;
    if (written) std::cout << report::describe(f) << "\n";
    written = written && std::cout.good();
  });
  if (!stdout_ok()) return 2;
  std::cout << fmt::format("{} finding(s): {} error(s), {} warning(s), {} note(s) over {} records\n",
                           tally.findings(), errors, warnings, tally.findings() - errors - warnings, tally.records());
  if (p.result.internal_error) return 3;
  if (p.result.errors) return 2;
  return errors ? 1 : 0;
}

}  // namespace zhibiao::cli
