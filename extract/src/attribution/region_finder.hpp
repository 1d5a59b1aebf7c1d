// The area a subject belongs to: the words right before its name (全国粮食产量,
// 京津冀区域优良天数比率), else the document's.
#pragma once

#include <string>
#include <vector>

#include "sentence_view.hpp"

namespace zhibiao::detail {

// The area written right before position `at` (after `floor`), joined by words
// like 区域 or 的: the document's region for 全省 or 我市, 全国 for the country,
// another area as written; empty when none is written there.
std::string region_before(const SentenceView& v, std::size_t floor, std::size_t at, const std::string& doc_region);
// [b, e) has the document speak of itself (我市, 本省; regions.yaml speaker): 全国居民人均可支配收入
// 增长5.0%，我市比全国高0.3个百分点 — the gap is the city's, though it carries the national subject.
// (全省 is no such word: 居全省第1位, 占全省的比重 are scopes and wholes.)
bool names_own_area(const SentenceView& v, std::size_t b, std::size_t e);
// [b, e) is exactly one place: a province, city or area the rules name, or 雁岭市.
bool is_place(const SentenceView& v, std::size_t b, std::size_t e);
// The same, with the places a list joins before it (内江、眉山、自贡、遂宁经济总量), in the order
// written; empty when no area is written there.
std::vector<std::string> regions_before(const SentenceView& v, std::size_t floor, std::size_t at,
                                        const std::string& doc_region);

}  // namespace zhibiao::detail
