// Checks on single figures and on one figure stated twice.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "checks_internal.hpp"

namespace zhibiao::report::detail {
namespace {

std::string plain(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  std::string s = buf;
  if (s.find('e') != std::string::npos) std::snprintf(buf, sizeof buf, "%.0f", v), s = buf;
  return s;
}

std::string measure_zh(const std::string& m) {
  if (m == "value") return "数值";
  if (m == "growth") return "增速";
  if (m == "change") return "增减量";
  if (m == "share") return "占比";
  if (m == "rank") return "排名";
  if (m == "completion") return "完成率";
  return m;
}

// What makes two figures the same figure: indicator, part, measure, of, scope, period,
// region, status, basis and unit. The part is a mention that is not a name of the
// indicator (肉类产量, 总投资 vs 完成投资): those differ.
using Key = std::tuple<std::string, std::string, std::string, std::string, std::string, std::string, std::string,
                       std::string, std::string, std::string>;

// A figure worth comparing with the same one elsewhere: a known indicator and period, not a
// gap in 百分点 (高于全省1.2个百分点 and 比一季度加快0.4个百分点 compare with different bases).
std::optional<Key> key_of(const Context& c, std::size_t i) {
  const Record& r = c.rs[i];
  if (!c.figure(i) || r.indicator.empty() || r.measure.empty() || r.unit == "百分点" || !known_period(r.period))
    return std::nullopt;
  // 约, 左右, 以上, 超 say less than the figure (and mostly mark targets); the first level of
  // a change (由1.58亿人次增加到3.23亿人次) belongs to the year the change starts from.
  if (r.qualifier != "exact" || c.from_level[i]) return std::nullopt;
  std::string part = c.rules.canonical(r.mention) == r.indicator ? std::string() : r.mention;
  return Key{r.indicator, part, r.measure, r.of, r.scope, r.period, r.region, status_of(r), r.basis, r.unit};
}

}  // namespace

void check_conflicts(const Context& c, Findings& out) {
  const auto& rs = c.rs;
  const auto& skip = c.rules.value_conflict_skip;
  for (const auto& doc : c.documents) {
    std::map<Key, std::size_t> first;
    std::set<std::pair<Key, std::string>> reported;  // a text written again repeats its conflicts
    for (std::size_t i : doc) {
      auto key = key_of(c, i);
      if (!key || std::find(skip.begin(), skip.end(), rs[i].indicator) != skip.end()) continue;
      auto [it, fresh] = first.try_emplace(*key, i);
      if (fresh) continue;
      const Record &f = rs[it->second], &r = rs[i];
      // One sentence naming an indicator twice lists parts, the levels of a change or a
      // 分别 list (从2021年的46503元和16935元分别提高到…): never one figure written twice.
      if (c.same_sentence(it->second, i)) continue;
      if (overlaps(allowed(f, c.rules), allowed(r, c.rules))) continue;
      if (!reported.emplace(*key, r.value->str()).second) continue;
      out.push_back(finding("value_conflict", "warning", {it->second, i},
                            fmt::format("{} ({} {}) ≠ {} ({} {})", shown(f), f.value->str(), f.unit, shown(r),
                                        r.value->str(), r.unit),
                            fmt::format("同一文件中{}{}的{}先写作{}，后写作{}。", r.period, r.indicator,
                                        measure_zh(r.measure), shown(f), shown(r)),
                            rs));
    }
  }
}

std::vector<std::pair<std::string, std::size_t>> first_figures(const Context& c, const std::vector<std::size_t>& doc) {
  std::vector<std::pair<std::string, std::size_t>> out;
  std::map<Key, bool> seen;
  for (std::size_t i : doc) {
    auto key = key_of(c, i);
    if (!key || c.rs[i].region.empty() || !seen.try_emplace(*key, true).second) continue;
    // The key's fields joined by a unit separator sort as the tuple does.
    std::string joined;
    std::apply([&](const auto&... field) { ((joined += field, joined += '\x1f'), ...); }, *key);
    out.emplace_back(std::move(joined), i);
  }
  return out;
}

AcrossText across_text(const std::string& first_shown, const std::string& first_doc, const Record& r) {
  return {fmt::format("{} ({}) ≠ {} ({})", first_shown, first_doc, shown(r), r.doc),
          fmt::format("{}{}{}的{}在两个文件中不同：{}与{}。", r.region, r.period, r.indicator, measure_zh(r.measure),
                      first_shown, shown(r))};
}

void check_across_documents(const Context& c, Findings& out) {
  const auto& rs = c.rs;
  // Two editions of one region's report: the same figure of the same region and period,
  // never two regions, never a figure whose region or period is not known. The batch
  // pipeline runs the same comparison a document at a time (AcrossDocuments).
  std::map<std::string, std::vector<std::size_t>> firsts;  // each document's first figure of a key
  for (const auto& doc : c.documents)
    for (auto& [key, i] : first_figures(c, doc)) firsts[key].push_back(i);
  for (const auto& [key, ids] : firsts) {
    const Record& f = rs[ids.front()];
    for (std::size_t k = 1; k < ids.size(); ++k) {
      const Record& r = rs[ids[k]];
      if (overlaps(allowed(f, c.rules), allowed(r, c.rules))) continue;
      auto text = across_text(shown(f), f.doc, r);
      out.push_back(finding("value_conflict_across_documents", c.rules.cross_document_severity, {ids.front(), ids[k]},
                            std::move(text.arithmetic), std::move(text.message), rs));
    }
  }
}

void check_rank_peers(const Context& c, Findings& out) {
  const auto& rs = c.rs;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& r = rs[i];
    if (!c.figure(i) || r.measure != "rank") continue;
    double rank = r.value->to_double();
    if (rank < 1) {
      out.push_back(finding("rank_not_positive", "error", {i}, fmt::format("rank {} < 1", r.value->str()),
                            fmt::format("排名{}不是正整数。", shown(r)), rs));
    } else if (r.of_total) {
      bool ok = rank <= static_cast<double>(*r.of_total);
      if (ok && !c.rules.report_verified) continue;
      out.push_back(finding(ok ? "rank_within_peers" : "rank_beyond_peers", ok ? "info" : "error", {i},
                            fmt::format("rank {} {} {} peers", r.value->str(), ok ? "≤" : ">", *r.of_total),
                            fmt::format("排名{}{}{}（共{}个）{}", shown(r), ok ? "未超出" : "超出了", r.scope, *r.of_total,
                                        ok ? "的范围。" : "的总数。"),
                            rs));
    }
  }
}

