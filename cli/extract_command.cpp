#include <iostream>

#include "batch.hpp"
#include "commands.hpp"
#include "load_rules.hpp"
#include "zhibiao/report/checks.hpp"
#include "zhibiao/report/csv.hpp"
#include "zhibiao/report/jsonl.hpp"
#include "zhibiao/report/output.hpp"

namespace zhibiao::cli {

report::CheckRules check_rules() {
  auto rules = report::CheckRules::builtin();
  if (!rules) throw std::runtime_error("check rules: " + rules.error().describe());
  return std::move(*rules);
}

report::Batch extract_batch(const ExtractOptions& opt) {
  Extractor extractor = make_extractor(opt.rules);
  extractor.options().known_only = opt.known_only;
  auto batch = run_batch(extractor, expand_inputs(opt.inputs), opt.encoding, opt.quiet);
  batch.findings = report::run_checks(batch.records, check_rules());
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

int run_check(const ExtractOptions& opt) {
  auto batch = extract_batch(opt);
  std::size_t errors = 0, warnings = 0;
  for (const auto& f : batch.findings) {
    if (f.severity == "error") ++errors;
    if (f.severity == "warning") ++warnings;
    std::cout << report::describe(f, batch.records) << "\n";
  }
  std::cout << batch.findings.size() << " finding(s): " << errors << " error(s), " << warnings << " warning(s), "
            << batch.findings.size() - errors - warnings << " note(s) over " << batch.records.size() << " records\n";
  if (!opt.output.empty()) {
    auto err = report::write_output(opt.output, batch, opt.lang == "en" ? report::Lang::en : report::Lang::zh, opt.inputs);
    if (err) {
      std::cerr << "zhibiao: " << err->describe() << "\n";
      return 2;
    }
  }
  return errors ? 1 : 0;
}

}  // namespace zhibiao::cli
