// What a section reader (rule_sections.hpp) works with: the rule set being
// filled, the file being read, and helpers that turn every problem into an
// Error with file:line:column and the line shown. A problem never stops the
// reading, so zhibiao rules lint shows all of them at once.
#pragma once

#include <yaml-cpp/yaml.h>

#include <functional>
#include <initializer_list>
#include <map>
#include <string>
#include <vector>

#include "source_text.hpp"
#include "zhibiao/error.hpp"
#include "zhibiao/rules/rule_set.hpp"

namespace zhibiao {

class LoaderContext {
 public:
  LoaderContext(RuleSet& rules, std::vector<Error>& errors, std::vector<Error>& warnings)
      : rules_(rules), errors_(errors), warnings_(warnings) {}

  RuleSet& rules() { return rules_; }
  const SourceText& source() const { return *source_; }
  void set_source(const SourceText* s);

  SourcePos pos(const YAML::Node& n) const;
  // An error (or warning) at a node, or at the code_point'th character of a scalar's value.
  void fail(const YAML::Node& at, std::string message, std::string fragment = {});
  void fail_inside(const YAML::Node& scalar, std::size_t code_point, std::string message);
  void fail_at(const SourcePos& at, std::string message);
  void warn_at(const SourcePos& at, std::string message);
  void warn(const YAML::Node& at, std::string message);
  void warn_inside(const YAML::Node& scalar, std::size_t code_point, std::string message);
  void add_error(Error e) { errors_.push_back(std::move(e)); }
  std::vector<Error>& errors() { return errors_; }
  void add_warning(Error e) { warnings_.push_back(std::move(e)); }

  // A single value (an error when it is a list or a mapping).
  std::string str(const YAML::Node& n);
  // parent[key] as a list; one value counts as a list of one.
  std::vector<YAML::Node> seq(const YAML::Node& parent, const char* key);
  // A list of words (aliases, items, a word list): each one non-empty and, when
  // written without quotes, free of the full-width separators that mean the
  // author wrote two words (快递量，快递总量).
  struct Word {
    std::string text;
    SourcePos pos;
  };
  std::vector<Word> words(const YAML::Node& list, const std::string& what);
  // parent[key] as true or false.
  bool flag(const YAML::Node& parent, const char* key, bool fallback);
  // Calls f for each mapping of a list of entries.
  void entries(const YAML::Node& n, const char* shape, const std::function<void(const YAML::Node&)>& f);
  // Unknown keys, and keys written twice, in a mapping.
  void check_keys(const YAML::Node& map, std::initializer_list<const char*> allowed);
  // A value that must be one of `allowed`; empty values pass.
  bool check_enum(const YAML::Node& at, const std::string& value, const std::vector<std::string>& allowed,
                  const std::string& what);
  // The allowed name closest to a misspelt one (counts → count), or empty.
  static std::string closest(const std::string& name, const std::vector<std::string>& allowed);
  // Written in quotes ('…' or "…").
  bool quoted(const YAML::Node& n) const;

  // Work that needs every file read first (other files' indicators, all word lists).
  void later(std::function<void(LoaderContext&)> f);
  void run_later();

  // Where each indicator's aliases are written, parallel to rules().indicators.
  std::vector<std::vector<SourcePos>> alias_positions;
  // Where each indicator's fields are written (category, dimension, display_unit …), parallel to rules().indicators.
  std::vector<std::map<std::string, SourcePos>> field_positions;
  std::size_t next_order() { return order_++; }

 private:
  Error error_at_node(const YAML::Node& at, std::string message, std::string fragment) const;
  Error error_inside(const YAML::Node& scalar, std::size_t code_point, std::string message) const;
  Error error_at_pos(const SourcePos& at, std::string message) const;

  RuleSet& rules_;
  std::vector<Error>& errors_;
  std::vector<Error>& warnings_;
  const SourceText* source_ = nullptr;
  std::vector<const SourceText*> sources_;  // every file read, for the lines of later errors
  std::vector<std::pair<const SourceText*, std::function<void(LoaderContext&)>>> later_;
  std::size_t order_ = 0;
};

// "a, b or c"
std::string one_of(const std::vector<std::string>& names);

}  // namespace zhibiao
