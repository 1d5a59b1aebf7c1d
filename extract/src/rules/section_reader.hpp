// Reading one section of a rule file: scalars, word lists and errors with
// file:line:column, for the sections that have a reader of their own.
#pragma once

#include <yaml-cpp/yaml.h>

#include <initializer_list>
#include <string>
#include <vector>

#include "zhibiao/error.hpp"

namespace zhibiao {

struct DocumentRules;
struct PeriodRules;
struct RegionRules;

class SourceText;

class SectionReader {
 public:
  SectionReader(std::string file, std::vector<Error>& errors) : file_(std::move(file)), errors_(errors) {}
  // Errors then name the column in characters and show the line (source_text.hpp).
  SectionReader(const SourceText& source, std::vector<Error>& errors);

  void fail(const YAML::Node& at, const std::string& message);
  std::string scalar(const YAML::Node& n);
  // A list of words (or one word), as code points.
  std::vector<std::u32string> words(const YAML::Node& n);
  // Every key of a mapping must be one of `allowed`.
  void keys(const YAML::Node& map, std::initializer_list<const char*> allowed);
  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::vector<Error>& errors_;
  const SourceText* source_ = nullptr;
};

// The sections of rules/periods.yaml, regions.yaml and documents.yaml.
void read_periods(const YAML::Node& section, SectionReader& r, PeriodRules& out);
void read_regions(const YAML::Node& section, SectionReader& r, RegionRules& out);
void read_documents(const YAML::Node& section, SectionReader& r, DocumentRules& out);

}  // namespace zhibiao
