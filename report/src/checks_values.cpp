// Checks on single figures and on one figure stated twice.
#include <cmath>
#include <cstdio>
#include <map>
#include <tuple>

#include "checks_internal.hpp"
#include "zhibiao/report/across_documents.hpp"

namespace zhibiao::report::detail {
namespace {

std::string plain(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  std::string s = buf;
  if (s.find('e') != std::string::npos) std::snprintf(buf, sizeof buf, "%.0f", v), s = buf;
  return s;
}

std::string where(const Record& r) { return r.period.empty() ? std::string() : r.period; }

std::string measure_zh(const std::string& m) {
  if (m == "value") return "数值";
  if (m == "growth") return "增速";
  if (m == "share") return "占比";
  if (m == "rank") return "排名";
  if (m == "completion") return "完成率";
  return m;
}

// 从2.86万亿元提高到3.74万亿元: two levels of one sentence joined by 提高到 are a change, not a clash.
bool changes_between(const Record& a, const Record& b, const CheckRules& rules) {
  if (a.doc != b.doc || a.sentence != b.sentence) return false;
  auto pa = a.sentence.find(a.text);
  auto pb = pa == std::string::npos ? pa : a.sentence.find(b.text, pa + a.text.size());
  if (pb == std::string::npos) return false;
  return !last_word(a.sentence.substr(pa + a.text.size(), pb - pa - a.text.size()), rules.level_connectors).empty();
}

}  // namespace

void check_conflicts(const Records& rs, const CheckRules& rules, Findings& out) {
  using Key = std::tuple<std::string, std::string, std::string, std::string, std::string, std::string, std::string,
                         std::string>;
  // indicator, part, measure, of, scope, period, modality, unit → first record per document. The
  // part is a mention that is not a name of the indicator (肉类产量, 总投资 vs 完成投资): those differ.
  std::map<std::pair<Key, std::string>, std::size_t> first_in_doc;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& r = rs[i];
    if (!usable(r) || r.indicator.empty() || r.measure.empty()) continue;
    // 高于全省1.2个百分点 and 比一季度加快0.4个百分点 compare with different bases.
    if (r.unit == "百分点") continue;
    std::string part = rules.canonical(r.mention) == r.indicator ? std::string() : r.mention;
    Key key{r.indicator, part, r.measure, r.of, r.scope, r.period, r.modality, r.unit};
    auto [it, fresh] = first_in_doc.try_emplace({key, r.doc}, i);
    if (fresh) continue;
    const Record& f = rs[it->second];
    if (overlaps(allowed(f, rules), allowed(r, rules))) continue;
    if (changes_between(f, r, rules)) continue;
    std::string arithmetic = shown(f) + " (" + f.value->str() + " " + f.unit + ") ≠ " + shown(r) + " (" +
                             r.value->str() + " " + r.unit + ")";
    out.push_back(finding("value_conflict", "warning", {it->second, i}, std::move(arithmetic),
                          "同一文件中" + where(r) + r.indicator + "的" + measure_zh(r.measure) + "先写作" + shown(f) + "，后写作" +
                              shown(r) + "。",
                          rs));
  }
  // Across the batch (the streaming pipeline runs the same check one document at a time).
  std::vector<AcrossDocuments::Conflict> found;
  AcrossDocuments across(rules, [&](AcrossDocuments::Conflict&& c) {
    found.push_back(std::move(c));
    return static_cast<std::uint64_t>(found.size() - 1);
  });
  std::vector<std::string> docs;
  std::map<std::string, std::vector<std::size_t>> by_doc;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    auto [it, fresh] = by_doc.try_emplace(rs[i].doc);
    if (fresh) docs.push_back(rs[i].doc);
    it->second.push_back(i);
  }
  for (const auto& doc : docs) {
    for (std::size_t i : by_doc[doc]) across.add(rs[i], i);
    across.end_document();
  }
  for (std::uint64_t id : across.conflicts()) {
    auto& c = found[id];
    out.push_back(finding("value_conflict_across_documents", rules.cross_document_severity, {c.first.number, c.second.number},
                          std::move(c.arithmetic), std::move(c.message), rs));
  }
}

