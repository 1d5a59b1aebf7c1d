#include "sentence_view.hpp"

#include "zhibiao/text/utf.hpp"

namespace zhibiao::detail {

std::optional<std::size_t> SentenceView::find_word(const std::string& list, std::size_t b, std::size_t e, bool last,
                                                   bool outside_names) const {
  std::optional<std::size_t> found;
  if (b >= e) return found;
  std::u32string_view view(s.data() + b, e - b);
  for (const auto& u : rules.words(list)) {
    for (auto p = view.find(u); p != std::u32string_view::npos; p = view.find(u, p + 1)) {
      std::size_t at = b + p;
      if (outside_names && inside_mention(at, at + u.size())) continue;
      if (!found || (last ? at > *found : at < *found)) found = at;
      if (!last) break;
    }
  }
  return found;
}

bool SentenceView::inside_mention(std::size_t b, std::size_t e) const {
  for (const auto& m : mentions)
    if (b < m.end && m.begin < e) return true;
  return false;
}

bool SentenceView::word_at(const std::string& list, std::size_t pos) const {
  for (const auto& w : rules.words(list))
    if (pos + w.size() <= sentence.end && std::u32string_view(s.data() + pos, w.size()) == w) return true;
  return false;
}

bool SentenceView::word_ends_at(const std::string& list, std::size_t pos, std::size_t floor) const {
  for (const auto& w : rules.words(list))
    if (pos >= floor + w.size() && std::u32string_view(s.data() + pos - w.size(), w.size()) == w) return true;
  return false;
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
