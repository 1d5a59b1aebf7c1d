#include "period_finder.hpp"

#include <algorithm>
#include <climits>

#include "word_at.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::detail {
namespace {

// Where the clause holding `pos` ends (at the next ，；。), no further than `end`.
std::size_t clause_end_from(std::u32string_view s, std::size_t pos, std::size_t end) {
  while (pos < end && s[pos] != U',' && s[pos] != U';' && s[pos] != U'。') ++pos;
  return pos;
}

// Years, months and counts of years; 0 for none, and for what no int holds.
int as_int(const std::optional<Decimal>& d) {
  auto v = d ? d->to_int64() : std::nullopt;
  return v && *v >= INT_MIN && *v <= INT_MAX ? static_cast<int>(*v) : 0;
}

int year_of(const Quantity& q) { return as_int(q.value); }

std::optional<PeriodMention> from_date(const Quantity& q) {
  PeriodMention m;
  m.span = q.span;
  bool range = q.kind == QuantityKind::range;
  if (q.kind != QuantityKind::date && !(range && q.range_of == QuantityKind::date)) return std::nullopt;
  if (q.unit == "年") {
    if (range) {
      int a = as_int(q.low), b = as_int(q.high);
      if (a < 1900 || b < a || b > 2200) return std::nullopt;
      m.years = std::pair{YearRef{YearRef::Base::absolute, a}, YearRef{YearRef::Base::absolute, b}};
    } else {
      int y = year_of(q);
      if (y < 1900 || y > 2200) return std::nullopt;
      m.year = YearRef{YearRef::Base::absolute, y};
    }
  } else if (q.unit == "季度") {
    int a = range ? as_int(q.low) : year_of(q), b = range ? as_int(q.high) : a;
    if (a < 1 || b > 4 || b < a) return std::nullopt;
    m.part = a == b ? YearPart{YearPart::Kind::quarter, a, a} : YearPart{YearPart::Kind::months, 3 * a - 2, 3 * b};
  } else if (q.unit == "月") {
    int a = range ? as_int(q.low) : year_of(q), b = range ? as_int(q.high) : a;
    if (a < 1 || b > 12 || b < a) return std::nullopt;
    if (a == 1 && b == 6) m.part = {YearPart::Kind::half, 1, 1};
    else if (a == 1 && b == 3) m.part = {YearPart::Kind::quarter, 1, 1};
    else if (a == 1 && b == 12) m.year = YearRef{YearRef::Base::context, 0};
    else m.part = a == b ? YearPart{YearPart::Kind::month, a, a} : YearPart{YearPart::Kind::months, a, b};
  } else {
    return std::nullopt;
  }
  return m;
}

int year_value(const YearRef& r, const TimeFrame& f, bool* known) {
  auto pick = [&](std::optional<int> y) {
    if (!y) *known = false;
    return y.value_or(0) + r.value;
  };
  switch (r.base) {
    case YearRef::Base::absolute: return r.value;
    case YearRef::Base::doc: return pick(f.doc.year);
    case YearRef::Base::written: return pick(f.doc.written_year ? f.doc.written_year : f.doc.year);
    case YearRef::Base::review: return pick(f.doc.review_year());
    case YearRef::Base::plan: return pick(f.doc.plan_year());
    case YearRef::Base::context: {
      if (f.context.complete()) return (f.context.kind == Period::Kind::multi_year ? f.context.last_year : f.context.year) + r.value;
      return pick(f.doc.review_year());
    }
  }
  return 0;
}

}  // namespace

