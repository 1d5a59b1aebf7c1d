#include "pipeline.hpp"

#include <fmt/format.h>

#include <iostream>

#include "jsonl_jobs.hpp"
#include "load_rules.hpp"
#include "stdout_check.hpp"

namespace zhibiao::cli {
namespace {

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

}  // namespace

Extractor batch_extractor(const ExtractOptions& opt) {
  Extractor extractor = make_extractor(opt.rules);
  extractor.options().known_only = opt.known_only;
  extractor.options().max_seconds = opt.max_seconds;
  extractor.options().max_records = opt.max_records;
  return extractor;
}

Pipeline run_pipeline(const ExtractOptions& opt, const Extractor& extractor, report::Sink* sink, report::Tally& tally,
                      const report::CheckRules* checks) {
  Pipeline p;
  auto source = job_source(opt);
  if (!source) {
    p.status = 2;
    return p;
  }
  std::optional<MetaFile> meta;
  if (!opt.meta.empty()) {
    auto m = MetaFile::read(opt.meta);
    if (!m) {
      std::cerr << fmt::format("zhibiao: {}\n", m.error().describe());
      p.status = 2;
      return p;
    }
    meta = std::move(*m);
  }
  if (sink)
    if (auto err = sink->begin()) {
      std::cerr << fmt::format("zhibiao: {}\n", err->describe());
      if (err->file == "standard output") stdout_failure_reported();
      p.status = 2;
      return p;
    }
  p.result = run_batch(extractor, *source, sink, tally, {opt.encoding, opt.jobs, opt.quiet, sink && sink->lists_digests(), checks, meta ? &*meta : nullptr});
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

std::optional<Error> CollectSink::document(const report::SourceFile& source, const std::vector<Record>& records,
                                           std::size_t) {
  batch.records.insert(batch.records.end(), records.begin(), records.end());
  batch.sources.push_back(source);
  return std::nullopt;
}

}  // namespace zhibiao::cli
