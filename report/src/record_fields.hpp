// The record's fields as text, in the order of to_json: the CSV columns.
#pragma once

#include <array>
#include <string>

#include "zhibiao/attribution/record.hpp"

namespace zhibiao::report::detail {

inline constexpr std::array<const char*, 30> kRecordFields = {
    "doc",      "start",      "end",      "text",      "sentence",  "indicator", "indicator_id", "category",
    "mention",  "measure",    "value",    "unit",      "display_unit", "raw_value", "raw_unit",  "qualifier",
    "modality", "status",     "masked",   "scope",     "of",        "of_total",  "period",       "period_kind",
    "basis",    "region",     "doc_year", "rule",      "low",       "high"};

std::array<std::string, kRecordFields.size()> record_texts(const Record& r);

}  // namespace zhibiao::report::detail
