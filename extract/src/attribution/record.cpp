#include "zhibiao/attribution/record.hpp"

#include "zhibiao/json_writer.hpp"

namespace zhibiao {

std::string to_json(const Record& r) {
  JsonObject o;
  o.field("doc", r.doc)
      .field("start", r.start)
      .field("end", r.end)
      .field("text", r.text)
      .field("sentence", r.sentence)
      .field("indicator", r.indicator)
      .field("indicator_id", r.indicator_id)
      .field("category", r.category)
      .field("mention", r.mention)
      .field("measure", r.measure)
      .field("value", r.value)
      .field("unit", r.unit)
      .field("display_unit", r.display_unit)
      .field("raw_value", r.raw_value)
      .field("raw_unit", r.raw_unit)
      .field("qualifier", r.qualifier)
      .field("modality", r.modality)
      .field("status", r.status)
      .field("masked", r.masked)
      .field("scope", r.scope)
      .field("of", r.of);
  if (r.of_total) o.field("of_total", static_cast<std::int64_t>(*r.of_total));
  else o.null_field("of_total");
  o.field("period", r.period).field("period_kind", r.period_kind).field("basis", r.basis).field("region", r.region);
  if (r.doc_year) o.field("doc_year", static_cast<std::int64_t>(*r.doc_year));
  else o.null_field("doc_year");
  o.field("rule", r.rule);
  if (r.low || r.high) o.field("low", r.low).field("high", r.high);
  return o.str();
}

}  // namespace zhibiao