std::vector<PeriodMention> find_periods(const RuleSet& rules, std::u32string_view s, const Sentence& sentence,
                                        const std::vector<Quantity>& quantities) {
  const std::size_t begin = sentence.begin, end = sentence.end;
  std::vector<PeriodMention> words;
  for (const auto& hit : rules.periods.matcher.find_longest(s, begin, end)) {
    const PeriodWord& w = rules.periods.words[hit.word];
    PeriodMention m;
    m.span = {hit.begin, hit.end};
    m.year = w.year;
    m.years = w.years;
    m.part = w.part;
    m.weak = w.weak;
    m.topic = w.topic;
    words.push_back(m);
  }
  std::vector<PeriodMention> out;
  for (const auto& q : quantities) {
    if (q.span.begin < begin || q.span.end > end) continue;
    auto m = from_date(q);
    if (!m) continue;
    // 前三季度 is a word around the date 三季度: the word wins.
    bool inside = std::any_of(words.begin(), words.end(), [&](const PeriodMention& w) {
      return w.span.begin < m->span.end && m->span.begin < w.span.end;
    });
    if (!inside) out.push_back(*m);
  }
  out.insert(out.end(), words.begin(), words.end());
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; });
  // A year right before a part of a year is one period: 2025年上半年, 今年1-9月, 2024年6月末.
  std::vector<PeriodMention> merged;
  for (auto& m : out) {
    if (!merged.empty()) {
      PeriodMention& prev = merged.back();
      bool adjacent = prev.span.end == m.span.begin || (prev.span.end + 1 == m.span.begin && s[prev.span.end] == U' ');
      if (adjacent && prev.year && !prev.years && prev.part.kind == YearPart::Kind::none && !m.year && !m.years &&
          m.part.kind != YearPart::Kind::none) {
        prev.part = m.part;
        prev.span.end = m.span.end;
        prev.weak = false;
        continue;
      }
    }
    merged.push_back(m);
  }
  // 2020年的3.68万亿元: the date belongs to the figure after 的, not to the clauses after it.
  for (auto& m : merged) {
    if (m.span.end + 1 >= end || s[m.span.end] != U'的') continue;
    std::size_t next = m.span.end + 1;
    for (const auto& q : quantities) {
      if (q.kind == QuantityKind::date || q.kind == QuantityKind::duration) continue;
      if (q.span.begin == next) {
        m.bound_to.push_back(q.span.begin);
        // 46503元和16935元, 1.8∶38.6∶59.6: the figures joined to it share the date.
        std::size_t after = std::max(q.span.end, q.qualifier_span.end);
        std::size_t sep = after < end ? rules.words(Words::list_separators).length_at(s, after) : 0;
        next = sep ? after + sep : end;
      }
    }
  }
  // 连续18年保持在100万吨以上, 3年来: a streak up to the year in context.
  for (const auto& q : quantities) {
    if (q.kind != QuantityKind::duration || q.unit != "年" || !q.value || q.span.begin < begin) continue;
    int n = as_int(q.value);
    bool streak = ends_with_at(s, q.span.begin, begin, U"连续") || (q.span.end < end && s[q.span.end] == U'来');
    if (n < 2 || n > 60 || !streak) continue;
    PeriodMention m;
    m.span = q.span;
    m.years = std::pair{YearRef{YearRef::Base::context, -(n - 1)}, YearRef{YearRef::Base::context, 0}};
    m.topic = false;
    m.reach_end = clause_end_from(s, q.span.end, end);
    merged.push_back(m);
  }
  std::sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) { return a.span.begin < b.span.begin; });
  // 2026年1月26日: a day's date (a date line, an event) sets no topic.
  for (auto& m : merged)
    for (const auto& q : quantities)
      if (q.kind == QuantityKind::date && q.unit == "日" && q.span.begin == m.span.end) m.topic = false;
  // 比上年, 较一季度, 与2020年相比: the base of a comparison.
  for (auto& m : merged)
    for (const auto& w : rules.words(Words::period_base_markers))
      if (ends_with_at(s, m.span.begin, begin, w)) m.base = true;
  // 面向2030年的科技创新重大项目: a horizon that describes what follows, in its own clause only.
  for (auto& m : merged)
    for (const auto& w : rules.words(Words::horizon_before))
      if (ends_with_at(s, m.span.begin, begin, w)) {
        std::size_t e = clause_end_from(s, m.span.end, end);
        m.reach_end = m.reach_end ? std::min(*m.reach_end, e) : e;
        m.topic = false;
      }
  // …累计下降18.6%，2025年降至27微克/立方米；空气质量优良天数比例稳定在85%以上: a period written
  // inside the sentence holds up to its ；, one that opens the sentence for all of it.
  const PeriodMention* opener = topic_period(rules, s, begin, merged);
  for (auto& m : merged) {
    if (&m == opener || m.weak) continue;  // 力争全年…；确保…: the whole year is the list's
    std::size_t e = end;
    for (const auto& c : sentence.clauses)
      if (c.ends_topic && c.end > m.span.end) {
        e = c.end;
        break;
      }
    m.reach_end = m.reach_end ? std::min(*m.reach_end, e) : e;
  }
  return merged;
}

