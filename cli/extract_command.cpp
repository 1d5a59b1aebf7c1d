#include <filesystem>
#include <iostream>
#include <optional>

#include "batch.hpp"
#include "check_command.hpp"
#include "commands.hpp"
#include "load_rules.hpp"
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

report::Batch extract_batch(const ExtractOptions& opt) {
  Extractor extractor = make_extractor(opt.rules);
  extractor.options().known_only = opt.known_only;
  auto batch = run_batch(extractor, expand_inputs(opt.inputs), opt.encoding, opt.quiet);
  batch.findings = report::run_checks(batch.records, check_rules(opt.rules));
  return batch;
}

namespace {

// The format an output path's extension names; jsonl when it names none.
std::string format_of_path(const std::string& path) {
  for (std::string ext : {".xlsx", ".csv", ".jsonl"})
    if (path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0) return ext.substr(1);
  return "jsonl";
}

}  // namespace

int run_extract(const ExtractOptions& opt) {
  std::string format = opt.format.empty() ? format_of_path(opt.output) : opt.format;
  if (format == "xlsx" && (opt.output.empty() || opt.output == "-")) {
    std::cerr << "zhibiao: a workbook needs a file: add -o out.xlsx\n";
    return 2;
  }
  if (!opt.output.empty() && opt.output != "-" && format != format_of_path(opt.output)) {
    std::cerr << "zhibiao: --format " << format << " does not match the extension of " << opt.output << "\n";
    return 2;
  }
  auto batch = extract_batch(opt);
  if (opt.output.empty() || opt.output == "-") {
    if (format == "csv") report::write_csv(std::cout, batch.records);
    else report::write_jsonl(std::cout, batch.records);
  } else {
    auto err = report::write_output(opt.output, batch, opt.lang == "en" ? report::Lang::en : report::Lang::zh, opt.inputs);
    if (err) {
      std::cerr << "zhibiao: " << err->describe() << "\n";
      return 2;
    }
    if (!opt.quiet)
      std::cerr << "zhibiao: wrote " << batch.records.size() << " records from " << batch.sources.size() << " file(s) to "
                << opt.output << "\n";
  }
  bool any_error = false;
  for (const auto& s : batch.sources) any_error = any_error || s.status == "error";
  return any_error ? 2 : 0;
}

}  // namespace zhibiao::cli
