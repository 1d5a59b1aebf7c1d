#include "figure_screen.hpp"

#include <algorithm>

#include "zhibiao/rules/placeholders.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::detail {
namespace {

// 稳增长25条、惠企30条等政策措施: counts in 条 that a word of policy follows, past the
// list they stand in.
bool names_policy(const SentenceView& v, std::size_t qi) {
  const auto& qs = v.quantities;
  std::size_t p = qs[qi].span.end, end = v.clause_end_of(qs[qi].span.begin);
  for (std::size_t k = qi + 1; k < qs.size() && qs[k].span.begin < end; ++k) {
    if (qs[k].unit != qs[qi].unit || qs[k].span.begin - p > 8) break;
    p = qs[k].span.end;
  }
  return v.word_at(Words::policy_after, p);
}

bool starts_mention(const SentenceView& v, std::size_t pos) {
  return std::any_of(v.mentions.begin(), v.mentions.end(), [&](const Mention& m) { return m.begin == pos; });
}

bool inside_short_quotes(const SentenceView& v, Span sp) {
  const auto& s = v.s;
  std::size_t open = sp.begin, close = sp.end;
  while (open > v.sentence.begin && sp.begin - open < 8 && s[open - 1] != U'“' && s[open - 1] != U'”') --open;
  while (close < v.sentence.end && close - sp.end < 8 && s[close] != U'”' && s[close] != U'“') ++close;
  return open > v.sentence.begin && s[open - 1] == U'“' && close < v.sentence.end && s[close] == U'”';
}

// Figures that name or bound something rather than measure it: 稳增长25条 and “两个90%” are
// names of policies, 年主营业务收入2000万元及以上的工业企业 and 单笔30万元以下 are thresholds.
bool is_name_or_threshold(const SentenceView& v, const Claims& claims, std::size_t qi) {
  const Quantity& q = v.quantities[qi];
  const auto& s = v.s;
  if (q.kind == QuantityKind::count && v.rules.in_list(Words::name_units, from_utf8(q.unit)) && names_policy(v, qi))
    return true;
  // 经济总量超500亿元的县域增至12个, 营业收入超百亿元的企业15家: a bound (超, 以上) and 的 before
  // what is then counted define a class; the count is the figure.
  std::size_t after = std::max(q.span.end, q.qualifier_span.end);
  if (q.qualifier == Qualifier::at_least && after < v.sentence.end && s[after] == U'的' && q.kind != QuantityKind::count &&
      !starts_mention(v, after + 1)) {
    std::size_t end = v.clause_end_of(q.span.begin);
    for (std::size_t k = qi + 1; k < v.quantities.size() && v.quantities[k].span.begin < end; ++k)
      if (v.quantities[k].kind == QuantityKind::count) return true;
  }
  if (claims[qi]) return false;
  if (inside_short_quotes(v, q.span)) return true;
  // A definition bounds a class with 及以上 or 及以下 (年主营业务收入2000万元及以上的工业企业).
  bool qualifies_noun = after > q.span.end && after < v.sentence.end && s[after] == U'的' && s[q.span.end] == U'及';
  if (qualifies_noun) {
    // 2.28亿斤以上的粮食产量 is a level of grain; 2000万元及以上的工业企业 is a kind of firm.
    if (!starts_mention(v, after + 1)) return true;
  }
  std::size_t before = q.qualifier_span.end == q.span.begin && q.qualifier_span.size() ? q.qualifier_span.begin : q.span.begin;
  return v.word_ends_at(Words::threshold_before, before, v.sentence.begin);
}

}  // namespace

bool in_milestone(const SentenceView& v, std::size_t qi) {
  const auto& qs = v.quantities;
  auto counted_step = [&](std::size_t count, std::size_t amount) {
    const Quantity &c = qs[count], &a = qs[amount];
    return c.kind == QuantityKind::count && c.span.end == a.span.begin && a.kind != QuantityKind::count &&
           a.kind != QuantityKind::date && v.word_at(Words::milestones, a.span.end);
  };
  return (qi + 1 < qs.size() && counted_step(qi, qi + 1)) || (qi > 0 && counted_step(qi - 1, qi));
}

bool is_duration_level(const SentenceView& v, std::size_t qi) {
  const Quantity& q = v.quantities[qi];
  if (q.kind != QuantityKind::duration || q.unit != "年" || !q.value) return false;
  for (const auto& m : v.mentions) {
    if (m.end > q.span.begin || q.span.begin - m.end > kDurationLevelGap) continue;
    const auto& a = v.rules.aliases[m.alias];
    if (a.indicator && v.rules.indicators[*a.indicator].dimension == "time") return true;
  }
  return false;
}

bool is_figure(const SentenceView& v, const Claims& claims, std::size_t qi) {
  const Quantity& q = v.quantities[qi];
  const auto& claim = claims[qi];
  const auto& s = v.s;
  if (claim && claim->consumed) return false;
  if (is_duration_level(v, qi)) return true;
  if (q.kind == QuantityKind::date || q.kind == QuantityKind::duration || q.vague) return false;
  if (q.kind == QuantityKind::range && (q.range_of == QuantityKind::date || q.range_of == QuantityKind::duration))
    return false;  // 1-6月 is a period
  const auto& name_after = v.rules.words(Words::name_after);
  if (q.span.end < v.sentence.end && name_after.may_start(s[q.span.end]))
    for (const auto& w : name_after)  // 市委×届×次全会: the count names a meeting
      if (q.span.end + w.size() <= v.sentence.end && std::u32string_view(s.data() + q.span.end, w.size()) == w)
        return false;
  if (in_milestone(v, qi) || is_name_or_threshold(v, claims, qi)) return false;
  char32_t ph = placeholder::for_quantity(q);
  return claim || !(ph == placeholder::kRank || ph == placeholder::kOrdinal || ph == placeholder::kNumber);
}

}  // namespace zhibiao::detail
