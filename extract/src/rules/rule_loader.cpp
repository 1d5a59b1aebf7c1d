// Reads rule files. A problem never stops the reading: each becomes an Error
// with file:line:column, so `zhibiao rules lint` shows all of them at once.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "pattern_compiler.hpp"
#include "section_reader.hpp"
#include "zhibiao/embedded_rules.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

class Loader {
 public:
  Loader(RuleSet& rules, std::vector<Error>& errors) : rs_(rules), errors_(errors) {}

  void read(const RuleFile& f) {
    file_ = &f;
    YAML::Node root;
    try {
      root = YAML::Load(f.content);
    } catch (const YAML::Exception& e) {
      errors_.push_back(Error(e.msg, f.path, line_of(e.mark), column_of(e.mark)));
      return;
    }
    if (!root || root.IsNull()) return;
    if (!root.IsMap()) return fail(root, "a rule file is a mapping of sections (indicators:, lists:, patterns: …)");
    if (root["units"] || root["magnitudes"]) {
      auto t = UnitTable::parse(f.content, f.path);
      if (t) rs_.units = std::move(*t);
      else errors_.push_back(t.error());
      return;
    }
    std::string base = std::filesystem::path(f.path).filename().string();
    for (const auto& kv : root) {
      std::string key = str(kv.first);
      if (key == "indicators") each(kv.second, [&](const YAML::Node& n) { indicator(n); });
      else if (key == "composites") each(kv.second, [&](const YAML::Node& n) { composite_nodes_.push_back({n, file_}); });
      else if (key == "heads") heads_.push_back({kv.second, file_});
      else if (key == "lists") lists(kv.second);
      else if (key == "patterns") each(kv.second, [&](const YAML::Node& n) { pattern(n); });
      else if (key == "periods") read_section(kv.second, read_periods, rs_.periods);
      else if (key == "regions") read_section(kv.second, read_regions, rs_.regions);
      else if (key == "documents") read_section(kv.second, read_documents, rs_.documents);
      else if (base.rfind("checks", 0) == 0) continue;  // the report stage's file
      else fail(kv.first, "unknown section '" + key + "' (expected indicators, composites, heads, lists, patterns, "
                            "periods, regions or documents)");
    }
  }

  template <typename Rules>
  void read_section(const YAML::Node& n, void (*reader)(const YAML::Node&, SectionReader&, Rules&), Rules& into) {
    SectionReader r(file_->path, errors_);
    reader(n, r, into);
  }

  // Things that refer to other files' content are resolved once all are read.
  void finish() {
    for (auto& [node, file] : composite_nodes_) {
      file_ = file;
      Composite c;
      c.alias = str(node["alias"]);
      c.pos = pos(node);
      if (c.alias.empty()) fail(node, "a composite needs an alias");
      for (const auto& i : seq(node, "respectively")) {
        auto idx = rs_.find_indicator(str(i));
        if (!idx) fail(i, "unknown indicator '" + str(i) + "'");
        else c.indicators.push_back(*idx);
      }
      if (c.indicators.size() < 2) fail(node, "a composite needs at least two indicators under 'respectively'");
      rs_.composites.push_back(std::move(c));
    }
    for (auto& [node, file] : heads_) {
      file_ = file;
      if (!node.IsSequence()) {
        fail(node, "heads is a list of {noun: 产量, indicator: 主要农产品产量, items: [肉类, …]}");
        continue;
      }
      for (const auto& h : node) {
        check_keys(h, {"noun", "indicator", "items"});
        Head head;
        head.noun = str(h["noun"]);
        auto idx = rs_.find_indicator(str(h["indicator"]));
        if (head.noun.empty()) fail(h, "a head needs a noun");
        if (!idx) {
          fail(h["indicator"] ? h["indicator"] : h, "unknown indicator '" + str(h["indicator"]) + "'");
          continue;
        }
        head.indicator = *idx;
        for (const auto& i : seq(h, "items")) head.items.push_back(str(i));
        if (head.items.empty()) fail(h, "a head needs the items it applies to");
        rs_.heads.push_back(std::move(head));
      }
    }
    PatternCompiler compiler(rs_.lists);
    for (auto& p : pending_patterns_) {
      file_ = p.file;
      for (auto& e : compiler.compile(p.pattern, p.match_node_pos, p.quoted)) errors_.push_back(std::move(e));
      rs_.patterns.push_back(std::move(p.pattern));
    }
    std::set<std::string> ids;
    for (const auto& p : rs_.patterns)
      if (!ids.insert(p.id).second)
        errors_.push_back(Error("duplicate pattern id '" + p.id + "'", p.pos.file, p.pos.line, p.pos.column));
    std::set<std::string> ind_ids;
    for (const auto& i : rs_.indicators)
      if (!ind_ids.insert(i.id).second)
        errors_.push_back(Error("duplicate indicator id '" + i.id + "'", i.pos.file, i.pos.line, i.pos.column));
  }

