// Indicators, patterns and the examples written under them.
#include <fmt/format.h>

#include <memory>

#include "pattern_compiler.hpp"
#include "rule_sections.hpp"
#include "zhibiao/quantity/decimal.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

bool is_id(const std::string& id, bool dots) {
  if (id.empty() || !(id[0] >= 'a' && id[0] <= 'z')) return false;
  for (char c : id)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (dots && (c == '.' || c == '-')))) return false;
  return true;
}

void read_indicator(LoaderContext& cx, const YAML::Node& n) {
  cx.check_keys(n, {"id", "name", "name_en", "aliases", "category", "dimension", "display_unit", "better", "bounded",
                    "level_aliases", "headline", "over_span", "examples", "note"});
  Indicator ind;
  ind.id = cx.str(n["id"]);
  ind.name = cx.str(n["name"]);
  ind.pos = cx.pos(n);
  if (ind.id.empty()) cx.fail(n, "an indicator needs an id (lower-case letters, digits and _: retail_sales)");
  else if (!is_id(ind.id, false)) cx.fail(n["id"], "an indicator id is lower-case letters, digits and _ (retail_sales)", ind.id);
  if (ind.name.empty()) cx.fail(n, fmt::format("indicator '{}' needs a name", ind.id));
  ind.name_en = cx.str(n["name_en"]);
  ind.category = cx.str(n["category"]);
  ind.dimension = cx.str(n["dimension"]);
  ind.display_unit = cx.str(n["display_unit"]);
  ind.note = cx.str(n["note"]);
  std::string better = cx.str(n["better"]);
  cx.check_enum(n["better"], better, {"lower", "higher"}, "value of better");
  ind.lower_is_better = better == "lower";
  ind.bounded = cx.flag(n, "bounded", false);
  ind.headline = cx.flag(n, "headline", false);
  ind.over_span = cx.flag(n, "over_span", false);
  std::vector<SourcePos> where;
  if (!ind.name.empty()) {
    ind.aliases.push_back(ind.name);
    where.push_back(cx.pos(n["name"]));
  }
  if (n["aliases"])
    for (auto& w : cx.words(n["aliases"], fmt::format("the aliases of {}", ind.name.empty() ? ind.id : ind.name))) {
      ind.aliases.push_back(w.text);
      where.push_back(w.pos);
    }
  if (n["level_aliases"])
    for (auto& w : cx.words(n["level_aliases"], fmt::format("the level aliases of {}", ind.name.empty() ? ind.id : ind.name))) {
      ind.aliases.push_back(w.text);
      ind.level_aliases.push_back(w.text);
      where.push_back(w.pos);
    }
  for (const auto& e : cx.seq(n, "examples")) ind.examples.push_back(read_example(cx, e));
  std::map<std::string, SourcePos> fields;
  for (const auto& kv : n)
    if (kv.first.IsScalar()) fields.emplace(kv.first.Scalar(), cx.pos(kv.second));
  cx.rules().indicators.push_back(std::move(ind));
  cx.alias_positions.push_back(std::move(where));
  cx.field_positions.push_back(std::move(fields));
}

void read_pattern(LoaderContext& cx, const YAML::Node& n) {
  cx.check_keys(n, {"id", "measure", "sign", "modality", "priority", "unit", "match", "examples", "note"});
  auto p = std::make_shared<Pattern>();
  p->id = cx.str(n["id"]);
  p->pos = cx.pos(n);
  p->order = cx.next_order();
  if (p->id.empty()) cx.fail(n, "a pattern needs an id (growth.up)");
  else if (!is_id(p->id, true)) cx.fail(n["id"], "a pattern id is lower-case letters, digits, _, . and - (growth.up)", p->id);
  p->measure = cx.str(n["measure"]);
  if (!n["measure"]) cx.fail(n, fmt::format("pattern '{}' needs a measure: {}", p->id, one_of(measures())));
  else cx.check_enum(n["measure"], p->measure, measures(), "measure");
  std::string sign = cx.str(n["sign"]);
  if (sign == "+" || sign == "up") p->sign = 1;
  else if (sign == "-" || sign == "down") p->sign = -1;
  else if (sign == "improve") p->sign = 2;
  else cx.check_enum(n["sign"], sign, {"+", "-", "up", "down", "improve"}, "sign");
  p->modality = cx.str(n["modality"]);
  cx.check_enum(n["modality"], p->modality, {"target", "actual"}, "modality");
  p->unit = cx.str(n["unit"]);
  p->note = cx.str(n["note"]);
  if (YAML::Node pr = n["priority"]) {
    std::string v = cx.str(pr);
    try {
      std::size_t used = 0;
      p->priority = std::stoi(v, &used);
      if (used != v.size()) throw std::invalid_argument(v);
    } catch (const std::exception&) {
      cx.fail(pr, "priority is a whole number (0 by default; higher wins)", v);
    }
  }
  YAML::Node m = n["match"];
  if (!m) cx.fail(n, fmt::format("pattern '{}' needs a match", p->id));
  else if (m.IsMap() || m.IsSequence())
    cx.fail(m, "put the pattern in quotes: a value that starts with '{' or '[' is read as YAML, not as text "
               "(match: \"{up}{near}{percent}\")");
  else p->source = cx.str(m);
  for (const auto& e : cx.seq(n, "examples")) p->examples.push_back(read_example(cx, e));
  if (p->examples.empty())
    cx.fail(n, fmt::format("pattern '{}' has no examples: add at least one sentence it must read", p->id));
  // Compiled once every file is read: its macros may name lists from any of them.
  cx.later([p, m](LoaderContext& c) {
    if (m && m.IsScalar()) {
      PatternCompiler compiler(c.rules().lists);
      for (auto& problem : compiler.compile(*p)) {
        if (problem.warning) c.warn_inside(m, problem.offset, problem.message);
        else c.fail_inside(m, problem.offset, problem.message);
      }
    }
    c.rules().patterns.push_back(std::move(*p));
  });
}

