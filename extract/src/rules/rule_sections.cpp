// The registry of sections, the small sections' readers, and the checks that
// need every file: a rule set where a key does nothing, or an alias means two
// indicators, is refused with the places involved.
#include "rule_sections.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "pattern_compiler.hpp"
#include "section_reader.hpp"
#include "zhibiao/quantity/scanner.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

void read_lists(LoaderContext& cx, const YAML::Node& n) {
  if (!n.IsMap()) return cx.fail(n, "lists maps a name to a list of words (up: [增长, 提高])");
  auto macros = PatternCompiler::builtin_macros();
  std::set<std::string> seen;
  for (const auto& kv : n) {
    std::string name = cx.str(kv.first);
    if (name.empty()) continue;
    if (!seen.insert(name).second) {
      cx.fail(kv.first, fmt::format("the list '{}' is written twice here: merge the two (another file may extend it)", name));
      continue;
    }
    if (std::find(macros.begin(), macros.end(), name) != macros.end()) {
      cx.fail(kv.first, fmt::format("a list cannot be named '{}': {{{}}} is a built-in macro", name, name));
      continue;
    }
    cx.rules().list_sources[name].push_back(cx.pos(kv.first));
    auto& words = cx.rules().lists[name];
    if (!kv.second.IsSequence()) {
      cx.fail(kv.second, fmt::format("list '{}' must be a list of words: [a, b]", name));
      continue;
    }
    for (auto& w : cx.words(kv.second, fmt::format("list '{}'", name))) words.push_back(std::move(w.text));
  }
}

void read_categories(LoaderContext& cx, const YAML::Node& n) {
  auto& cats = cx.rules().categories;
  for (const auto& w : cx.words(n, "categories")) {
    if (std::find(cats.begin(), cats.end(), w.text) != cats.end()) cx.fail_at(w.pos, fmt::format("category '{}' is listed twice", w.text));
    else cats.push_back(w.text);
  }
}

void read_composites(LoaderContext& cx, const YAML::Node& value) {
  cx.entries(value, "alias: …, respectively: [an indicator, another]", [&](const YAML::Node& node) {
    cx.check_keys(node, {"alias", "respectively"});
    // Resolved once every file is read: the indicators may be written in another one.
    cx.later([node](LoaderContext& c) {
      Composite comp;
      comp.alias = c.str(node["alias"]);
      comp.pos = c.pos(node["alias"] ? node["alias"] : node);
      if (comp.alias.empty()) c.fail(node, "a composite needs an alias");
      for (const auto& w : c.words(node["respectively"], "respectively")) {
        auto idx = c.rules().find_indicator(w.text);
        if (!idx) c.fail_at(w.pos, fmt::format("unknown indicator '{}'", w.text));
        else comp.indicators.push_back(*idx);
      }
      if (comp.indicators.size() < 2) c.fail(node, "a composite needs at least two indicators under 'respectively'");
      c.rules().composites.push_back(std::move(comp));
    });
  });
}

void read_heads(LoaderContext& cx, const YAML::Node& value) {
  cx.entries(value, "noun: 产量, indicator: 主要农产品产量, items: [肉类, …]", [&](const YAML::Node& h) {
    cx.check_keys(h, {"noun", "indicator", "items"});
    cx.later([h](LoaderContext& c) {
      Head head;
      head.noun = c.str(h["noun"]);
      if (head.noun.empty()) c.fail(h, "a head needs a noun");
      std::string name = c.str(h["indicator"]);
      auto idx = c.rules().find_indicator(name);
      if (!idx) return c.fail(h["indicator"] ? h["indicator"] : h, fmt::format("unknown indicator '{}'", name));
      head.indicator = *idx;
      for (auto& w : c.words(h["items"], "items")) head.items.push_back(std::move(w.text));
      if (head.items.empty()) c.fail(h, "a head needs the items it applies to");
      c.rules().heads.push_back(std::move(head));
    });
  });
}

