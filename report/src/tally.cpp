#include "zhibiao/report/tally.hpp"

#include <algorithm>

#include "spool.hpp"
#include "zhibiao/report/across_documents.hpp"

namespace zhibiao::report {
namespace {

std::string encode(const BatchFinding& f) {
  using detail::put;
  std::string out;
  for (const std::string* s : {&f.id, &f.severity, &f.message, &f.arithmetic, &f.doc}) put(out, *s);
  put(out, static_cast<std::uint64_t>(f.figures.size()));
  for (const FigureRef& r : f.figures) {
    put(out, static_cast<std::uint64_t>(r.number));
    put(out, r.doc);
    put(out, static_cast<std::uint64_t>(r.start));
    put(out, static_cast<std::uint64_t>(r.end));
    put(out, r.text);
    put(out, r.name);
    put(out, r.measure);
  }
  return out;
}

BatchFinding decode(std::string_view in) {
  using detail::take;
  using detail::take_number;
  BatchFinding f;
  for (std::string* s : {&f.id, &f.severity, &f.message, &f.arithmetic, &f.doc}) *s = take(in);
  auto n = take_number(in);
  for (std::uint64_t k = 0; k < n; ++k) {
    FigureRef r;
    r.number = static_cast<std::size_t>(take_number(in));
    r.doc = take(in);
    r.start = static_cast<std::size_t>(take_number(in));
    r.end = static_cast<std::size_t>(take_number(in));
    r.text = take(in);
    r.name = take(in);
    r.measure = take(in);
    f.figures.push_back(std::move(r));
  }
  return f;
}

}  // namespace

Tally::Tally(const CheckRules* rules) : spool_(std::make_unique<detail::Spool>()) {
  if (!rules) return;
  std::string severity = rules->cross_document_severity;
  across_ = std::make_unique<AcrossDocuments>(*rules, [this, severity](AcrossDocuments::Conflict&& c) {
    across_keys_.push_back(spooled({"value_conflict_across_documents", severity, std::move(c.message),
                                    std::move(c.arithmetic), c.first.doc, {std::move(c.first), std::move(c.second)}}));
    return static_cast<std::uint64_t>(across_keys_.size() - 1);
  });
}
Tally::~Tally() = default;

Tally::Key Tally::spooled(const BatchFinding& f) {
  auto [it, fresh] = doc_index_.try_emplace(f.doc, static_cast<std::uint32_t>(docs_.size()));
  if (fresh) docs_.push_back(f.doc);
  return {severity_rank(f.severity), it->second, f.figures.empty() ? 0 : f.figures.front().start,
          spool_->append(encode(f))};
}

void Tally::keep(const BatchFinding& f) { keys_.push_back(spooled(f)); }

void Tally::add(SourceFile source, const std::vector<Record>& records, const std::vector<Finding>& findings) {
  std::size_t first = next_number();
  for (const auto& f : findings) keep(batch_finding(f, records, first));
  if (across_) across_->add_document(records, first);
  records_ += records.size();
  sources_.push_back(std::move(source));
}

void Tally::add_findings(std::vector<BatchFinding> findings) {
  for (const auto& f : findings) keep(f);
}

void Tally::finish() {
  if (across_) {
    for (std::uint64_t id : across_->conflicts()) keys_.push_back(across_keys_[id]);
    across_.reset();
    across_keys_ = {};
  }
  // As sort_findings orders whole findings: errors first, then by document and first offset; stable.
  std::stable_sort(keys_.begin(), keys_.end(), [&](const Key& a, const Key& b) {
    if (a.severity != b.severity) return a.severity < b.severity;
    if (a.doc != b.doc) return docs_[a.doc] < docs_[b.doc];
    return a.start < b.start;
  });
}

void Tally::for_each_finding(const std::function<void(const BatchFinding&)>& visit) const {
  for (const Key& k : keys_) visit(decode(spool_->read(k.offset)));
}

}  // namespace zhibiao::report
