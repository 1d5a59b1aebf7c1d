// The area a subject belongs to: the words right before its name (全国粮食产量,
// 京津冀区域优良天数比率), else the document's.
#pragma once

#include <string>

#include "sentence_view.hpp"

namespace zhibiao::detail {

// The area written right before position `at` (after `floor`), joined by words
// like 区域 or 的: the document's region for 全省 or 我市, 全国 for the country,
// another area as written; empty when none is written there.
std::string region_before(const SentenceView& v, std::size_t floor, std::size_t at, const std::string& doc_region);

}  // namespace zhibiao::detail
