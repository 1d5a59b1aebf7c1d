// What a document is — its area, year and kind — read from its opening lines
// with rules/documents.yaml, or given by the user (--meta).
#pragma once

#include <optional>
#include <string>

namespace zhibiao {

class RuleSet;
class Text;

struct DocumentInfo {
  std::string region;       // 河北省, 岚溪县, 全国; empty when the opening names none
  std::optional<int> year;  // the year the title names, else the year of the date line
  // The year of the date line (——2026年1月23日), when it is the title's or the next: 今年 and
  // 去年 count from the day the words were said, not from the year reported on.
  std::optional<int> written_year;
  std::string kind;         // 政府工作报告, 统计公报 … ; empty when unknown
  int review_offset = 0;    // the year reported on, from `year` (a work report: -1)
  int plan_offset = 0;      // the year planned for (a work report: 0)
  int plan_years = 1;       // the years planned from it (a five-year outline: 5)

  std::optional<int> review_year() const { return year ? std::optional<int>(*year + review_offset) : std::nullopt; }
  std::optional<int> plan_year() const { return year ? std::optional<int>(*year + plan_offset) : std::nullopt; }
};

// What a user says of a document; a field left empty keeps what is read.
struct DocumentMeta {
  std::optional<std::string> region, kind;
  std::optional<int> year;
};

DocumentInfo read_document_info(const RuleSet& rules, const Text& text);
// `info` with the user's fields in place of what was read (a kind brings its years).
DocumentInfo with_meta(const RuleSet& rules, DocumentInfo info, const DocumentMeta& meta);

}  // namespace zhibiao