// The sections with a reader of their own (section_reader.hpp: periods, regions, documents).
template <typename Rules, void (*Read)(const YAML::Node&, SectionReader&, Rules&), Rules RuleSet::*Field>
void read_with_section_reader(LoaderContext& cx, const YAML::Node& value) {
  SectionReader reader(cx.source(), cx.errors());
  Read(value, reader, cx.rules().*Field);
}

// "rules/indicators.yaml:120"
std::string place(const SourcePos& p) { return p.line ? fmt::format("{}:{}", p.file, p.line) : p.file; }

// A display unit must read as a unit (an error when it does not: 亿圆), of the
// indicator's dimension (a warning when it is another: its figures are read so too).
std::pair<std::string, bool> unit_problem(const RuleSet& rs, const Indicator& ind) {
  Text t((ind.dimension == "rank" ? U"第1" : U"1") + from_utf8(ind.display_unit));  // 第1位: ranks are written so
  auto qs = Scanner(rs.units).scan(t);
  if (qs.size() != 1 || qs[0].span.begin != 0 || qs[0].span.end != t.norm().size())
    return {fmt::format("display_unit '{}' of {} is not a unit zhibiao knows (units.yaml): write it as a figure's unit is "
                        "written, 亿元, 万吨, %",
                        ind.display_unit, ind.name),
            true};
  std::string dim = qs[0].dimension;
  if (!ind.dimension.empty() && dim != ind.dimension)
    return {fmt::format("display_unit '{}' reads as a unit of {}, but {} is in {}: figures written in it are read as {} "
                        "too, and are not levels of {}",
                        ind.display_unit, dim, ind.name, ind.dimension, dim, ind.name),
            false};
  return {{}, false};
}

}  // namespace

const std::vector<RuleSection>& rule_sections() {
  static const std::vector<RuleSection> sections = {
      {"indicators", "what figures measure: names, aliases, category, dimension, display unit", read_indicators},
      {"composites", "aliases that name several indicators in order (城乡居民 → 城镇, 农村)", read_composites},
      {"heads", "head nouns that name an indicator after known items (肉类产量)", read_heads},
      {"lists", "word lists, used in patterns as {name} and by the extractor", read_lists},
      {"patterns", "regular expressions that give figures their measure", read_patterns},
      {"categories", "the categories indicators are grouped in, in the workbook's order", read_categories},
      {"periods", "the words of periods: 上半年, 前三季度, 十四五 …",
       read_with_section_reader<PeriodRules, read_periods, &RuleSet::periods>},
      {"regions", "places a figure may belong to, and their names", read_with_section_reader<RegionRules, read_regions, &RuleSet::regions>},
      {"documents", "how a document's region, year and kind are read from its opening",
       read_with_section_reader<DocumentRules, read_documents, &RuleSet::documents>},
  };
  return sections;
}