 private:
  struct PendingPattern {
    Pattern pattern;
    SourcePos match_node_pos;
    bool quoted = false;
    const RuleFile* file;
  };

  static std::size_t line_of(const YAML::Mark& m) { return m.line < 0 ? 0 : static_cast<std::size_t>(m.line) + 1; }
  static std::size_t column_of(const YAML::Mark& m) { return m.column < 0 ? 0 : static_cast<std::size_t>(m.column) + 1; }
  SourcePos pos(const YAML::Node& n) const { return {file_->path, line_of(n.Mark()), column_of(n.Mark())}; }

  void fail(const YAML::Node& at, const std::string& message, const std::string& fragment = {}) {
    errors_.push_back(Error(message, file_->path, line_of(at.Mark()), column_of(at.Mark()), fragment));
  }

  std::string str(const YAML::Node& n) {
    if (!n) return {};
    if (!n.IsScalar()) {
      fail(n, "expected a single value here");
      return {};
    }
    return n.Scalar();
  }

  std::vector<YAML::Node> seq(const YAML::Node& parent, const char* key) {
    std::vector<YAML::Node> out;
    YAML::Node n = parent[key];
    if (!n) return out;
    if (n.IsScalar()) out.push_back(n);
    else if (n.IsSequence()) for (const auto& x : n) out.push_back(x);
    else fail(n, std::string("'") + key + "' must be a list");
    return out;
  }

  template <typename F>
  void each(const YAML::Node& n, F f) {
    if (!n.IsSequence()) return fail(n, "expected a list of entries, each starting with '- '");
    for (const auto& x : n) {
      if (!x.IsMap()) {
        fail(x, "each entry is a mapping (id: …, name: …)");
        continue;
      }
      f(x);
    }
  }

