// Runs the extractor over a batch of documents on all cores, writing each
// document's records as soon as it and every document before it are done, so the
// output is the same for any --jobs and memory does not grow with the batch.
// A document that cannot be read, or runs out of memory, is listed with its error
// and the batch goes on; a failed write stops it.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "inputs.hpp"
#include "meta_file.hpp"
#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/report/check_rules.hpp"
#include "zhibiao/report/sink.hpp"
#include "zhibiao/report/tally.hpp"

namespace zhibiao::cli {

// Where the batch's jobs come from, in order; next() is called under a lock.
class JobSource {
 public:
  virtual ~JobSource() = default;
  virtual std::optional<Job> next() = 0;
  virtual std::optional<std::size_t> count() const { return std::nullopt; }  // for progress
  virtual std::uintmax_t bytes() const { return 0; }
};

class JobList : public JobSource {
 public:
  explicit JobList(std::vector<Job> jobs);
  std::optional<Job> next() override;
  std::optional<std::size_t> count() const override { return jobs_.size(); }
  std::uintmax_t bytes() const override { return bytes_; }

 private:
  std::vector<Job> jobs_;
  std::size_t next_ = 0;
  std::uintmax_t bytes_ = 0;
};

struct BatchOptions {
  std::string encoding;                       // forced, or empty to detect
  unsigned jobs = 0;                          // 0: all cores
  bool quiet = false;
  bool digests = false;                        // each file's SHA-256 (a workbook's file list shows it)
  const report::CheckRules* checks = nullptr;  // per-document checks, when the output needs findings
  const MetaFile* meta = nullptr;              // --meta: what the user says of each document
};

struct BatchResult {
  std::size_t files = 0, records = 0, errors = 0, skipped = 0, partial = 0;
  bool internal_error = false;               // a document met a bug (exit 3 once the rest is written)
  std::optional<Error> output_error;          // the batch stopped: the sink could not write
};

// Each document goes to `sink` (when given) and `tally`, in input order.
BatchResult run_batch(const Extractor& extractor, JobSource& source, report::Sink* sink, report::Tally& tally,
                      const BatchOptions& options);

unsigned default_jobs();

}  // namespace zhibiao::cli
