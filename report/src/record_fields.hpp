// The record's fields as text, in the order of to_json: the CSV columns.
#pragma once

#include <array>
#include <string>

#include "zhibiao/attribution/record.hpp"

namespace zhibiao::report::detail {

inline constexpr std::array<const char*, 25> kRecordFields = {
    "doc",       "start",     "end",      "text",     "sentence", "indicator", "indicator_id", "category", "mention",
    "measure",   "value",     "unit",     "display_unit", "raw_value", "raw_unit", "qualifier", "modality", "masked",
    "scope",     "of",        "of_total", "period",   "rule",     "low",       "high"};

std::array<std::string, kRecordFields.size()> record_texts(const Record& r);

}  // namespace zhibiao::report::detail
