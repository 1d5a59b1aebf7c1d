#include "zhibiao/attribution/rule_examples.hpp"

#include <fmt/format.h>

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
  if (key == "of_total") return r.of_total ? fmt::to_string(*r.of_total) : "";
  if (key == "period") return r.period;
  return {};
}

std::string brief(const Record& r) {
  std::string out = fmt::format("{} → {} {} {} {}", r.text, r.indicator.empty() ? fmt::format("({})", r.mention) : r.indicator,
                                r.measure, r.value ? r.value->str() : "null", r.unit);
  if (r.qualifier != "exact") out += fmt::format(" {}", r.qualifier);
  if (r.modality != "actual") out += fmt::format(" {}", r.modality);
  if (!r.scope.empty()) out += fmt::format(" scope={}", r.scope);
  if (!r.of.empty()) out += fmt::format(" of={}", r.of);
  if (!r.period.empty()) out += fmt::format(" period={}", r.period);
  return fmt::format("{} [{}]", out, r.rule);
}

std::string describe(const ExpectedRecord& e) {
  std::string out;
  for (const auto& [k, v] : e.fields) out += fmt::format("{}{}: {}", out.empty() ? "" : ", ", k, v);
  return fmt::format("{{{}}}", out);
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

// What is wrong with one example of `owner` (empty: it passes): the records it
// promises, and that `made_here` marks at least one record (it exercises its rule).
template <typename MadeHere>
std::vector<std::string> example_problems(const Extractor& extractor, const char* kind, const RuleExample& ex,
                                          MadeHere made_here, const std::string& implied_indicator) {
  std::vector<std::string> problems;
  auto records = extractor.extract_text("example", Text(from_utf8(ex.text)));
  std::string got;
  for (const auto& r : records) got += fmt::format("\n      got {}", brief(r));
  if (records.empty()) got = "\n      got no records";
  if (ex.none) {
    for (const auto& r : records)
      if (made_here(r)) problems.push_back(fmt::format("expected no record from this {}, but it gave {}{}", kind, brief(r), got));
    return problems;
  }
  std::vector<bool> used(records.size(), false);
  for (const auto& e : ex.expect) {
    ExpectedRecord want = e;
    if (!implied_indicator.empty() && !want.fields.count("indicator")) want.fields["indicator"] = implied_indicator;
    bool found = false;
    for (std::size_t i = 0; i < records.size() && !found; ++i)
      if (!used[i] && record_matches(records[i], want)) used[i] = found = true;
    if (!found) problems.push_back(fmt::format("expected {}{}", describe(want), got));
  }
  bool fired = false;
  for (const auto& r : records) fired = fired || made_here(r);
  if (!fired) {
    std::string why = implied_indicator.empty() ? "came from it" : "names it";
    if (implied_indicator.empty() && !records.empty())
      why += "; when two patterns claim a figure the higher priority wins, then the one loaded first: give it priority: 1";
    problems.push_back(fmt::format("the example does not exercise this {} (no record {}){}", kind, why, got));
  }
  return problems;
}

// Files the example's outcome: a failure, or for an example marked pending, a
// pending entry while it fails and a failure once it passes (the mark is stale).
void settle(const std::string& owner, const RuleExample& ex, const std::vector<std::string>& problems, ExampleReport& report) {
  ++report.examples;
  if (ex.pending.empty()) {
    for (const auto& p : problems) report.failures.push_back({owner, ex.pos, ex.text, p, ex.note});
  } else if (problems.empty()) {
    report.failures.push_back({owner, ex.pos, ex.text,
                               fmt::format("this example is marked pending ({}) but passes now: remove its pending:", ex.pending),
                               ex.note});
  } else {
    report.pending.push_back({owner, ex.pos, ex.text, ex.pending, ex.note});
  }
}

}  // namespace

ExampleReport run_rule_examples(const Extractor& extractor) {
  ExampleReport report;
  for (const auto& p : extractor.rules().patterns)
    for (const auto& ex : p.examples)
      settle(p.id, ex, example_problems(extractor, "pattern", ex, [&](const Record& r) { return r.rule == p.id; }, ""), report);
  // An indicator's examples: each expected record is of that indicator unless it names another.
  for (const auto& ind : extractor.rules().indicators)
    for (const auto& ex : ind.examples)
      settle(fmt::format("indicator {}", ind.id), ex,
             example_problems(extractor, "indicator", ex, [&](const Record& r) { return r.indicator_id == ind.id; }, ind.name),
             report);
  return report;
}

}  // namespace zhibiao
