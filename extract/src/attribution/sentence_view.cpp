#include "sentence_view.hpp"

#include "zhibiao/text/utf.hpp"

namespace zhibiao::detail {

std::optional<std::size_t> SentenceView::find_word(Words list, std::size_t b, std::size_t e, bool last,
                                                   bool outside_names) const {
  // The first (last) position in [b, e) where a word of the list occurs: positions are
  // tried in order and most are turned away by the list's first-character filter.
  const WordList& words = rules.words(list);
  auto occurs_at = [&](std::size_t at) {
    if (!words.may_start(s[at])) return false;
    for (const auto& u : words)
      if (u.size() <= e - at && std::u32string_view(s.data() + at, u.size()) == u &&
          !(outside_names && inside_mention(at, at + u.size())))
        return true;
    return false;
  };
  if (last) {
    for (std::size_t at = e; at > b;)
      if (occurs_at(--at)) return at;
  } else {
    for (std::size_t at = b; at < e; ++at)
      if (occurs_at(at)) return at;
  }
  return std::nullopt;
}

bool SentenceView::inside_mention(std::size_t b, std::size_t e) const {
  for (const auto& m : mentions)
    if (b < m.end && m.begin < e) return true;
  return false;
}

std::optional<std::size_t> SentenceView::find_marker(Words list, std::size_t b, std::size_t e) const {
  for (std::size_t from = b; from < e;) {
    auto at = find_word(list, from, e, false);
    if (!at) return std::nullopt;
    bool inside = inside_mention(*at, *at + 1);
    for (const auto& u : rules.words(Words::not_markers)) {
      for (std::size_t k = 0; k < u.size() && !inside; ++k)
        if (*at >= b + k && *at - k + u.size() <= e && std::u32string_view(s.data() + *at - k, u.size()) == u)
          inside = true;
    }
    if (!inside) return at;
    from = *at + 1;
  }
  return std::nullopt;
}

bool SentenceView::word_at(Words list, std::size_t pos) const {
  return rules.words(list).length_at(std::u32string_view(s).substr(0, sentence.end), pos) > 0;
}

bool SentenceView::word_ends_at(Words list, std::size_t pos, std::size_t floor) const {
  return rules.words(list).length_ending_at(s, pos, floor) > 0;
}

std::size_t SentenceView::clause_begin_of(std::size_t pos) const {
  for (const auto& c : sentence.clauses)
    if (pos >= c.begin && pos < c.end) return c.begin;
  return sentence.begin;
}

std::size_t SentenceView::clause_end_of(std::size_t pos) const {
  for (const auto& c : sentence.clauses)
    if (pos >= c.begin && pos < c.end) return c.end;
  return pos;
}

std::string SentenceView::original(Span sp) const { return to_utf8(text.original_span(sp.begin, sp.end)); }

}  // namespace zhibiao::detail
