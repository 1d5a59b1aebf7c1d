// The record: one figure with what it measures. The stable interface every
// output shares (JSONL, CSV, workbook); docs/record.md describes each field.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "zhibiao/quantity/decimal.hpp"

namespace zhibiao {

struct Record {
  std::string doc;                  // input path as given
  std::size_t start = 0, end = 0;   // half-open code-point offsets of the quantity in the original text
  std::string text;                 // original text of that span
  std::string sentence;             // the sentence it came from (original text)
  std::string indicator;            // canonical indicator name; empty when unknown
  std::string indicator_id;         // stable id from the rules; empty when unknown
  std::string category;             // indicator category from the rules (综合, 工业 ...)
  std::string mention;              // indicator or subject as written
  std::string measure;              // value, growth, change, share, rank, completion
  std::optional<Decimal> value;     // normalized; empty when masked or vague
  std::optional<Decimal> low, high; // ranges (3至5年)
  std::string unit;                 // normalized unit: 元, 吨, %, 百分点, 位, 人次 ...
  std::string display_unit;         // the indicator's display unit (亿元), empty when none
  std::string raw_value, raw_unit;  // as written: 45.4, 亿元
  std::string qualifier = "exact";  // exact, approx, at_least, at_most
  std::string modality = "actual";  // actual, target (kept for compatibility; status says more)
  std::string status = "actual";    // actual, estimate (预计), target, masked
  bool masked = false;
  std::string scope;                // ranks: 全市, 全省, 24个综合县域类县
  std::string of;                   // ranks: the measure ranked (总量, 增速)
  std::optional<std::int64_t> of_total;  // ranks: number of peers (24)
  std::string period;               // normalized: 2025, 2025-H1, 2025-Q2, 2025-09, 2025-01/2025-09, 2021/2025
  std::string period_kind;          // year, half, quarter, month, months, multi-year; empty with no period
  std::string basis;                // 年均, 累计, 同比, 比上年 … where written
  std::string region;               // the area the figure belongs to: the document's, or 全国, 京津冀 …
  std::optional<int> doc_year;      // the year the document was written
  std::string rule;                 // id of the rule that produced the record
};

// One JSON object with every field, in the documented order.
std::string to_json(const Record& r);

}  // namespace zhibiao
