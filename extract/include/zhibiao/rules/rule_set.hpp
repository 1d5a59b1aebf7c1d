// The rules as loaded: indicators and their aliases, word lists, and patterns
// compiled to Boost.Regex over a clause's token string (see token_string.hpp).
#pragma once

#include <boost/regex/icu.hpp>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "zhibiao/rules/aho_corasick.hpp"
#include "zhibiao/rules/document_rules.hpp"
#include "zhibiao/rules/pattern_prefilter.hpp"
#include "zhibiao/rules/period_rules.hpp"
#include "zhibiao/rules/region_rules.hpp"
#include "zhibiao/rules/word_list.hpp"
#include "zhibiao/error.hpp"
#include "zhibiao/quantity/units.hpp"

namespace zhibiao {

struct SourcePos {
  std::string file;
  std::size_t line = 0, column = 0;
};


// An alias that stands for several indicators in order (城乡居民 → 城镇, 农村).
struct Composite {
  std::string alias;
  std::vector<std::size_t> indicators;
  SourcePos pos;
};

// A head noun that names an indicator after known items: 肉类产量, 鲜乳产量.
struct Head {
  std::string noun;                // 产量
  std::size_t indicator = 0;       // 主要农产品产量
  std::vector<std::string> items;  // 粮食, 肉类, 鲜乳 …
};

// One field of a record an example expects, as written in the rule file.
struct ExpectedRecord {
  std::map<std::string, std::string> fields;  // text, indicator, measure, value, unit ...
  SourcePos pos;
};

struct RuleExample {
  std::string text;
  std::string note;
  std::string pending;  // why the rules cannot read it yet: a known failure, reported but not failing
  std::vector<ExpectedRecord> expect;  // empty with `none` = must give no record of this rule
  bool none = false;
  SourcePos pos;
};

struct Indicator {
  std::string id, name, category, dimension, display_unit;
  std::string name_en;               // English name, for workbooks in English (--lang en)
  std::string note;                  // the author's note, shown by zhibiao rules list
  std::vector<std::string> aliases;  // includes the name and the level aliases
  // Of the aliases, those that name it only for a level or change in its dimension right
  // after them: 规模以上工业企业1862家, but not 规模以上工业企业中高耗能企业产值占78%.
  std::vector<std::string> level_aliases;
  bool lower_is_better = false;      // 改善 means a fall (PM2.5, 能耗)
  bool headline = false;             // charted beside the workbook's comparison sheet
  bool bounded = false;              // names only after a boundary: 现代服务业增加值 is not 服务业增加值
  bool over_span = false;            // a level over 五年来 covers the span (a contribution rate), not its last year
  std::vector<RuleExample> examples; // sentences that must name this indicator (or, with none, must not)
  SourcePos pos;
};

struct Pattern {
  std::string id;
  std::string measure;        // value, growth, share, rank, completion
  int sign = 0;               // +1, -1, 0 = as written; 2 = 改善 (sign from the indicator)
  std::string modality;       // "" = from context, or target / actual
  std::string unit;           // for figures written without one (三次产业结构9.1:40.6:50.3 → %)
  int priority = 0;           // higher wins when two patterns claim a figure
  std::string source;         // the `match:` text as written
  std::string expanded;       // after macro expansion (what Boost compiles)
  std::string loose;          // the same with gaps and counts unbounded: matches wherever it does, and more (the prefilter's)
  boost::u32regex regex;
  std::u32string claims;      // placeholder characters this pattern claims
  std::vector<std::u32string> required;  // any one must occur in the clause (empty: always try)
  std::string note;           // the author's note, shown by zhibiao rules list
  std::vector<RuleExample> examples;
  SourcePos pos;
  std::size_t order = 0;      // load order, for stable ties
  std::size_t regex_id = 0;   // equal for patterns whose expanded text is the same (set by finish())
};

class RuleSet {
 public:
  struct AliasEntry {
    std::string text;
    std::optional<std::size_t> indicator;  // or
    std::optional<std::size_t> composite;
    bool bounded = false;
    bool levels_only = false;  // Indicator::level_aliases
  };

  UnitTable units;
  std::vector<Indicator> indicators;
  std::vector<Composite> composites;
  std::vector<Head> heads;
  std::map<std::string, std::vector<std::string>> lists;  // word lists by name
  std::map<std::string, std::vector<SourcePos>> list_sources;  // where each list is written (files may extend a list)
  std::vector<std::string> categories;  // the allowed indicator categories, in the catalogue's order
  std::vector<Pattern> patterns;
  std::vector<AliasEntry> aliases;
  PeriodRules periods;      // rules/periods.yaml
  RegionRules regions;      // rules/regions.yaml
  DocumentRules documents;  // rules/documents.yaml
  AhoCorasick alias_matcher;    // word id = index into aliases
  AhoCorasick literal_matcher;  // word id = index into patterns
  std::vector<std::size_t> by_priority;  // pattern indices, highest priority first, then load order
  std::vector<std::size_t> always_tried; // patterns without required words
  std::size_t regex_count = 0;           // distinct regular expressions (Pattern::regex_id < regex_count)
  PatternPrefilter prefilter;            // by regex_id; an empty one (covers nothing) tries every pattern
  std::vector<std::string> files;  // the rule files read, in order
  std::string digest;              // SHA-256 of their names and contents (rules_digest)

  const std::vector<std::string>& list(const std::string& name) const;
  // The same words as code points, longest first (built by finish()); empty when the
  // rules have no such list.
  const WordList& words(Words list) const { return known_lists_[static_cast<std::size_t>(list)]; }
  bool in_list(Words list, std::u32string_view word) const { return words(list).contains(word); }
  std::optional<std::size_t> find_indicator(const std::string& name_or_id) const;

  // Builds matchers after all files are read; called by load().
  void finish();
  // Indicator names in [begin, end) of a normalized text: longest first, and a
  // bounded name only where the character before it may start a name.
  std::vector<AhoCorasick::Match> find_mentions(std::u32string_view text, std::size_t begin, std::size_t end) const;

 private:
  std::array<WordList, static_cast<std::size_t>(Words::count_)> known_lists_;
};

struct RuleFile {
  std::string path;     // shown in errors
  std::string content;  // YAML text
  std::string name = {};  // inside its rule folder (patterns/growth.yaml); the digest uses it; empty: the path
};

// Reads rule files into one set. Every problem is collected, not just the
// first: callers print them all (zhibiao rules lint) or refuse the set.
struct RuleLoad {
  std::shared_ptr<RuleSet> rules;
  std::vector<Error> errors;
  std::vector<Error> warnings;  // the rules load, but something in them is likely not what the author meant
  bool ok() const { return errors.empty(); }
};

RuleLoad load_rules(const std::vector<RuleFile>& files);
// The rules compiled into the binary.
std::vector<RuleFile> builtin_rule_files();
// Every *.yaml below a directory, sorted by path; errors for unreadable files.
Result<std::vector<RuleFile>> read_rule_dir(const std::string& dir);
// SHA-256 over each file's name and content, in order: equal digests, equal rules.
std::string rules_digest(const std::vector<RuleFile>& files);

}  // namespace zhibiao
