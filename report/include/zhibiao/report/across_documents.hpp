// value_conflict_across_documents, fed one document at a time: the same
// indicator, part, measure, scope, period, modality and unit with values their
// precision cannot reconcile in two documents. Only where the text names the
// period (otherwise two years look like a clash). Each document's first figure
// of a kind is compared with the first document's; only that one is kept.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <tuple>
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
  // Records of the current document in text order; `number` identifies the record in findings.
  void add(const Record& r, std::size_t number);
  // The next record added belongs to another document.
  void end_document() { seen_in_doc_.clear(); }
  // The ids of every conflict, by kind of figure, then in document order.
  std::vector<std::uint64_t> conflicts() const;
  const std::string& severity() const { return rules_.cross_document_severity; }

 private:
  using Key = std::tuple<std::string, std::string, std::string, std::string, std::string, std::string, std::string,
                         std::string>;
  struct First {
    FigureRef ref;
    double lo = 0, hi = 0;  // what its precision allows
    std::string shown;
    std::vector<std::uint64_t> conflicts;
  };
  const CheckRules& rules_;
  Keep keep_;
  std::map<Key, First> firsts_;
  std::set<Key> seen_in_doc_;
};

}  // namespace zhibiao::report