void check_ranks(const Records& rs, const std::vector<Sentence>& ss, const CheckRules& rules, Findings& out) {
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& r = rs[i];
    if (!usable(r) || r.measure != "rank") continue;
    double rank = r.value->to_double();
    if (rank < 1) {
      out.push_back(finding("rank_not_positive", "error", {i}, "rank " + r.value->str() + " < 1",
                            "排名" + shown(r) + "不是正整数。", rs));
    } else if (r.of_total) {
      bool ok = rank <= static_cast<double>(*r.of_total);
      if (ok && !rules.report_verified) continue;
      std::string arithmetic = "rank " + r.value->str() + (ok ? " ≤ " : " > ") + std::to_string(*r.of_total) + " peers";
      out.push_back(finding(ok ? "rank_within_peers" : "rank_beyond_peers", ok ? "info" : "error", {i},
                            std::move(arithmetic),
                            "排名" + shown(r) + (ok ? "未超出" : "超出了") + r.scope + "（共" +
                                std::to_string(*r.of_total) + "个）" + (ok ? "的范围。" : "的总数。"),
                            rs));
    }
  }
  // A rank change: the words between two ranks in one sentence say which way it went.
  for (const auto& s : ss) {
    std::optional<std::size_t> prev;
    for (std::size_t i : s.records) {
      const Record& r = rs[i];
      if (!usable(r) || r.measure != "rank") continue;
      if (prev && rs[*prev].of == r.of) {
        const Record& a = rs[*prev];
        std::string between = s.slice(a.end, r.start);
        std::string better = last_word(between, rules.rank_better), worse = last_word(between, rules.rank_worse);
        std::string verb = between.rfind(worse) != std::string::npos && !worse.empty() &&
                                   (better.empty() || between.rfind(worse) + worse.size() >= between.rfind(better) + better.size())
                               ? worse
                               : better;
        if (!verb.empty()) {
          bool says_worse = verb == worse;
          int cmp = (*r.value <=> *a.value) < 0 ? -1 : (*r.value == *a.value ? 0 : 1);
          bool ok = says_worse ? cmp > 0 : cmp < 0;
          std::string arithmetic = "第" + a.value->str() + "位 → 第" + r.value->str() + "位: " +
                                   (cmp > 0 ? "lower (larger number)" : cmp < 0 ? "higher (smaller number)" : "unchanged") +
                                   ", text says " + verb;
          if (!ok || rules.report_verified)
            out.push_back(finding(ok ? "rank_change_verified" : "rank_change_contradicts_verb",
                                  ok ? "info" : (cmp == 0 ? "warning" : "error"), {*prev, i}, std::move(arithmetic),
                                  ok ? "排名由" + shown(a) + "到" + shown(r) + "，与“" + verb + "”相符。"
                                     : "排名由" + shown(a) + "到" + shown(r) + "，与“" + verb + "”矛盾。",
                                  rs));
        }
      }
      prev = i;
    }
  }
}

void check_signs(const Records& rs, const std::vector<Sentence>& ss, const CheckRules& rules, Findings& out) {
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& r = rs[i];
    if (usable(r) && r.measure == "share" && r.unit == "%" && r.value->to_double() > 100)
      out.push_back(finding("share_over_100", "error", {i}, r.value->str() + " % > 100 %",
                            "占比" + shown(r) + "超过100%。", rs));
  }
  for (const auto& s : ss)
    for (std::size_t i : s.records) {
      const Record& r = rs[i];
      if (!usable(r) || r.measure != "growth" || r.value->is_zero()) continue;
      std::string clause = s.clause_before(r.start);
      std::string up = last_word(clause, rules.growth_up), down = last_word(clause, rules.growth_down);
      if (up.empty() && down.empty()) continue;
      bool says_up = down.empty() || (!up.empty() && clause.rfind(up) + up.size() > clause.rfind(down) + down.size());
      std::string verb = says_up ? up : down;
      if (says_up == !r.value->negative()) continue;
      out.push_back(finding("growth_sign_contradicts_verb", "warning", {i},
                            "“" + verb + "” " + shown(r) + " stored as " + r.value->str() + " " + r.unit,
                            "增速" + shown(r) + "的正负与“" + verb + "”不一致。", rs));
    }
}

void check_plausible(const Records& rs, const CheckRules& rules, Findings& out) {
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const Record& r = rs[i];
    if (!usable(r)) continue;
    for (const auto& p : rules.plausible) {
      if (p.indicator != r.indicator || p.measure != r.measure || (!p.unit.empty() && p.unit != r.unit)) continue;
      double v = r.value->to_double();
      bool low = p.min && v < *p.min, high = p.max && v > *p.max;
      if (!low && !high) continue;
      std::string range = (p.min ? plain(*p.min) : "−∞") + "–" + (p.max ? plain(*p.max) : "∞");
      out.push_back(finding("implausible_magnitude", "warning", {i},
                            shown(r) + " = " + r.value->str() + " " + r.unit + ", plausible " + range + " " + r.unit,
                            r.indicator + shown(r) + (low ? "低于" : "高于") + "常见范围，可能是单位（万元/亿元）写错。",
                            rs));
    }
  }
}

}  // namespace zhibiao::report::detail
