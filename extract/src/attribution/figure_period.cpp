#include "figure_period.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "zhibiao/rules/placeholders.hpp"

namespace zhibiao::detail {
namespace {

// A rank right after a figure of its clause that covers a span (…18.7%、居全国第一) ranks that
// figure, over the same span.
bool ranks_figure_before(const FigureTime& t, const Record& r, const Quantity& q, std::size_t clause_begin,
                         const std::optional<LastFigure>& last) {
  return r.measure == "rank" && last && last->period.kind == Period::Kind::multi_year &&
         last->end >= clause_begin && last->end <= q.span.begin && q.span.begin - last->end <= 6 &&
         t.v.s[last->end] == U'、';
}

// 一季度、上半年、前三季度地区生产总值分别增长5.3%、5.5%和5.7%: periods listed before 分别
// go to the figures after it in turn.
const PeriodMention* listed_period(const FigureTime& t, const Quantity& q) {
  std::size_t cb = t.v.clause_begin_of(q.span.begin);
  auto marker = t.v.find_marker(Words::respectively_markers, cb, q.span.begin);
  if (!marker) return nullptr;
  std::vector<const PeriodMention*> listed;
  for (const auto& m : t.periods) {
    if (m.span.begin < cb || m.span.end > *marker || m.base) continue;
    if (!listed.empty()) {
      std::size_t sep = t.v.rules.words(Words::list_separators).length_at(t.v.s, listed.back()->span.end);
      if (!sep || m.span.begin - listed.back()->span.end != sep) listed.clear();
    }
    listed.push_back(&m);
  }
  if (listed.size() < 2) return nullptr;
  std::size_t k = 0;
  for (const auto& other : t.v.quantities) {
    if (other.span.begin >= q.span.begin) break;
    if (other.span.begin > *marker && placeholder::for_quantity(other) == placeholder::for_quantity(q)) ++k;
  }
  return k < listed.size() ? listed[k] : nullptr;
}

// Where the list a figure closes starts: 58794元和23184元 → the position of 58794元; so for
// the parts of a structure (8.7∶41.2∶50.1).
std::size_t list_head(const FigureTime& t, std::size_t pos, std::size_t floor) {
  for (bool moved = true; moved && pos > floor;) {
    moved = false;
    std::size_t sep = t.v.rules.words(Words::list_separators).length_ending_at(t.v.s, pos, floor);
    if (!sep) break;
    for (const auto& q : t.v.quantities)
      if (std::max(q.span.end, q.qualifier_span.end) == pos - sep && q.span.begin >= floor) {
        pos = q.span.begin;
        moved = true;
        break;
      }
  }
  return pos;
}

// A word of `words` ends at `pos`, or `back` characters before it (a qualifier
// like 超, a scope like 全国 in between).
bool ends_with_any(const FigureTime& t, const std::vector<std::u32string>& words, std::size_t pos, std::size_t floor,
                   std::size_t back_max) {
  for (std::size_t back = 0; back <= back_max && pos >= floor + back; ++back)
    for (const auto& w : words)
      if (pos - back >= floor + w.size() && std::u32string_view(t.v.s.data() + pos - back - w.size(), w.size()) == w)
        return true;
  return false;
}

}  // namespace

// The period the figure's sentence names, else the one it inherits, else the
// document's (the year reported on, or planned for when the figure is a target).
Period set_period_and_status(const FigureTime& t, Record& r, const Quantity& q, const Claim* claim, bool over_span,
                             const std::optional<LastFigure>& last) {
  const PeriodMention* own = nullptr;
  if (claim && claim->period_span.size()) {
    for (const auto& m : t.periods)
      if (m.span.begin < claim->period_span.end && claim->period_span.begin < m.span.end) own = &m;
  }
  if (!own) own = listed_period(t, q);
  if (!own) own = period_before(t.periods, q.span.begin);
  Period period = own ? resolve(*own, t.frame) : t.frame.context;
  std::size_t from = t.v.clause_begin_of(q.span.begin);
  r.basis = basis_before(t.v.rules, t.bases, from, q.span.begin);
  // Over a span of years (五年来, “十四五”时期) a level has a year: 从7248亿元 is the base
  // year's, 提高到8865亿元 and 突破1.5万亿元 the last year's; a growth, a total (累计) or a
  // level held every year (稳定在, 稳居) covers the span, as does a level of an indicator that is
  // over_span (五年来…服务业对经济增长贡献率超70%), and a rank of such a figure (粮食增产169.8亿斤，
  // 增量占全国18.7%、居全国第一).
  bool level = (r.measure == "value" || r.measure == "share" || r.measure == "rank") && !over_span;
  auto year_of_level = [&](Period p) {
    if (p.kind != Period::Kind::multi_year || !level || r.basis == "累计") return p;
    std::size_t at = list_head(t, q.span.begin, from);  // …提高到58794元和23184元: as the first of the list
    if (ends_with_any(t, t.v.rules.words(Words::level_from).words(), at, from, 1)) return Period::of_year(p.year - 1);
    if (!ranks_figure_before(t, r, q, from, last) && !ends_with_any(t, t.v.rules.words(Words::level_held).words(), at, from, 4) &&
        ends_with_any(t, t.v.rules.periods.level_reached, at, from, 4))
      return Period::of_year(p.last_year);
    return p;
  };
  period = year_of_level(period);
  Status st = read_status(t.v, q, claim, t.status, period);
  // A target cannot be for a time over when the report was written. Under “十四五”时期发展成就
  // 和“十五五”时期主要目标任务, 提出地区生产总值年均增长5%左右 plans the span of that length
  // the document plans; in a plan section, 加快建设“十四五”批复的…基地，确保新增装机3000万千瓦
  // names a past span in passing, in another clause, and the figure is the section's. A target
  // whose clause says how it came out (超额完成…下降14%的目标任务) keeps its own time.
  bool outcome = t.v.find_word(Words::target_outcomes, from, q.span.begin, true, true).has_value();
  if (st.modality == "target" && !outcome && period.ends_before(t.status.plan_period)) {
    if (!own && period.kind == Period::Kind::multi_year) {
      if (auto y = t.frame.doc.plan_year()) period = Period::of_years(*y, *y + (period.last_year - period.year));
    } else if (own && t.status.plan_section && own->span.end <= from) {
      auto y = t.frame.doc.plan_year();
      period = t.status.plan_period.kind == Period::Kind::multi_year && y ? Period::of_year(*y) : t.status.plan_period;
    }
  }
  bool target = st.modality == "target";
  if (!period.printable()) {
    // A five-year outline's targets are for its span (a level reached: its last year).
    auto year = target ? t.frame.doc.plan_year() : t.frame.doc.review_year();
    if (target && t.frame.doc.plan_years > 1) period = year_of_level(t.status.plan_period);
    else if (year) period = Period::of_year(*year);
  }
  // An average over years is over years: 到2030年，…年均增长7% plans the years up to 2030
  // from the plan year, or the plan's span that ends then.
  if (target && r.basis == "年均" && period.kind == Period::Kind::year) {
    const Period& plan = t.status.plan_period;
    auto y = t.frame.doc.plan_year();
    if (plan.kind == Period::Kind::multi_year && plan.last_year == period.year) period = plan;
    else if (y && period.year > *y) period = Period::of_years(*y, period.year);
  }
  r.period = period.str();
  r.period_kind = std::string(period.kind_name());
  r.modality = st.modality;
  r.status = st.status;
  return period;
}

}  // namespace zhibiao::detail
