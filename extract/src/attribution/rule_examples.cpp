#include "zhibiao/attribution/rule_examples.hpp"

#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

std::string field_of(const Record& r, const std::string& key) {
  if (key == "text") return r.text;
  if (key == "indicator") return r.indicator;
  if (key == "mention") return r.mention;
  if (key == "measure") return r.measure;
  if (key == "unit") return r.unit;
  if (key == "raw_value") return r.raw_value;
  if (key == "raw_unit") return r.raw_unit;
  if (key == "qualifier") return r.qualifier;
  if (key == "modality") return r.modality;
  if (key == "masked") return r.masked ? "true" : "false";
  if (key == "scope") return r.scope;
  if (key == "of") return r.of;
  if (key == "of_total") return r.of_total ? std::to_string(*r.of_total) : "";
  if (key == "period") return r.period;
  return {};
}

std::string brief(const Record& r) {
  std::string out = r.text + " → " + (r.indicator.empty() ? "(" + r.mention + ")" : r.indicator) + " " + r.measure +
                    " " + (r.value ? r.value->str() : "null") + " " + r.unit;
  if (r.qualifier != "exact") out += " " + r.qualifier;
  if (r.modality != "actual") out += " " + r.modality;
  if (!r.scope.empty()) out += " scope=" + r.scope;
  if (!r.of.empty()) out += " of=" + r.of;
  if (!r.period.empty()) out += " period=" + r.period;
  return out + " [" + r.rule + "]";
}

std::string describe(const ExpectedRecord& e) {
  std::string out;
  for (const auto& [k, v] : e.fields) out += (out.empty() ? "" : ", ") + k + ": " + v;
  return "{" + out + "}";
}

}  // namespace

bool record_matches(const Record& r, const ExpectedRecord& expected) {
  for (const auto& [key, want] : expected.fields) {
    if (key == "value") {
      auto w = Decimal::parse(want);
      if (want == "null" || want == "~" || want.empty()) {
        if (r.value) return false;
      } else if (!w || !r.value || !(*w == *r.value)) {
        return false;
      }
    } else if (field_of(r, key) != want) {
      return false;
    }
  }
  return true;
}

ExampleReport run_rule_examples(const Extractor& extractor) {
  ExampleReport report;
  for (const auto& p : extractor.rules().patterns) {
    for (const auto& ex : p.examples) {
      ++report.examples;
      auto records = extractor.extract_text("example", Text(from_utf8(ex.text)));
      auto fail = [&](const std::string& problem) { report.failures.push_back({p.id, ex.pos, ex.text, problem}); };
      std::string got;
      for (const auto& r : records) got += "\n      got " + brief(r);
      if (records.empty()) got = "\n      got no records";
      if (ex.none) {
        for (const auto& r : records)
          if (r.rule == p.id) fail("expected no record from this pattern, but it gave " + brief(r) + got);
        continue;
      }
      std::vector<bool> used(records.size(), false);
      for (const auto& e : ex.expect) {
        bool found = false;
        for (std::size_t i = 0; i < records.size() && !found; ++i)
          if (!used[i] && record_matches(records[i], e)) used[i] = found = true;
        if (!found) fail("expected " + describe(e) + got);
      }
      bool fired = false;
      for (const auto& r : records) fired = fired || r.rule == p.id;
      if (!fired) fail("the example does not exercise this pattern (no record came from it)" + got);
    }
  }
  return report;
}

}  // namespace zhibiao