const std::vector<std::string>& record_fields() {
  static const std::vector<std::string> f = {"text",     "indicator", "mention", "measure", "value", "unit",
                                             "raw_value", "raw_unit", "qualifier", "modality", "masked", "scope",
                                             "of",       "of_total",  "period"};
  return f;
}

}  // namespace

const std::vector<std::string>& measures() {
  static const std::vector<std::string> m = {"value", "growth", "change", "share", "rank", "completion"};
  return m;
}

void read_indicators(LoaderContext& cx, const YAML::Node& value) {
  cx.entries(value, "id: …, name: …", [&](const YAML::Node& n) { read_indicator(cx, n); });
}

void read_patterns(LoaderContext& cx, const YAML::Node& value) {
  cx.entries(value, "id: …, measure: …, match: …", [&](const YAML::Node& n) { read_pattern(cx, n); });
}

RuleExample read_example(LoaderContext& cx, const YAML::Node& e) {
  RuleExample ex;
  ex.pos = cx.pos(e);
  if (!e.IsMap()) {
    cx.fail(e, "an example is a mapping: text: … and expect: [...] or expect: none");
    return ex;
  }
  cx.check_keys(e, {"text", "expect", "note", "pending"});
  ex.text = cx.str(e["text"]);
  ex.note = cx.str(e["note"]);
  ex.pending = cx.str(e["pending"]);
  if (e["pending"] && ex.pending.empty()) cx.fail(e["pending"], "pending: says why the example fails for now");
  if (ex.text.empty()) cx.fail(e, "an example needs a text");
  YAML::Node expect = e["expect"];
  if (!expect) {
    cx.fail(e, "an example needs expect: a list of records, or none");
  } else if (expect.IsScalar() && expect.Scalar() == "none") {
    ex.none = true;
  } else if (expect.IsSequence()) {
    for (const auto& r : expect) {
      ExpectedRecord er;
      er.pos = cx.pos(r);
      if (!r.IsMap()) {
        cx.fail(r, "an expected record is a mapping {text: …, measure: …}");
        continue;
      }
      std::vector<std::string> seen;
      for (const auto& kv : r) {
        std::string k = cx.str(kv.first), v = cx.str(kv.second);
        if (std::find(seen.begin(), seen.end(), k) != seen.end())
          cx.fail(kv.first, fmt::format("'{}' is written twice in this record", k));
        seen.push_back(k);
        const auto& known = record_fields();
        if (std::find(known.begin(), known.end(), k) == known.end()) {
          std::string near = LoaderContext::closest(k, known);
          cx.fail(kv.first, fmt::format("unknown record field '{}' in an example{} (fields: {})", k,
                                        near.empty() ? "" : fmt::format(": did you mean '{}'?", near), one_of(known)));
          continue;
        }
        if (k == "measure") cx.check_enum(kv.second, v, measures(), "measure");
        else if (k == "qualifier") cx.check_enum(kv.second, v, {"exact", "approx", "at_least", "at_most"}, "qualifier");
        else if (k == "modality") cx.check_enum(kv.second, v, {"actual", "target"}, "modality");
        else if (k == "masked") cx.check_enum(kv.second, v, {"true", "false"}, "value of masked");
        else if (k == "value" && !(v.empty() || v == "null" || v == "~") && !Decimal::parse(v))
          cx.fail(kv.second, fmt::format("value '{}' is not a number: write it normalized, 45.4亿元 as 4540000000", v));
        else if (k == "of_total" && !v.empty() && !(Decimal::parse(v) && Decimal::parse(v)->is_integer()))
          cx.fail(kv.second, fmt::format("of_total '{}' is a whole number (the number of peers)", v));
        er.fields[k] = v;
      }
      ex.expect.push_back(std::move(er));
    }
  } else {
    cx.fail(expect, "expect is a list of records, or none");
  }
  return ex;
}

}  // namespace zhibiao