Period resolve(const PeriodMention& m, const TimeFrame& f) {
  bool known = true;
  Period p;
  if (m.years) {
    int a = year_value(m.years->first, f, &known), b = year_value(m.years->second, f, &known);
    if (!known || b < a) return {};
    return Period::of_years(a, b);
  }
  int year = 0;
  if (m.year) year = year_value(*m.year, f, &known);
  else year = year_value(YearRef{YearRef::Base::context, 0}, f, &known);
  if (!known) year = 0;  // 上半年 of a document that never says its year: XXXX-H1
  switch (m.part.kind) {
    case YearPart::Kind::none: return year ? Period::of_year(year) : Period{};
    case YearPart::Kind::half: p.kind = Period::Kind::half; break;
    case YearPart::Kind::quarter: p.kind = Period::Kind::quarter; break;
    case YearPart::Kind::month: p.kind = Period::Kind::month; break;
    case YearPart::Kind::months: p.kind = Period::Kind::months; break;
  }
  p.year = year;
  p.first = m.part.first;
  p.last = m.part.last;
  return p;
}

const PeriodMention* period_before(const std::vector<PeriodMention>& mentions, std::size_t pos) {
  const PeriodMention *strong = nullptr, *weak = nullptr;
  for (const auto& m : mentions) {
    bool bound_elsewhere = !m.bound_to.empty() && std::find(m.bound_to.begin(), m.bound_to.end(), pos) == m.bound_to.end();
    if (m.span.end > pos || m.base || bound_elsewhere || (m.reach_end && pos >= *m.reach_end)) continue;
    const PeriodMention*& slot = m.weak ? weak : strong;
    if (!slot || m.span.end > slot->span.end || (m.span.end == slot->span.end && m.span.begin < slot->span.begin)) slot = &m;
  }
  // 下半年，紧盯全年…增长6.5%的目标: a whole year written nearer the figure wins.
  if (strong && weak && weak->span.begin >= strong->span.end) return weak;
  return strong ? strong : weak;
}

const PeriodMention* topic_period(const RuleSet& rules, std::u32string_view s, std::size_t sentence_begin,
                                  const std::vector<PeriodMention>& mentions) {
  std::size_t p = sentence_begin;
  for (bool moved = true; moved;) {
    moved = false;
    while (p < s.size() && (s[p] == U' ' || s[p] == U'\u3000' || s[p] == U'“' || s[p] == U'"' || s[p] == U'—')) ++p, moved = true;
    for (const auto& w : rules.periods.topic_lead)
      if (starts_with_at(s, p, w)) {
        p += w.size();
        moved = true;
        break;
      }
  }
  for (const auto& m : mentions) {
    if (m.span.begin > p) break;
    // 2020年的3.68万亿元: a date that qualifies a figure is no topic.
    if (m.topic && !m.base && p < m.span.end && !(m.span.end < s.size() && s[m.span.end] == U'的')) return &m;
  }
  return nullptr;
}

std::string basis_before(const RuleSet& rules, const std::vector<AhoCorasick::Match>& hits, std::size_t from,
                         std::size_t pos) {
  // The word ending last wins; of two ending together, the one written first in the rules.
  const AhoCorasick::Match* best = nullptr;
  for (const auto& h : hits) {
    if (h.end > pos) break;
    if (h.begin < from) continue;
    if (!best || h.end > best->end || h.word < best->word) best = &h;
  }
  return best ? to_utf8(rules.periods.bases[rules.periods.basis_group[best->word]].front()) : std::string();
}

}  // namespace zhibiao::detail
