#include "zhibiao/quantity/units.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <stdexcept>

#include "zhibiao/embedded_rules.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

// Thrown inside the parser only; turned into an Error with position below.
struct SchemaError : std::runtime_error {
  YAML::Mark mark;
  SchemaError(const YAML::Node& at, const std::string& what) : std::runtime_error(what), mark(at.Mark()) {}
};

Decimal decimal_of(const YAML::Node& n) {
  auto d = Decimal::parse(n.as<std::string>());
  if (!d) throw SchemaError(n, fmt::format("not a number: '{}'", n.as<std::string>()));
  return *d;
}

Qualifier qualifier_of(const YAML::Node& n) {
  auto s = n.as<std::string>();
  if (s == "approx") return Qualifier::approx;
  if (s == "at_least") return Qualifier::at_least;
  if (s == "at_most") return Qualifier::at_most;
  if (s == "exact") return Qualifier::exact;
  throw SchemaError(n, fmt::format("unknown qualifier '{}' (use approx, at_least, at_most or exact)", s));
}

QuantityKind kind_of(const YAML::Node& n) {
  auto s = n.as<std::string>("quantity");
  if (s == "money") return QuantityKind::money;
  if (s == "count") return QuantityKind::count;
  if (s == "quantity") return QuantityKind::quantity;
  throw SchemaError(n, fmt::format("unknown kind '{}' (use money, quantity or count)", s));
}

// Every key of a mapping must be one this table reads: a misspelt one would do nothing.
void allow_keys(const YAML::Node& map, std::initializer_list<const char*> allowed) {
  if (!map.IsMap()) return;
  for (const auto& kv : map) {
    auto k = kv.first.as<std::string>();
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return k == a; }))
      throw SchemaError(kv.first, fmt::format("unknown field '{}' (expected one of: {})", k, fmt::join(allowed, ", ")));
  }
}

const YAML::Node require(const YAML::Node& parent, const char* key) {
  YAML::Node n = parent[key];
  if (!n) throw SchemaError(parent, fmt::format("missing '{}'", key));
  return n;
}

