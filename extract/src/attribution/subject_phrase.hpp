// The words before a figure, read for whether and how they name its subject: trimmed
// of what never names (verbs, scopes, targets), made only of attributes (总投资), opening
// a comparison (比上年) or describing the figure (市下达的).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>

#include "sentence_view.hpp"

namespace zhibiao::detail {

// Spaces and the punctuation a phrase never starts or ends with.
bool is_space_or_punct(char32_t c);

// Trims words of the lists off the front (or back) of [b, e), longest first, until none fits.
void trim_words(const SentenceView& v, std::size_t& b, std::size_t& e, std::initializer_list<Words> lists, bool front);

// The subject as written right before a figure: 新签约项目 in 新签约项目60个. Empty when
// nothing is left once dates, milestones and words that never name are taken off.
Span local_span(const SentenceView& v, std::size_t b, std::size_t e, bool trim_front = true);

// A phrase made only of attribute words (总投资, 总量和增速) keeps the clause's subject.
bool is_attribute_phrase(const SentenceView& v, Span phrase);

// 市下达的, 规划纲要确定的年均: text ending in 的 (before words like 年均) describes the
// figure; it names no subject.
bool ends_with_de(const SentenceView& v, std::size_t b, std::size_t e);

// [b, e) opens with 比/较 (比一季度, 比2017年末): the figure compares, it names no subject.
bool starts_comparison(const SentenceView& v, std::size_t b, std::size_t e);

// The noun right after a figure, up to an indicator name, another figure, a verb or
// punctuation; empty when shorter than two characters.
std::string following_noun(const SentenceView& v, std::size_t b, std::size_t clause_end);

}  // namespace zhibiao::detail
