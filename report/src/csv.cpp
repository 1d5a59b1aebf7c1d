#include "zhibiao/report/csv.hpp"

#include <fmt/format.h>

#include "record_fields.hpp"
#include "stream_sink.hpp"

namespace zhibiao::report {

namespace detail {

std::array<std::string, kRecordFields.size()> record_texts(const Record& r) {
  auto dec = [](const std::optional<Decimal>& d) { return d ? d->str() : std::string(); };
  return {r.doc,        fmt::to_string(r.start), fmt::to_string(r.end), r.text,          r.sentence,
          r.indicator,  r.indicator_id,          r.category,            r.mention,       r.measure,
          dec(r.value), r.unit,                  r.display_unit,        r.raw_value,     r.raw_unit,
          r.qualifier,  r.modality,              r.status,              r.masked ? "true" : "false",
          r.scope,      r.of,                    r.of_total ? fmt::to_string(*r.of_total) : std::string(),
          r.period,     r.period_kind,           r.basis,               r.region,
          r.doc_year ? fmt::to_string(*r.doc_year) : std::string(), r.rule, dec(r.low), dec(r.high)};
}

}  // namespace detail

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

namespace {

void write_header(std::ostream& out) {
  out << "\xEF\xBB\xBF";
  for (std::size_t i = 0; i < detail::kRecordFields.size(); ++i) out << (i ? "," : "") << detail::kRecordFields[i];
  out << "\r\n";
}

void write_row(std::ostream& out, const Record& r) {
  auto fields = detail::record_texts(r);
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
  out << "\r\n";
}

class CsvSink : public detail::StreamSink {
 public:
  using StreamSink::StreamSink;

 protected:
  void header(std::ostream& out) override { write_header(out); }
  void row(std::ostream& out, const Record& r) override { write_row(out, r); }
};

}  // namespace

void write_csv(std::ostream& out, const std::vector<Record>& records) {
  write_header(out);
  for (const auto& r : records) write_row(out, r);
}

std::unique_ptr<Sink> csv_sink(std::ostream& out, std::string name) {
  return std::make_unique<CsvSink>(out, std::move(name));
}

}  // namespace zhibiao::report