void check_rank_changes(const Context& c, Findings& out) {
  const auto& rs = c.rs;
  // The words between two ranks of one thing in one sentence say which way it went.
  for (const auto& s : c.sentences) {
    std::optional<std::size_t> prev;
    for (std::size_t i : s.records) {
      const Record& r = rs[i];
      if (!c.figure(i) || r.measure != "rank") continue;
      if (prev && rs[*prev].of == r.of && rs[*prev].indicator == r.indicator &&
          (!r.indicator.empty() || rs[*prev].mention == r.mention)) {
        const Record& a = rs[*prev];
        auto better = s.last_word(c.words.better, a.end, r.start), worse = s.last_word(c.words.worse, a.end, r.start);
        bool says_worse = worse && (!better || worse->end >= better->end);
        const std::optional<Found>& verb = says_worse ? worse : better;
        if (verb) {
          int cmp = (*r.value <=> *a.value) < 0 ? -1 : (*r.value == *a.value ? 0 : 1);
          bool ok = says_worse ? cmp > 0 : cmp < 0;
          std::string arithmetic =
              fmt::format("第{}位 → 第{}位: {}, text says {}", a.value->str(), r.value->str(),
                          cmp > 0 ? "lower (larger number)" : cmp < 0 ? "higher (smaller number)" : "unchanged", verb->word);
          if (!ok || c.rules.report_verified)
            out.push_back(finding(ok ? "rank_change_verified" : "rank_change_contradicts_verb",
                                  ok ? "info" : (cmp == 0 ? "warning" : "error"), {*prev, i}, std::move(arithmetic),
                                  fmt::format("排名由{}到{}，与“{}”{}", shown(a), shown(r), verb->word, ok ? "相符。" : "矛盾。"),
                                  rs));
        }
      }
      prev = i;
    }
  }
}

void check_share_over_100(const Context& c, Findings& out) {
  const auto& rs = c.rs;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& r = rs[i];
    if (c.figure(i) && r.measure == "share" && r.unit == "%" && r.value->to_double() > 100)
      out.push_back(finding("share_over_100", "error", {i}, fmt::format("{} % > 100 %", r.value->str()),
                            fmt::format("占比{}超过100%。", shown(r)), rs));
  }
}

void check_signs(const Context& c, Findings& out) {
  const auto& rs = c.rs;
  for (const auto& s : c.sentences)
    for (std::size_t i : s.records) {
      const Record& r = rs[i];
      if (!c.figure(i) || (r.measure != "growth" && r.measure != "change") || r.value->is_zero()) continue;
      std::size_t from = s.clause_start(r.start);
      auto up = s.last_word(c.words.up, from, r.start), down = s.last_word(c.words.down, from, r.start);
      if (!up && !down) continue;
      bool says_up = !down || (up && up->end > down->end) || (up && up->end == down->end && up->word.size() > down->word.size());
      const Found& verb = says_up ? *up : *down;
      // 增长4.7%、低于全国0.3个百分点: a comparison after the verb makes the figure a gap.
      if (s.last_word(c.words.compare, verb.end, r.start)) continue;
      if (says_up == !r.value->negative()) continue;
      out.push_back(finding("growth_sign_contradicts_verb", "warning", {i},
                            fmt::format("“{}” {} stored as {} {}", verb.word, shown(r), r.value->str(), r.unit),
                            fmt::format("增速{}的正负与“{}”不一致。", shown(r), verb.word), rs));
    }
}

void check_plausible(const Context& c, Findings& out) {
  const auto& rs = c.rs;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& r = rs[i];
    if (!c.figure(i)) continue;
    // The ranges describe one year's figure: not a total or a change over several years.
    if (r.basis == "累计" || r.period_kind == "multi-year" || r.period.find('/') != std::string::npos) continue;
    for (const auto& p : c.rules.plausible) {
      if (p.indicator != r.indicator || p.measure != r.measure) continue;
      // A range without a unit is a percent for growth, shares and completions: 增加7400亿元 is no growth rate.
      bool percent_measure = p.measure == "growth" || p.measure == "share" || p.measure == "completion";
      if (p.unit.empty() ? (percent_measure && r.unit != "%") : p.unit != r.unit) continue;
      double v = r.value->to_double();
      bool low = p.min && v < *p.min, high = p.max && v > *p.max;
      if (!low && !high) continue;
      std::string range = fmt::format("{}–{}", p.min ? plain(*p.min) : "−∞", p.max ? plain(*p.max) : "∞");
      out.push_back(finding("implausible_magnitude", "warning", {i},
                            fmt::format("{} = {} {}, plausible {} {}", shown(r), r.value->str(), r.unit, range, r.unit),
                            fmt::format("{}{}{}常见范围，可能是单位（万元/亿元）写错。", r.indicator, shown(r),
                                        low ? "低于" : "高于"),
                            rs));
    }
  }
}

}  // namespace zhibiao::report::detail
