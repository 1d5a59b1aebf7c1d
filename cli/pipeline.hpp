// The batch of extract and check: the job source the options name (inputs, --files-from,
// --stdin-jsonl, --from-jsonl), run through the extractor into a sink and a tally, with the
// messages and exit codes of a batch.
#pragma once

#include <memory>
#include <vector>

#include "batch.hpp"
#include "commands.hpp"
#include "zhibiao/report/batch.hpp"

namespace zhibiao::cli {

struct Pipeline {
  BatchResult result;
  int status = 0;  // set when the run could not finish (a message has been printed)
};

// The extractor the options ask for: the rules in use, --known-only, the budgets.
Extractor batch_extractor(const ExtractOptions& opt);

// Extracts (or reads back) every document into `sink` (when given) and `tally`, then
// finishes both. `checks`: per-document checks, for outputs that show findings.
Pipeline run_pipeline(const ExtractOptions& opt, const Extractor& extractor, report::Sink* sink, report::Tally& tally,
                      const report::CheckRules* checks);

// A sink that keeps every record and the file list: for check, whose findings name
// figures of the whole batch.
class CollectSink : public report::Sink {
 public:
  std::optional<Error> begin() override { return std::nullopt; }
  std::optional<Error> document(const report::SourceFile& source, const std::vector<Record>& records,
                                std::size_t) override;
  std::optional<Error> finish(const report::Tally&) override { return std::nullopt; }
  report::Batch batch;
};

}  // namespace zhibiao::cli
