// What a batch keeps of its documents once they are written: the file list,
// the findings (per-document checks as each document finishes, cross-document
// checks over a few fields of each figure) and counts. No records, no sentences.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/report/batch_finding.hpp"
#include "zhibiao/report/check_rules.hpp"
#include "zhibiao/report/finding.hpp"
#include "zhibiao/report/source_file.hpp"

namespace zhibiao::report {

class AcrossDocuments;

class Tally {
 public:
  // Without rules, no cross-document checks are run.
  explicit Tally(const CheckRules* rules = nullptr);
  ~Tally();
  Tally(Tally&&) noexcept;
  Tally& operator=(Tally&&) noexcept;

  // The number the next document's first record gets (1-based).
  std::size_t next_number() const { return records_ + 1; }
  // One document: its file-list entry, its records and its own findings (indexes into records).
  void add(SourceFile source, const std::vector<Record>& records, const std::vector<Finding>& findings);
  // Findings numbered already (a whole batch's checks).
  void add_findings(std::vector<BatchFinding> findings);
  // Adds the cross-document findings and sorts all of them. Call once, after the last document.
  void finish();

  const std::vector<SourceFile>& sources() const { return sources_; }
  const std::vector<BatchFinding>& findings() const { return findings_; }
  std::size_t records() const { return records_; }

 private:
  std::vector<SourceFile> sources_;
  std::vector<BatchFinding> findings_;
  std::size_t records_ = 0;
  std::unique_ptr<AcrossDocuments> across_;
};

}  // namespace zhibiao::report