  void check_keys(const YAML::Node& n, std::initializer_list<const char*> allowed) {
    for (const auto& kv : n) {
      std::string k = str(kv.first);
      if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return k == a; })) {
        std::string list;
        for (const char* a : allowed) list += std::string(list.empty() ? "" : ", ") + a;
        fail(kv.first, "unknown field '" + k + "' (expected one of: " + list + ")");
      }
    }
  }

  void indicator(const YAML::Node& n) {
    check_keys(n, {"id", "name", "name_en", "aliases", "category", "dimension", "display_unit", "better", "bounded", "headline",
                  "examples"});
    Indicator ind;
    ind.id = str(n["id"]);
    ind.name = str(n["name"]);
    ind.pos = pos(n);
    if (ind.id.empty()) fail(n, "an indicator needs an id");
    if (ind.name.empty()) fail(n, "indicator '" + ind.id + "' needs a name");
    ind.category = str(n["category"]);
    ind.dimension = str(n["dimension"]);
    ind.display_unit = str(n["display_unit"]);
    ind.name_en = str(n["name_en"]);
    std::string better = str(n["better"]);
    if (!better.empty() && better != "lower" && better != "higher") fail(n["better"], "better is 'lower' or 'higher'");
    ind.lower_is_better = better == "lower";
    if (n["bounded"]) {
      try {
        ind.bounded = n["bounded"].as<bool>();
      } catch (const YAML::Exception&) {
        fail(n["bounded"], "bounded is true or false");
      }
    }
    if (n["headline"]) {
      try {
        ind.headline = n["headline"].as<bool>();
      } catch (const YAML::Exception&) {
        fail(n["headline"], "headline is true or false");
      }
    }
    ind.aliases.push_back(ind.name);
    for (const auto& a : seq(n, "aliases")) ind.aliases.push_back(str(a));
    rs_.indicators.push_back(std::move(ind));
  }

  void lists(const YAML::Node& n) {
    if (!n.IsMap()) return fail(n, "lists maps a name to a list of words (up: [增长, 提高])");
    for (const auto& kv : n) {
      std::string name = str(kv.first);
      auto& words = rs_.lists[name];
      if (!kv.second.IsSequence()) {
        fail(kv.second, "list '" + name + "' must be a list of words");
        continue;
      }
      for (const auto& w : kv.second) {
        std::string word = str(w);
        if (word.empty()) fail(w, "empty word in list '" + name + "'");
        else words.push_back(word);
      }
    }
  }

  void pattern(const YAML::Node& n) {
    check_keys(n, {"id", "measure", "sign", "modality", "priority", "unit", "match", "examples", "note"});
    PendingPattern pp;
    Pattern& p = pp.pattern;
    pp.file = file_;
    p.id = str(n["id"]);
    p.pos = pos(n);
    p.order = order_++;
    if (p.id.empty()) fail(n, "a pattern needs an id");
    p.measure = str(n["measure"]);
    static const std::set<std::string> measures{"value", "growth", "change", "share", "rank", "completion"};
    if (!measures.count(p.measure))
      fail(n["measure"] ? n["measure"] : n,
           "pattern '" + p.id + "': measure must be value, growth, change, share, rank or completion",
           p.measure);
    std::string sign = str(n["sign"]);
    if (sign == "+" || sign == "up") p.sign = 1;
    else if (sign == "-" || sign == "down") p.sign = -1;
    else if (sign == "improve") p.sign = 2;
    else if (!sign.empty()) fail(n["sign"], "sign is +, -, or improve", sign);
    p.modality = str(n["modality"]);
    p.unit = str(n["unit"]);
    if (!p.modality.empty() && p.modality != "target" && p.modality != "actual")
      fail(n["modality"], "modality is target or actual", p.modality);
    if (n["priority"]) {
      try {
        p.priority = n["priority"].as<int>();
      } catch (const YAML::Exception&) {
        fail(n["priority"], "priority must be a whole number");
      }
    }
    YAML::Node m = n["match"];
    if (!m) fail(n, "pattern '" + p.id + "' needs a match");
    p.source = str(m);
    pp.match_node_pos = pos(m ? m : n);
    pp.quoted = m && m.Mark().pos >= 0 && static_cast<std::size_t>(m.Mark().pos) < file_->content.size() &&
                (file_->content[static_cast<std::size_t>(m.Mark().pos)] == '"' ||
                 file_->content[static_cast<std::size_t>(m.Mark().pos)] == '\'');
    for (const auto& e : seq(n, "examples")) p.examples.push_back(example(e));
    if (p.examples.empty()) fail(n, "pattern '" + p.id + "' has no examples: add at least one sentence it must read");
    pending_patterns_.push_back(std::move(pp));
  }

  RuleExample example(const YAML::Node& e) {
    RuleExample ex;
    ex.pos = pos(e);
    if (!e.IsMap()) {
      fail(e, "an example is a mapping: text: … and expect: [...] or expect: none");
      return ex;
    }
    check_keys(e, {"text", "expect", "note"});
    ex.text = str(e["text"]);
    if (ex.text.empty()) fail(e, "an example needs a text");
    YAML::Node expect = e["expect"];
    if (!expect) {
      fail(e, "an example needs expect: a list of records, or none");
    } else if (expect.IsScalar() && expect.Scalar() == "none") {
      ex.none = true;
    } else if (expect.IsSequence()) {
      for (const auto& r : expect) {
        ExpectedRecord er;
        er.pos = pos(r);
        if (!r.IsMap()) {
          fail(r, "an expected record is a mapping {text: …, measure: …}");
          continue;
        }
        for (const auto& kv : r) er.fields[str(kv.first)] = str(kv.second);
        static const std::set<std::string> known{"text", "indicator", "mention", "measure", "value", "unit", "raw_value", "raw_unit",
                                                 "qualifier", "modality", "masked", "scope", "of", "of_total", "period"};
        for (const auto& [k, v] : er.fields)
          if (!known.count(k)) fail(r, "unknown record field '" + k + "' in an example");
        ex.expect.push_back(std::move(er));
      }
    } else {
      fail(expect, "expect is a list of records, or none");
    }
    return ex;
  }

  RuleSet& rs_;
  std::vector<Error>& errors_;
  const RuleFile* file_ = nullptr;
  std::size_t order_ = 0;
  std::vector<std::pair<YAML::Node, const RuleFile*>> composite_nodes_, heads_;
  std::vector<PendingPattern> pending_patterns_;
};

}  // namespace

RuleLoad load_rules(const std::vector<RuleFile>& files) {
  RuleLoad out;
  out.rules = std::make_shared<RuleSet>();
  out.rules->units = UnitTable::builtin();
  Loader loader(*out.rules, out.errors);
  for (const auto& f : files) loader.read(f);
  loader.finish();
  out.rules->finish();
  return out;
}

std::vector<RuleFile> builtin_rule_files() {
  std::vector<RuleFile> out;
  for (const auto& f : embedded_rules()) out.push_back({"rules/" + std::string(f.path), std::string(f.content)});
  return out;
}

Result<std::vector<RuleFile>> read_rule_dir(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Error("not a directory", dir);
  std::vector<RuleFile> out;
  for (fs::recursive_directory_iterator it(dir, ec), end; it != end && !ec; it.increment(ec)) {
    if (!it->is_regular_file() || it->path().extension() != ".yaml") continue;
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) return Error("cannot read rule file", it->path().string());
    std::ostringstream ss;
    ss << in.rdbuf();
    out.push_back({it->path().string(), ss.str()});
  }
  if (ec) return Error("cannot list directory: " + ec.message(), dir);
  std::sort(out.begin(), out.end(), [](const RuleFile& a, const RuleFile& b) { return a.path < b.path; });
  return out;
}

}  // namespace zhibiao
