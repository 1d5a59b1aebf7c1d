// What a batch keeps of its documents once they are written: the file list,
// the findings (per-document checks as each document finishes, cross-document
// checks over a few fields of each figure) and counts. No records, no sentences; the
// findings themselves wait on disk (an unlinked temporary file), only their sort keys
// stay in memory.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/report/batch_finding.hpp"
#include "zhibiao/report/check_rules.hpp"
#include "zhibiao/report/finding.hpp"
#include "zhibiao/report/source_file.hpp"

namespace zhibiao::report {

class AcrossDocuments;
namespace detail {
class Spool;
}

class Tally {
 public:
  // Without rules, no cross-document checks are run.
  explicit Tally(const CheckRules* rules = nullptr);
  ~Tally();
  Tally(const Tally&) = delete;  // the cross-document check reports into this one
  Tally& operator=(const Tally&) = delete;

  // The number the next document's first record gets (1-based).
  std::size_t next_number() const { return records_ + 1; }
  // One document: its file-list entry, its records and its own findings (indexes into records).
  void add(SourceFile source, const std::vector<Record>& records, const std::vector<Finding>& findings);
  // Findings numbered already (a whole batch's checks).
  void add_findings(std::vector<BatchFinding> findings);
  // Adds the cross-document findings and sorts all of them. Call once, after the last document.
  void finish();

  const std::vector<SourceFile>& sources() const { return sources_; }
  std::size_t findings() const { return keys_.size(); }
  // Every finding, errors first, then by document and offset (after finish).
  void for_each_finding(const std::function<void(const BatchFinding&)>& visit) const;
  std::size_t records() const { return records_; }

 private:
  struct Key;
  Key spooled(const BatchFinding& f);
  void keep(const BatchFinding& f);
  struct Key {
    int severity = 0;
    std::uint32_t doc = 0;  // into docs_
    std::size_t start = 0;
    std::uint64_t offset = 0;  // in the spool
  };
  std::vector<SourceFile> sources_;
  std::vector<Key> keys_;
  std::vector<Key> across_keys_;  // cross-document findings, spooled as found, sorted in at finish
  std::vector<std::string> docs_;
  std::map<std::string, std::uint32_t> doc_index_;
  std::unique_ptr<detail::Spool> spool_;
  std::size_t records_ = 0;
  std::unique_ptr<AcrossDocuments> across_;
};

}  // namespace zhibiao::report
