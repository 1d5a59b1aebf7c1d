#include "commands.hpp"

#include <fmt/format.h>

#include <iostream>

#include "inputs.hpp"
#include "stdout_check.hpp"

#include "zhibiao/text/document.hpp"
#include "zhibiao/json_writer.hpp"
#include "zhibiao/quantity/scanner.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::cli {

std::string quantity_json(const std::string& doc, const Text& text, const Quantity& q) {
  JsonObject o;
  auto orig = [&](Span s) { return to_utf8(text.original_span(s.begin, s.end)); };
  o.field("doc", doc)
      .field("start", text.to_original_begin(q.span.begin))
      .field("end", text.to_original_end(q.span.end))
      .field("text", orig(q.span))
      .field("kind", to_string(q.kind))
      .field("value", q.value)
      .field("unit", q.unit)
      .field("raw_value", orig(q.number_span))
      .field("raw_unit", orig(q.unit_span))
      .field("qualifier", to_string(q.qualifier))
      .field("masked", q.masked);
  if (q.kind == QuantityKind::range) o.field("low", q.low).field("high", q.high).field("range_of", to_string(q.range_of));
  if (q.vague) o.field("vague", true);
  if (q.from_end) o.field("from_end", true);
  if (q.top) o.field("top", true);
  return std::move(o).str();
}

int run_scan(const ScanOptions& opt) {
  Scanner scanner;
  int status = 0;
  // Folders are walked and patterns expanded as for extract; what a walk cannot read is said and skipped.
  for (auto& job : expand_inputs(opt.inputs, opt.files_from)) {
    if (!job.status.empty()) {
      std::cerr << fmt::format("zhibiao: {}: {}\n", job.path, job.reason);
      if (job.status == "error") status = 2;
      continue;
    }
    Document doc = load_document(job.path, opt.encoding, Digest::none);
    if (doc.status == "error") {
      std::cerr << fmt::format("zhibiao: {}: {}\n", job.path, doc.error);
      status = 2;
      continue;
    }
    if (!doc.error.empty()) std::cerr << fmt::format("zhibiao: {}: {}\n", job.path, doc.error);
    for (const auto& q : scanner.scan(*doc.text)) std::cout << quantity_json(job.path, *doc.text, q) << "\n";
    if (!stdout_ok()) return 2;  // a failed write stops the scan
  }
  return status;
}

}  // namespace zhibiao::cli
