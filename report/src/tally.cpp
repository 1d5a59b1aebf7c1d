#include "zhibiao/report/tally.hpp"

#include "zhibiao/report/across_documents.hpp"

namespace zhibiao::report {

Tally::Tally(const CheckRules* rules) {
  if (rules) across_ = std::make_unique<AcrossDocuments>(*rules);
}
Tally::~Tally() = default;
Tally::Tally(Tally&&) noexcept = default;
Tally& Tally::operator=(Tally&&) noexcept = default;

void Tally::add(SourceFile source, const std::vector<Record>& records, const std::vector<Finding>& findings) {
  std::size_t first = next_number();
  for (const auto& f : findings) findings_.push_back(batch_finding(f, records, first));
  if (across_) {
    for (std::size_t i = 0; i < records.size(); ++i) across_->add(records[i], first + i);
    across_->end_document();
  }
  records_ += records.size();
  sources_.push_back(std::move(source));
}

void Tally::add_findings(std::vector<BatchFinding> findings) {
  findings_.insert(findings_.end(), std::make_move_iterator(findings.begin()), std::make_move_iterator(findings.end()));
}

void Tally::finish() {
  if (across_) {
    for (auto& c : across_->conflicts())
      findings_.push_back({"value_conflict_across_documents", across_->severity(), std::move(c.message),
                           std::move(c.arithmetic), c.first.doc, {std::move(c.first), std::move(c.second)}});
    across_.reset();
  }
  sort_findings(findings_);
}

}  // namespace zhibiao::report
