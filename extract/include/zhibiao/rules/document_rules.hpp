// What rules/documents.yaml says: kinds of documents and the years they report
// on and plan for, and how an opening names the document's area.
#pragma once

#include <boost/regex/icu.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace zhibiao {

struct DocumentKind {
  std::string kind;                    // 政府工作报告
  std::vector<std::u32string> words;   // words of a title that make it this kind
  int review = 0, plan = 0;            // offsets from the document's year
  int plan_years = 1;                  // how many years it plans from `plan` (a five-year outline: 5)
};

struct DocumentRules {
  std::size_t opening = 3000;  // characters read for the title and date line
  std::vector<DocumentKind> kinds;
  std::vector<boost::u32regex> region_patterns;  // each with a group named region
  std::vector<std::u32string> region_cut_after;  // 记者从嵘江省 → 嵘江省
  std::vector<std::u32string> national;
};

}  // namespace zhibiao
