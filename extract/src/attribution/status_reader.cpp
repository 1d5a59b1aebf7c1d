#include "status_reader.hpp"

#include <algorithm>

#include "word_at.hpp"

namespace zhibiao::detail {
namespace {

// 目标完成率: a target named as a noun (target_after) and then completed is a result.
bool completed_target(const SentenceView& v, std::size_t at) {
  for (const auto& w : v.rules.words(Words::target_after))
    if (starts_with_at(v.s, at, w) && v.word_at(Words::actual_markers, at + w.size())) return true;
  return false;
}

// 提振预期: a target word inside a word that names no target.
bool inside_not_target(const SentenceView& v, std::size_t at) {
  for (const auto& w : v.rules.words(Words::not_targets))
    for (std::size_t k = 0; k < w.size() && k <= at; ++k)
      if (at - k >= v.sentence.begin && starts_with_at(v.s, at - k, w)) return true;
  return false;
}

// The last target word before `pos`, except one that a completion names
// (完成年度目标的71.07％: 目标 is what was completed, not a target set).
std::optional<std::size_t> target_word_before(const SentenceView& v, std::size_t pos) {
  std::size_t clause = v.clause_begin_of(pos);
  for (std::size_t end = pos; end > v.sentence.begin;) {
    auto at = v.find_word(Words::targets, v.sentence.begin, end, true, true);
    if (!at) return std::nullopt;
    std::size_t from = *at >= v.sentence.begin + 4 ? *at - 4 : v.sentence.begin;
    bool reaches = *at >= clause || !v.word_at(Words::clause_targets, *at);
    // 优于国家考核目标14.6个百分点: the target is what the figure is compared with.
    std::size_t own_clause = v.clause_begin_of(*at);
    bool base = v.find_word(Words::target_bases, std::max(own_clause, *at >= 8 ? *at - 8 : 0), *at, true, true).has_value();
    bool named_only = completed_target(v, *at) || inside_not_target(v, *at);
    if (reaches && !base && !named_only && !v.find_word(Words::actual_markers, from, *at, true, true)) return at;
    end = *at;
  }
  return std::nullopt;
}

// 增长6.5%左右的预期目标: the target word right after the figure.
bool target_after(const SentenceView& v, const Quantity& q) {
  std::size_t p = std::max(q.span.end, q.qualifier_span.end);
  std::size_t end = std::min(p + 8, v.clause_end_of(p));
  if (p >= end) return false;
  std::u32string_view after(v.s.data() + p, end - p);
  for (const auto& w : v.rules.words(Words::target_after)) {
    auto at = after.find(w);
    // 目标 right after the figure, or after 的 and a few words (的年度目标).
    if (at == 0 || (at != std::u32string_view::npos && after[0] == U'的')) return true;
  }
  return false;
}

// 到2030年 …: a date after 到 makes the rest of the sentence a target — when
// the date is not yet past (增长到2025年的4.93万亿元 in a 2026 report is not).
std::optional<std::size_t> target_date_before(const SentenceView& v, const Quantity& q, const StatusContext& ctx) {
  std::optional<std::size_t> at;
  std::optional<int> now = ctx.plan_year ? ctx.plan_year : ctx.doc_year;
  for (const auto& other : v.quantities) {
    if (other.kind != QuantityKind::date || other.span.end > q.span.begin) continue;
    if (now && other.unit == "年" && other.value && other.value->to_double() < *now) continue;
    // 到2030年…, 9月底前完成…: a date ahead, or a deadline.
    if (v.word_ends_at(Words::target_date_prefixes, other.span.begin, v.sentence.begin) ||
        v.word_at(Words::deadline_after, other.span.end))
      if (!at || other.span.begin > *at) at = other.span.begin;
  }
  return at;
}

// Where the topic a figure sits in starts: after the last ； before it (预计 reaches no further).
std::size_t topic_begin(const SentenceView& v, std::size_t pos) {
  std::size_t b = v.sentence.begin;
  for (const auto& c : v.sentence.clauses)
    if (c.ends_topic && c.end <= pos) b = c.end;
  return b;
}

// 提出地区生产总值年均增长5%左右: proposing a growth or a level sets a target; a count of
// what was proposed (提出18条具体举措) is a result.
bool proposed(const SentenceView& v, const Quantity& q) {
  if (q.kind == QuantityKind::count) return false;
  std::size_t clause = v.clause_begin_of(q.span.begin);
  return v.find_word(Words::proposals, clause, q.span.begin, true, true).has_value() &&
         !v.find_word(Words::actual_markers, clause, q.span.begin, true, true);
}

// The sentence's own verdict: target when a target word (or date) comes first
// and no word of a result (完成, 实现 …) stands between it and the figure.
bool target_in_sentence(const SentenceView& v, const Quantity& q, bool lenient) {
  auto target = target_word_before(v, q.span.begin);
  if (!target) return target_after(v, q);
  if (lenient) return true;
  // 计划投资57.05亿元，完成投资36.63亿元: 完成 in a later clause than the target word makes
  // the figure actual again; in the same clause (力争全年完成22亿元) it does not.
  return !v.find_word(Words::actual_markers, v.clause_end_of(*target), q.span.begin, true, true);
}

// “十五五”期间年均增长5.5%以上 in a 2026 report: what a period not over when the document was
// written reaches can only be planned.
bool ends_after_writing(const Period& period, const StatusContext& ctx) {
  return period.complete() && ctx.doc_year && period.last_month() > Period::of_year(*ctx.doc_year).last_month();
}

}  // namespace

Status read_status(const SentenceView& v, const Quantity& q, const Claim* claim, const StatusContext& ctx,
                   const Period& period) {
  Status st;
  bool target = false;
  if (claim && claim->plan) {
    target = true;
  } else if (claim && !claim->pattern->modality.empty()) {
    // A completion is an actual, unless its own clause plans it (确保…完成年度计划的50％以上).
    target = claim->pattern->modality == "target" ||
             v.find_word(Words::strong_targets, v.clause_begin_of(q.span.begin), q.span.begin, true, true).has_value();
  } else {
    // In a list of targets, 实现 and 完成 are part of what is planned.
    target = target_in_sentence(v, q, ctx.target_paragraph) || target_date_before(v, q, ctx).has_value() ||
             ends_after_writing(period, ctx) || proposed(v, q);
    if (!target && (ctx.target_paragraph || ctx.plan_section)) {
      // A plan section's figures are targets unless the sentence reports a result:
      // a year already past, or words like 已 and 去年.
      bool past = period.ends_before(ctx.plan_period);
      past = past || v.find_word(Words::past_markers, v.clause_begin_of(q.span.begin), q.span.begin, true, true).has_value();
      target = !past;
    }
  }
  st.modality = target ? "target" : "actual";
  if (q.masked) st.status = "masked";
  else if (target) st.status = "target";
  else if (v.find_word(Words::estimates, topic_begin(v, q.span.begin), q.span.begin, true, true)) st.status = "estimate";
  return st;
}

}  // namespace zhibiao::detail
