// The extraction pipeline for one document: segment, scan, match rules,
// attribute, and turn each figure into a Record.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "zhibiao/text/document.hpp"
#include "zhibiao/error.hpp"
#include "zhibiao/attribution/document_info.hpp"
#include "zhibiao/attribution/record.hpp"

namespace zhibiao {

class RuleSet;

struct ExtractStats {
  std::size_t sentences = 0;
  std::size_t quantities = 0;
  std::vector<std::string> warnings;  // e.g. a rule that gave up on a clause (runaway backtracking)
  // Set when a budget stopped the document: the records so far are kept, and this says why.
  std::string partial;
  DocumentInfo document;  // its region, year and kind, as read (or given by --meta)
};

struct ExtractOptions {
  bool known_only = false;  // drop figures whose indicator is not in the rules
  // Budgets per document; 0 = none. A document that reaches one keeps what was read so far.
  double max_seconds = 300;
  std::size_t max_records = 1000000;
};

class Extractor {
 public:
  // The default rules compiled into the binary.
  static Result<Extractor> builtin();
  // Rules from directories: `replace` instead of the defaults when non-empty,
  // then every directory of `add` on top.
  static Result<Extractor> load(const std::vector<std::string>& replace, const std::vector<std::string>& add);

  // `meta` overrides what is read of the document's region, year and kind.
  std::vector<Record> extract(const Document& doc, ExtractStats* stats = nullptr,
                              const DocumentMeta* meta = nullptr) const;
  // The same over a text; with `trace`, explains each step in plain lines.
  std::vector<Record> extract_text(const std::string& doc_name, const Text& text, ExtractStats* stats = nullptr,
                                   std::vector<std::string>* trace = nullptr,
                                   const DocumentMeta* meta = nullptr) const;
  const RuleSet& rules() const { return *rules_; }
  ExtractOptions& options() { return options_; }

  explicit Extractor(std::shared_ptr<const RuleSet> rules) : rules_(std::move(rules)) {}

 private:
  std::shared_ptr<const RuleSet> rules_;
  ExtractOptions options_;
};

}  // namespace zhibiao