void check_rule_set(LoaderContext& cx) {
  RuleSet& rs = cx.rules();
  std::map<std::string, SourcePos> ids;
  for (const auto& p : rs.patterns)
    if (!p.id.empty() && !ids.emplace(p.id, p.pos).second)
      cx.fail_at(p.pos, fmt::format("duplicate pattern id '{}' (first at {})", p.id, place(ids[p.id])));
  ids.clear();
  for (const auto& i : rs.indicators)
    if (!i.id.empty() && !ids.emplace(i.id, i.pos).second)
      cx.fail_at(i.pos, fmt::format("duplicate indicator id '{}' (first at {})", i.id, place(ids[i.id])));

  // One alias, one meaning: the second use of a name is an error at its place.
  struct Owner {
    std::string what;
    SourcePos pos;
    std::size_t indicator;
  };
  std::map<std::string, Owner> owners;
  for (std::size_t i = 0; i < rs.indicators.size(); ++i) {
    const auto& ind = rs.indicators[i];
    const auto& where = i < cx.alias_positions.size() ? cx.alias_positions[i] : std::vector<SourcePos>{};
    for (std::size_t k = 0; k < ind.aliases.size(); ++k) {
      SourcePos at = k < where.size() ? where[k] : ind.pos;
      auto [it, fresh] = owners.emplace(ind.aliases[k], Owner{ind.name, at, i});
      if (fresh) continue;
      if (it->second.indicator == i)
        cx.fail_at(at, k > 0 && ind.aliases[k] == ind.name
                           ? fmt::format("'{}' is the name of this indicator, which is always an alias: leave it out of aliases", ind.name)
                           : fmt::format("the alias '{}' is written twice for {} (first at {})", ind.aliases[k], ind.name,
                                         place(it->second.pos)));
      else
        cx.fail_at(at, fmt::format("the alias '{}' of {} already names {} ({}): one name, one indicator", ind.aliases[k],
                                   ind.name, it->second.what, place(it->second.pos)));
    }
  }
  for (const auto& c : rs.composites)
    if (auto it = owners.find(c.alias); it != owners.end() && it->second.indicator != static_cast<std::size_t>(-1))
      cx.fail_at(c.pos, fmt::format("the composite alias '{}' already names {} ({})", c.alias, it->second.what, place(it->second.pos)));

  // The dimensions a figure has (sentence_extractor's measure_dimension): the unit table's, percent, rank and time.
  std::vector<std::string> dims = rs.units.dimensions;
  for (const char* d : {"percent", "rank", "time"})
    if (std::find(dims.begin(), dims.end(), d) == dims.end()) dims.push_back(d);
  if (rs.categories.empty() && !rs.indicators.empty())
    cx.add_warning(Error("no categories: list is loaded, so the indicators' categories are not checked (zhibiao rules "
                         "export writes the built-in one)"));
  for (std::size_t idx = 0; idx < rs.indicators.size(); ++idx) {
    const auto& ind = rs.indicators[idx];
    auto at = [&](const char* field) {
      if (idx < cx.field_positions.size())
        if (auto it = cx.field_positions[idx].find(field); it != cx.field_positions[idx].end()) return it->second;
      return ind.pos;
    };
    if (!ind.category.empty() && !rs.categories.empty() &&
        std::find(rs.categories.begin(), rs.categories.end(), ind.category) == rs.categories.end()) {
      std::string near = LoaderContext::closest(ind.category, rs.categories);
      cx.fail_at(at("category"), fmt::format("category '{}' of {} is not one of the categories{} (categories: {}; to start a new one, list it in your "
                                      "rules: categories: [{}])",
                                      ind.category, ind.name, near.empty() ? "" : fmt::format(": did you mean '{}'?", near),
                                      one_of(rs.categories), ind.category));
    }
    if (!ind.dimension.empty() && std::find(dims.begin(), dims.end(), ind.dimension) == dims.end()) {
      // A misspelt dimension is an error; one no figure has is a warning: no level of the indicator can match it.
      std::string near = LoaderContext::closest(ind.dimension, dims);
      if (!near.empty())
        cx.fail_at(at("dimension"), fmt::format("dimension '{}' of {} is not a dimension: did you mean '{}'? (use {})",
                                                ind.dimension, ind.name, near, one_of(dims)));
      else
        cx.warn_at(at("dimension"), fmt::format("no figure has the dimension '{}', so no level of {} can be it (figures have "
                                                "{}; durations are time)",
                                                ind.dimension, ind.name, one_of(dims)));
    } else if (!ind.display_unit.empty()) {
      auto [problem, unknown] = unit_problem(rs, ind);
      if (unknown) cx.fail_at(at("display_unit"), problem);
      else if (!problem.empty()) cx.warn_at(at("display_unit"), problem);
    }
  }
  std::set<std::string> units = {"%", "百分点", "位"};
  for (const auto& [word, info] : rs.units.units.words()) units.insert(info.base);
  for (const auto& p : rs.patterns)
    if (!p.unit.empty() && !units.count(p.unit))
      cx.fail_at(p.pos, fmt::format("pattern '{}': unit '{}' is not a base unit (%, 百分点, 元, 吨, 人 …)", p.id, p.unit));
}

}  // namespace zhibiao
