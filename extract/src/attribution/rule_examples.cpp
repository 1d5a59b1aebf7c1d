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

namespace {

// One example of `owner`: the records it promises, and that `made_here` marks
// at least one record (the example exercises its own rule).
template <typename MadeHere>
void run_example(const Extractor& extractor, const std::string& owner, const char* kind, const RuleExample& ex, MadeHere made_here,
                 const std::string& implied_indicator, ExampleReport& report) {
  ++report.examples;
  auto records = extractor.extract_text("example", Text(from_utf8(ex.text)));
  auto fail = [&](const std::string& problem) { report.failures.push_back({owner, ex.pos, ex.text, problem, ex.note}); };
  std::string got;
  for (const auto& r : records) got += "\n      got " + brief(r);
  if (records.empty()) got = "\n      got no records";
  if (ex.none) {
    for (const auto& r : records)
      if (made_here(r)) fail(std::string("expected no record from this ") + kind + ", but it gave " + brief(r) + got);
    return;
  }
  std::vector<bool> used(records.size(), false);
  for (const auto& e : ex.expect) {
    ExpectedRecord want = e;
    if (!implied_indicator.empty() && !want.fields.count("indicator")) want.fields["indicator"] = implied_indicator;
    bool found = false;
    for (std::size_t i = 0; i < records.size() && !found; ++i)
      if (!used[i] && record_matches(records[i], want)) used[i] = found = true;
    if (!found) fail("expected " + describe(want) + got);
  }
  bool fired = false;
  for (const auto& r : records) fired = fired || made_here(r);
  if (!fired) {
    std::string why = implied_indicator.empty() ? "came from it" : "names it";
    if (implied_indicator.empty() && !records.empty())
      why += "; when two patterns claim a figure the higher priority wins, then the one loaded first: give it priority: 1";
    fail(std::string("the example does not exercise this ") + kind + " (no record " + why + ")" + got);
  }
}

}  // namespace

ExampleReport run_rule_examples(const Extractor& extractor) {
  ExampleReport report;
  for (const auto& p : extractor.rules().patterns)
    for (const auto& ex : p.examples)
      run_example(extractor, p.id, "pattern", ex, [&](const Record& r) { return r.rule == p.id; }, "", report);
  // An indicator's examples: each expected record is of that indicator unless it names another.
  for (const auto& ind : extractor.rules().indicators)
    for (const auto& ex : ind.examples)
      run_example(extractor, "indicator " + ind.id, "indicator", ex, [&](const Record& r) { return r.indicator_id == ind.id; }, ind.name,
                  report);
  return report;
}

}  // namespace zhibiao
