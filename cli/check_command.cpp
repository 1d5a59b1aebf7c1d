#include "check_command.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <iostream>

#include "pipeline.hpp"
#include "stdout_check.hpp"
#include "zhibiao/report/checks.hpp"
#include "zhibiao/report/findings_output.hpp"

namespace zhibiao::cli {
namespace {

// The format an output path's extension names; empty when it names none.
std::string format_of_path(const std::string& path) {
  for (std::string ext : {".xlsx", ".csv", ".jsonl"})
    if (path.size() > ext.size() && path.compare(path.size() - ext.size(), ext.size(), ext) == 0) return ext.substr(1);
  return {};
}

}  // namespace

int run_check(const CheckOptions& opt) {
  const ExtractOptions& ex = opt.extract;
  auto selection = report::CheckSelection::parse(opt.only, opt.skip);
  if (!selection) {
    std::cerr << fmt::format("zhibiao check: {}\n", selection.error().describe());
    return 2;
  }
  const bool to_file = !ex.output.empty() && ex.output != "-";
  std::string format = opt.format;
  if (format.empty()) format = to_file ? format_of_path(ex.output) : (isatty(STDOUT_FILENO) ? "text" : "jsonl");
  if (to_file && format != format_of_path(ex.output)) {
    std::cerr << fmt::format("zhibiao check: -o {} needs the extension .jsonl, .csv or .xlsx of its format{}\n", ex.output,
                             opt.format.empty() ? "" : fmt::format(" (--format {})", opt.format));
    return 2;
  }
  if (!to_file && format == "xlsx") {
    std::cerr << "zhibiao check: a workbook needs a file: add -o findings.xlsx\n";
    return 2;
  }

  report::CheckRules rules = check_rules(ex.rules);
  // The findings name figures anywhere in the batch (with their sentences): check keeps the
  // records; the batch itself (inputs, --jobs, faults) runs as extract's does.
  CollectSink collect;
  report::Tally tally;
  Pipeline p = run_pipeline(ex, batch_extractor(ex), &collect, tally, nullptr);
  if (p.status) return p.status;
  report::Batch& batch = collect.batch;
  auto findings = report::run_checks(batch.records, rules, *selection);

  std::size_t errors = 0, warnings = 0;
  for (const auto& f : findings) {
    if (f.severity == "error") ++errors;
    if (f.severity == "warning") ++warnings;
  }
  std::string summary = fmt::format("{} finding(s): {} error(s), {} warning(s), {} note(s) over {} records", findings.size(),
                                    errors, warnings, findings.size() - errors - warnings, batch.records.size());
  if (to_file) {
    auto err = report::write_findings(ex.output, findings, batch.records,
                                      ex.lang == "en" ? report::Lang::en : report::Lang::zh, ex.inputs);
    if (err) {
      std::cerr << fmt::format("zhibiao: {}\n", err->describe());
      return 2;
    }
    if (!ex.quiet) std::cerr << fmt::format("zhibiao: {}; written to {}\n", summary, ex.output);
  } else if (format == "text") {
    report::write_findings_text(std::cout, findings, batch.records);
    std::cout << summary << "\n";
  } else {
    if (format == "csv") report::write_findings_csv(std::cout, findings, batch.records);
    else report::write_findings_jsonl(std::cout, findings, batch.records);
    if (!ex.quiet) std::cerr << fmt::format("zhibiao: {}\n", summary);
  }
  if (!stdout_ok()) return 2;
  if (p.result.internal_error) return 3;
  if (errors) return 1;
  return p.result.errors || p.result.partial ? 2 : 0;
}

}  // namespace zhibiao::cli
