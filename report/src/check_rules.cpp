#include "zhibiao/report/check_rules.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <cmath>
#include <string>

#include "zhibiao/quantity/decimal.hpp"
#include "zhibiao/embedded_rules.hpp"
#include "zhibiao/quantity/units.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::report {
namespace {

Error node_error(const YAML::Node& n, const std::string& file, const std::string& message) {
  const auto& m = n.Mark();
  return Error(message, file, static_cast<std::size_t>(m.line + 1), static_cast<std::size_t>(m.column + 1));
}

std::vector<std::string> strings(const YAML::Node& n) {
  std::vector<std::string> out;
  if (n && n.IsSequence())
    for (const auto& item : n) out.push_back(item.as<std::string>());
  return out;
}

// "1亿", "300万亿", "-30", "0.5": a number with an optional magnitude from units.yaml.
std::optional<double> magnitude_number(const std::string& text) {
  std::size_t i = 0;
  while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.' || text[i] == '-')) ++i;
  auto number = Decimal::parse(text.substr(0, i));
  if (!number) return std::nullopt;
  if (i == text.size()) return number->to_double();
  const int* power = UnitTable::builtin().magnitudes.find(from_utf8(text.substr(i)));
  if (!power) return std::nullopt;
  return number->scaled(*power).to_double();
}

}  // namespace

std::string CheckRules::canonical(const std::string& word) const {
  auto it = aliases.find(word);
  return it == aliases.end() ? std::string() : it->second;
}

Result<CheckRules> CheckRules::parse(std::string_view yaml, const std::string& file) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    return Error(e.msg, file, static_cast<std::size_t>(e.mark.line + 1), static_cast<std::size_t>(e.mark.column + 1));
  }
  if (!root.IsMap()) return Error("checks.yaml is a mapping of settings (rate_suffixes:, plausible:, relations: …)", file);
  CheckRules r;
  try {
    r.rate_suffixes = strings(root["rate_suffixes"]);
    r.plan_words = strings(root["plan_words"]);
    r.share_words = strings(root["share_words"]);
    r.share_whole_ends = strings(root["share_whole_ends"]);
    r.level_connectors = strings(root["level_connectors"]);
    r.level_from = strings(root["level_from"]);
    r.average_words = strings(root["average_words"]);
    r.growth_up = strings(root["growth_verbs"]["up"]);
    r.growth_down = strings(root["growth_verbs"]["down"]);
    r.growth_compare = strings(root["growth_verbs"]["compare"]);
    r.milestone_after = strings(root["milestone_after"]);
    r.value_conflict_skip = strings(root["value_conflict_skip"]);
    r.rank_better = strings(root["rank_change_verbs"]["better"]);
    r.rank_worse = strings(root["rank_change_verbs"]["worse"]);
    if (root["approx_widen"]) r.approx_widen = root["approx_widen"].as<double>();
    if (root["report_verified"]) r.report_verified = root["report_verified"].as<bool>();
    if (root["cross_document_severity"]) r.cross_document_severity = root["cross_document_severity"].as<std::string>();
    for (const auto& n : root["plausible"]) {
      PlausibleRange p;
      p.indicator = n["indicator"].as<std::string>("");
      p.measure = n["measure"].as<std::string>("value");
      p.unit = n["unit"].as<std::string>("");
      if (p.indicator.empty()) return node_error(n, file, "a plausible range needs an indicator");
      for (auto [key, slot] : {std::pair{"min", &p.min}, std::pair{"max", &p.max}}) {
        if (!n[key]) continue;
        *slot = magnitude_number(n[key].as<std::string>());
        if (!*slot) return node_error(n[key], file, fmt::format("'{}' is not a number such as 100, 1.5亿 or 300万亿", key));
      }
      r.plausible.push_back(std::move(p));
    }
    for (const auto& n : root["relations"]) {
      Relation rel;
      rel.name = n["name"].as<std::string>("");
      rel.parts = strings(n["parts"]);
      rel.total = n["total"].as<std::string>("");
      rel.op = n["op"].as<std::string>("sum_equals");
      rel.measure = n["measure"].as<std::string>("value");
      rel.severity = n["severity"].as<std::string>("warning");
      if (rel.parts.empty() || rel.total.empty()) return node_error(n, file, "a relation needs parts and a total");
      if (rel.op != "sum_equals" && rel.op != "sum_at_most")
        return node_error(n["op"], file, fmt::format("op is sum_equals or sum_at_most, not '{}'", rel.op));
      r.relations.push_back(std::move(rel));
    }
  } catch (const YAML::Exception& e) {
    return Error(e.msg, file, static_cast<std::size_t>(e.mark.line + 1), static_cast<std::size_t>(e.mark.column + 1));
  }
  for (const auto& s : {r.cross_document_severity})
    if (s != "error" && s != "warning" && s != "info")
      return Error("cross_document_severity is error, warning or info", file);
  return r;
}

std::optional<Error> CheckRules::add_indicators(std::string_view yaml, const std::string& file) {
  try {
    YAML::Node root = YAML::Load(std::string(yaml));
    for (const auto& n : root["indicators"]) {
      if (!n.IsMap()) continue;
      auto name = n["name"].as<std::string>("");
      if (name.empty()) continue;
      aliases[name] = name;
      for (const auto& a : strings(n["aliases"])) aliases.emplace(a, name);
    }
  } catch (const YAML::Exception& e) {
    return Error(e.msg, file, static_cast<std::size_t>(e.mark.line + 1), static_cast<std::size_t>(e.mark.column + 1));
  }
  return std::nullopt;
}

Result<CheckRules> CheckRules::builtin() {
  const EmbeddedFile* checks = nullptr;
  for (const auto& f : embedded_rules())
    if (f.path == "checks.yaml") checks = &f;
  if (!checks) return Error("the built-in rules lack checks.yaml");
  auto rules = parse(checks->content, "rules/checks.yaml");
  if (!rules) return rules;
  for (const auto& f : embedded_rules()) {
    if (f.path == "checks.yaml" || f.path == "units.yaml") continue;
    if (auto err = rules->add_indicators(f.content, "rules/" + std::string(f.path))) return *err;
  }
  return rules;
}

}  // namespace zhibiao::report
