// value_conflict_across_documents, fed one document at a time: the same figure (indicator,
// part, measure, scope, period, region, status, basis, unit) with values their precision
// cannot reconcile in two documents. Each document's first figure of a kind is compared with
// the first document's; only that one is kept, and conflicts go to the caller as found.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/report/batch_finding.hpp"
#include "zhibiao/report/check_rules.hpp"

namespace zhibiao::report {

class AcrossDocuments {
 public:
  struct Conflict {
    FigureRef first, second;
    std::string arithmetic, message;
  };
  // Takes a conflict as it is found and returns the id it is kept under (its memory is
  // the caller's: a batch spools it to disk, only the id stays here).
  using Keep = std::function<std::uint64_t(Conflict&&)>;

  AcrossDocuments(const CheckRules& rules, Keep keep) : rules_(rules), keep_(std::move(keep)) {}
  // One document's records in text order; record i is numbered first_number + i.
  void add_document(const std::vector<Record>& records, std::size_t first_number);
  // The ids of every conflict, by kind of figure, then in document order.
  std::vector<std::uint64_t> conflicts() const;
  const std::string& severity() const { return rules_.cross_document_severity; }

 private:
  struct First {
    FigureRef ref;
    double lo = 0, hi = 0;  // what its precision allows
    std::string shown;
    std::vector<std::uint64_t> conflicts;
  };
  const CheckRules& rules_;
  Keep keep_;
  std::map<std::string, First> firsts_;
};

}  // namespace zhibiao::report
