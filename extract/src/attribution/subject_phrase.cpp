#include "subject_phrase.hpp"

#include <string_view>

#include "figure_screen.hpp"
#include "word_at.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::detail {

bool is_space_or_punct(char32_t c) {
  return c == U' ' || c == U'\u3000' || c == U',' || c == U';' || c == U':' || c == U'、' || c == U'。' ||
         c == U'(' || c == U')' || c == U'“' || c == U'”' || c == U'"' || c == U'《' || c == U'》';
}

void trim_words(const SentenceView& v, std::size_t& b, std::size_t& e, std::initializer_list<Words> lists, bool front) {
  const auto& s = v.s;
  while (b < e) {
    while (b < e && is_space_or_punct(s[front ? b : e - 1])) front ? ++b : --e;
    std::size_t best = 0;
    for (Words list : lists) {
      const WordList& words = v.rules.words(list);
      if (b >= e || !(front ? words.may_start(s[b]) : words.may_end(s[e - 1]))) continue;
      for (const auto& u : words) {
        if (u.size() <= best || u.size() > e - b) continue;
        if (std::u32string_view(s.data() + (front ? b : e - u.size()), u.size()) == u) best = u.size();
      }
    }
    if (!best) break;
    front ? b += best : e -= best;
  }
  while (b < e && is_space_or_punct(s[front ? b : e - 1])) front ? ++b : --e;
}

Span local_span(const SentenceView& v, std::size_t b, std::size_t e, bool trim_front) {
  // 连续5年稳定在50万吨以上: a date or duration ends whatever came before it.
  for (std::size_t qi = 0; qi < v.quantities.size(); ++qi) {
    const Quantity& q = v.quantities[qi];
    if (q.span.begin < b || q.span.end > e) continue;
    if (q.kind == QuantityKind::date || q.kind == QuantityKind::duration) b = q.span.end;
    // 跨过两个万亿元大关、超过6万亿元: a milestone says nothing of who the subject is.
    if (in_milestone(v, qi)) {
      b = q.span.end;
      for (const auto& w : v.rules.words(Words::milestones))
        if (starts_with_at(std::u32string_view(v.s.data(), e), b, w)) b += w.size();
    }
  }
  trim_words(v, b, e,
             {Words::mention_trailing, Words::rank_verbs, Words::scopes, Words::list_separators, Words::fan_out_markers,
              Words::compared},
             false);
  if (trim_front) trim_words(v, b, e, {Words::mention_leading, Words::list_separators, Words::compared, Words::targets}, true);
  if (e <= b) return {};
  if (e - b > 16) b = e - 16;
  return {b, e};
}

bool is_attribute_phrase(const SentenceView& v, Span phrase) {
  if (phrase.end <= phrase.begin) return true;
  // The phrase as written, read in place.
  std::u32string_view u = v.text.original_span(phrase.begin, phrase.end);
  const RuleSet& rs = v.rules;
  std::size_t b = 0;
  while (b < u.size()) {
    // 增速比上半年: after the attribute, a comparison base; nothing new is named.
    if (b > 0 && rs.words(Words::comparison_openers).may_start(u[b]))
      for (const auto& w : rs.words(Words::comparison_openers))
        if (u.substr(b, w.size()) == w) return true;
    std::size_t best = 0;
    for (Words list :
         {Words::attributes, Words::attribute_modifiers, Words::rank_of, Words::list_separators, Words::fan_out_markers}) {
      if (!rs.words(list).may_start(u[b])) continue;
      for (const auto& x : rs.words(list))
        if (x.size() > best && u.substr(b, x.size()) == x) best = x.size();
    }
    if (!best) return false;
    b += best;
  }
  return true;
}

bool ends_with_de(const SentenceView& v, std::size_t b, std::size_t e) {
  trim_words(v, b, e, {Words::compared, Words::up, Words::down}, false);
  return e > b && v.s[e - 1] == U'的';
}

bool starts_comparison(const SentenceView& v, std::size_t b, std::size_t e) {
  while (b < e && is_space_or_punct(v.s[b])) ++b;
  const auto& openers = v.rules.words(Words::comparison_openers);
  if (b >= e || !openers.may_start(v.s[b])) return false;
  for (const auto& w : openers)
    if (starts_with_at(std::u32string_view(v.s.data(), e), b, w)) return true;
  return false;
}

std::string following_noun(const SentenceView& v, std::size_t b, std::size_t clause_end) {
  const auto& s = v.s;
  std::size_t e = b;
  while (e < clause_end && e - b < 12 && is_cjk(s[e])) {
    bool stop = false;
    for (const auto& m : v.mentions) stop = stop || m.begin == e;
    for (const auto& q : v.quantities) stop = stop || q.span.begin == e;
    for (Words list : {Words::mention_trailing, Words::up, Words::down, Words::reached})
      if (!stop && v.rules.words(list).may_start(s[e]))
        for (const auto& w : v.rules.words(list))
          stop = stop || starts_with_at(std::u32string_view(s.data(), clause_end), e, w);
    if (stop) break;
    ++e;
  }
  return e - b >= 2 ? v.original({b, e}) : std::string();
}

}  // namespace zhibiao::detail