void parse_into(UnitTable& t, const YAML::Node& root) {
  if (!root.IsMap()) throw SchemaError(root, "units file must be a mapping");
  for (const auto& kv : root) {
    auto k = kv.first.as<std::string>();
    const auto& known = UnitTable::keys();
    if (std::find(known.begin(), known.end(), k) == known.end())
      throw SchemaError(kv.first, fmt::format("unknown section '{}' in a units file", k));
  }
  for (const auto& kv : require(root, "magnitudes")) t.magnitudes.add(from_utf8(kv.first.as<std::string>()), kv.second.as<int>());
  const YAML::Node dims = require(root, "dimensions");
  for (const auto& kv : dims) {
    allow_keys(kv.second, {"kind", "base", "examples"});
    t.dimensions.push_back(kv.first.as<std::string>());
  }
  for (const auto& kv : require(root, "units")) {
    UnitInfo u;
    u.name = kv.first.as<std::string>();
    const YAML::Node& spec = kv.second;
    allow_keys(spec, {"dimension", "base", "factor", "after_magnitude"});
    u.dimension = require(spec, "dimension").as<std::string>();
    const YAML::Node dim = dims[u.dimension];
    if (!dim) throw SchemaError(spec["dimension"], fmt::format("unknown dimension '{}'", u.dimension));
    u.kind = kind_of(dim["kind"]);
    u.base = spec["base"] ? spec["base"].as<std::string>() : dim["base"] ? dim["base"].as<std::string>() : "";
    if (u.base.empty()) throw SchemaError(spec, fmt::format("unit '{}' needs a base unit", u.name));
    if (spec["factor"]) u.factor = decimal_of(spec["factor"]);
    u.after_magnitude = spec["after_magnitude"].as<bool>(false);
    t.units.add(from_utf8(u.name), u);
  }
  for (const auto& c : require(root, "counts")) {
    UnitInfo u;
    u.name = u.base = c.as<std::string>();
    u.dimension = "count";
    u.kind = QuantityKind::count;
    t.units.add(from_utf8(u.name), u);
  }
  for (const auto& kv : require(root, "percents")) {
    PercentInfo p;
    allow_keys(kv.second, {"unit", "factor", "discount", "not_before"});
    p.unit = require(kv.second, "unit").as<std::string>();
    p.factor = decimal_of(require(kv.second, "factor"));
    p.discount = kv.second["discount"].as<bool>(false);
    if (const YAML::Node nb = kv.second["not_before"])
      for (const auto& w : nb) p.not_before.push_back(from_utf8(w.as<std::string>()));
    t.percents.add(from_utf8(kv.first.as<std::string>()), p);
  }
  if (const YAML::Node words = root["percent_words"])
    for (const auto& kv : words) t.percent_words.add(from_utf8(kv.first.as<std::string>()), decimal_of(kv.second));
  for (auto [key, lex] : {std::pair{"growth_words", &t.growth_words}, std::pair{"rank_words", &t.rank_words}}) {
    const YAML::Node words = root[key];
    if (!words) continue;
    for (const auto& kv : words) {
      WordFigure w;
      allow_keys(kv.second, {"value", "not_after", "not_before", "after"});
      w.value = decimal_of(require(kv.second, "value"));
      for (auto [field, list] : {std::pair{"not_after", &w.not_after}, std::pair{"not_before", &w.not_before},
                                 std::pair{"after", &w.after}})
        if (const YAML::Node ws = kv.second[field])
          for (const auto& x : ws) list->push_back(from_utf8(x.as<std::string>()));
      lex->add(from_utf8(kv.first.as<std::string>()), w);
    }
  }
  for (const auto& kv : require(root, "time")) {
    TimeInfo ti;
    allow_keys(kv.second, {"duration", "date", "date_range"});
    ti.duration = kv.second["duration"].as<std::string>("");
    ti.date = kv.second["date"].as<std::string>("");
    if (!ti.date.empty()) {
      const YAML::Node r = require(kv.second, "date_range");
      if (!r.IsSequence() || r.size() != 2) throw SchemaError(r, "date_range must be [low, high]");
      ti.date_min = r[0].as<int>();
      ti.date_max = r[1].as<int>();
    }
    t.time.add(from_utf8(kv.first.as<std::string>()), ti);
  }
  const YAML::Node q = require(root, "qualifiers");
  allow_keys(q, {"before", "inside", "after"});
  for (auto [key, lex] : {std::pair{"before", &t.qualifiers_before}, std::pair{"inside", &t.qualifiers_inside},
                          std::pair{"after", &t.qualifiers_after}})
    for (const auto& kv : require(q, key)) lex->add(from_utf8(kv.first.as<std::string>()), qualifier_of(kv.second));
  for (const auto& r : require(root, "rank_units")) t.rank_units.add(from_utf8(r.as<std::string>()), true);
  if (const YAML::Node n = root["not_rank_after"])
    for (const auto& w : n) t.not_rank_after.add(from_utf8(w.as<std::string>()), true);
}

}  // namespace

Result<UnitTable> UnitTable::parse(std::string_view yaml, const std::string& file) {
  UnitTable t;
  try {
    parse_into(t, YAML::Load(std::string(yaml)));
  } catch (const SchemaError& e) {
    return Error{e.what(), file, static_cast<size_t>(e.mark.line + 1), static_cast<size_t>(e.mark.column + 1)};
  } catch (const YAML::Exception& e) {
    std::string msg = e.msg == "bad conversion" ? "a value of the wrong kind here (a number, a word, true/false or a list)" : e.msg;
    return Error{msg, file, static_cast<size_t>(e.mark.line + 1), static_cast<size_t>(e.mark.column + 1)};
  }
  return t;
}

const std::vector<std::string>& UnitTable::keys() {
  // A key added to parse_into belongs here too, or every units file is refused.
  static const std::vector<std::string> k = {"magnitudes", "dimensions",   "units", "counts",     "percents",
                                             "percent_words", "growth_words", "rank_words", "time", "qualifiers",
                                             "rank_units",    "not_rank_after"};
  return k;
}

const UnitTable& UnitTable::builtin() {
  static const UnitTable table = [] {
    for (const auto& f : embedded_rules())
      if (f.path == "units.yaml") {
        auto t = UnitTable::parse(f.content, "rules/units.yaml");
        if (!t) throw std::runtime_error(fmt::format("built-in {}", t.error().describe()));
        return std::move(*t);
      }
    throw std::runtime_error("built-in rules lack units.yaml");
  }();
  return table;
}

}  // namespace zhibiao
