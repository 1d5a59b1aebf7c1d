// part / whole = stated percent, in its three guises (rate, completion, share),
// and growth between two stated levels.
#include <cmath>
#include <map>
#include <set>

#include "checks_internal.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::report::detail {
namespace {

// 100 · part / whole over the figures' precision; whole must be positive.
std::optional<Span> percent_of(Span part, Span whole) {
  if (whole.lo <= 0) return std::nullopt;
  return Span{100 * part.lo / whole.hi, 100 * part.hi / whole.lo};
}

bool plain_amount(const Record& r) { return usable(r) && !is_percent(r) && r.measure != "rank"; }

// Compares 100·part/whole with the stated percent; the verdict as a finding.
void compare_ratio(const std::string& check, const char* what, std::size_t part, std::size_t whole, std::size_t stated,
                   const Records& rs, const CheckRules& rules, Findings& out) {
  const Record &p = rs[part], &w = rs[whole], &s = rs[stated];
  auto range = percent_of(allowed(p, rules), allowed(w, rules));
  if (!range) return;
  double exact = 100 * p.value->to_double() / w.value->to_double();
  int d = written_decimals(s) + 1;
  Span claim = allowed(s, rules);
  std::string arithmetic = shown(p) + " / " + shown(w) + " = " + fmt(exact, d) + " %";
  if (range->hi - range->lo > std::pow(10.0, -d)) arithmetic += " (" + fmt_span(*range, d) + " given their rounding)";
  arithmetic += ", stated " + shown(s) + " (" + fmt_span(claim, d) + ")";
  bool ok = overlaps(*range, claim);
  if (ok && !rules.report_verified) return;
  std::string message = ok ? std::string(what) + shown(s) + "与" + shown(p) + " / " + shown(w) + "相符。"
                           : std::string(what) + shown(s) + "与" + shown(p) + " / " + shown(w) + "算得的" +
                                 fmt(exact, d) + "%不符。";
  out.push_back(finding(check + (ok ? "_verified" : "_mismatch"), ok ? "info" : "error", {part, whole, stated},
                        std::move(arithmetic), std::move(message), rs));
}

// whole ≈ part / (percent / 100), when the text states no whole.
void implied_whole(const std::string& id, const char* what, std::size_t part, std::size_t stated, const Records& rs,
                   const CheckRules& rules, Findings& out) {
  const Record &p = rs[part], &s = rs[stated];
  Span ps = allowed(p, rules), ss = allowed(s, rules);
  if (ss.lo <= 0 || std::isinf(ss.hi) || s.value->to_double() <= 0) return;
  double exact = p.value->to_double() * 100 / s.value->to_double();
  Span range{ps.lo * 100 / ss.hi, ps.hi * 100 / ss.lo};
  double scale = std::fabs(p.value->to_double()) >= 1e8 ? 1e8 : std::fabs(p.value->to_double()) >= 1e4 ? 1e4 : 1;
  std::string unit = (scale == 1e8 ? "亿" : scale == 1e4 ? "万" : "") + p.unit;
  std::string arithmetic = shown(p) + " / " + shown(s) + " = " + fmt(exact / scale, 2) + unit + " (" +
                           fmt_span({range.lo / scale, range.hi / scale}, 2) + unit + ")";
  out.push_back(finding(id, "info", {part, stated}, std::move(arithmetic),
                        std::string(what) + "未写明，按" + shown(p) + "与" + shown(s) + "推算约为" +
                            fmt(exact / scale, 2) + unit + "。",
                        rs));
}

}  // namespace

void check_rates(const Records& rs, const std::vector<Sentence>& ss, const CheckRules& rules, Findings& out) {
  for (const auto& s : ss) {
    for (std::size_t ri : s.records) {
      const Record& rate = rs[ri];
      if (!usable(rate) || rate.unit != "%" || rate.measure == "growth" || rate.measure == "share") continue;
      std::string suffix;
      for (const auto& x : rules.rate_suffixes)
        if (ends_with(rate.mention, x)) suffix = x;
      if (suffix.empty()) continue;
      // The rate's verb: the two characters before 率 (化解率 → 化解).
      std::u32string stem = from_utf8(rate.mention.substr(0, rate.mention.size() - suffix.size()));
      if (stem.size() < 2) continue;
      std::string verb = to_utf8(stem.substr(stem.size() - 2));
      std::string object = to_utf8(stem.substr(0, stem.size() - 2));  // 信访事项 of 信访事项化解率
      // The part is what the verb acts on: 化解91件, or 化解信访事项58件 under 信访事项化解率.
      // A mention that merely holds the verb (失业人员再就业 under 失业率) is not one.
      auto is_part = [&](const Record& r) {
        if (ends_with(s.clause_before(r.start), verb)) return true;
        if (r.mention.rfind(verb, 0) != 0) return false;
        std::string rest = r.mention.substr(verb.size());
        return !rest.empty() && contains(object, rest);
      };
      std::optional<std::size_t> part;
      for (std::size_t i : s.records)
        if (i != ri && plain_amount(rs[i]) && rs[i].start < rate.start && is_part(rs[i])) part = i;
      if (!part) continue;
      std::optional<std::size_t> whole;
      for (std::size_t i : s.records)
        if (!whole && i != *part && plain_amount(rs[i]) && rs[i].unit == rs[*part].unit &&
            *rs[i].value >= *rs[*part].value && !ends_with(s.clause_before(rs[i].start), verb))
          whole = i;
      if (whole) compare_ratio("rate", rate.mention.c_str(), *part, *whole, ri, rs, rules, out);
    }
  }
}

void check_completion(const Records& rs, const std::vector<Sentence>& ss, const CheckRules& rules, Findings& out) {
  for (const auto& s : ss) {
    for (std::size_t ci : s.records) {
      const Record& c = rs[ci];
      if (!usable(c) || c.measure != "completion" || c.unit != "%") continue;
      // The completed amount: the nearest plain amount before the completion.
      std::optional<std::size_t> done;
      for (std::size_t i : s.records)
        if (plain_amount(rs[i]) && rs[i].end <= c.start) done = i;
      if (!done) continue;
      auto planned_like = [&](std::size_t i) {
        const Record& r = rs[i];
        if (i == *done || !plain_amount(r) || r.unit != rs[*done].unit || r.start > c.start) return false;
        return r.modality == "target" || !last_word(r.mention, rules.plan_words).empty() ||
               !last_word(s.clause_before(r.start), rules.plan_words).empty();
      };
      // Prefer the plan the completion names (完成年度计划投资的21.4％ names 年度计划投资).
      std::string named = s.slice(rs[*done].end, c.start);
      std::optional<std::size_t> plan, fallback;
      for (std::size_t i : s.records) {
        if (!planned_like(i)) continue;
        std::string name = s.clause_before(rs[i].start);
        if (!name.empty() && contains(named, name)) plan = i;
        if (rs[i].start < rs[*done].start) fallback = i;
      }
      if (!plan) plan = fallback;
      if (plan) compare_ratio("completion", "完成率", *done, *plan, ci, rs, rules, out);
      else implied_whole("completion_implies_plan", "计划数", *done, ci, rs, rules, out);
    }
  }
}

void check_shares(const Records& rs, const std::vector<Sentence>& ss, const CheckRules& rules, Findings& out) {
  std::map<std::string, std::vector<std::size_t>> by_doc;
  for (std::size_t i = 0; i < rs.size(); ++i)
    if (plain_amount(rs[i]) && rs[i].measure == "value") by_doc[rs[i].doc].push_back(i);
  for (const auto& s : ss) {
    for (std::size_t si : s.records) {
      const Record& share = rs[si];
      if (!usable(share) || share.measure != "share" || share.unit != "%") continue;
      std::optional<std::size_t> part;
      for (std::size_t i : s.records)
        if (plain_amount(rs[i]) && rs[i].end <= share.start &&
            ((!share.indicator.empty() && rs[i].indicator == share.indicator) || rs[i].mention == share.mention))
          part = i;
      if (!part) continue;
      std::string between = s.slice(rs[*part].end, share.start);
      std::string word = last_word(between, rules.share_words);
      if (word.empty()) continue;
      std::string named = between.substr(between.rfind(word) + word.size());
      // Indicators the words after 占 name, through the aliases.
      std::set<std::string> wholes;
      for (const auto& [alias, name] : rules.aliases)
        if (contains(named, alias)) wholes.insert(name);
      // Prefer a whole in the same sentence, then anywhere in the document.
      std::vector<std::size_t> candidates = s.records;
      const auto& in_doc = by_doc[share.doc];
      candidates.insert(candidates.end(), in_doc.begin(), in_doc.end());
      std::optional<std::size_t> whole;
      for (std::size_t i : candidates) {
        if (whole) break;
        const Record& r = rs[i];
        if (i != *part && plain_amount(r) && r.doc == share.doc && r.unit == rs[*part].unit &&
            r.modality == rs[*part].modality && r.measure == "value" &&
            (wholes.count(r.indicator) || (!r.mention.empty() && contains(named, r.mention))))
          whole = i;
      }
      if (whole) compare_ratio("share", (share.mention + "占比").c_str(), *part, *whole, si, rs, rules, out);
      else if (!named.empty()) implied_whole("share_implies_total", named.c_str(), *part, si, rs, rules, out);
    }
  }
}

void check_growth_levels(const Records& rs, const std::vector<Sentence>& ss, const CheckRules& rules, Findings& out) {
  for (const auto& s : ss) {
    const auto& ids = s.records;
    for (std::size_t x = 0; x < ids.size(); ++x)
      for (std::size_t y = x + 1; y < ids.size(); ++y) {
        const Record &a = rs[ids[x]], &b = rs[ids[y]];
        if (!plain_amount(a) || !plain_amount(b) || a.measure != "value" || b.measure != "value" ||
            a.indicator.empty() || a.indicator != b.indicator || a.unit != b.unit)
          continue;
        if (last_word(s.slice(a.end, b.start), rules.level_connectors).empty()) continue;
        for (std::size_t z = y + 1; z < ids.size(); ++z) {
          const Record& g = rs[ids[z]];
          if (!usable(g) || g.measure != "growth" || g.unit != "%" || g.indicator != a.indicator) continue;
          // 从2.86万亿元提高到3.74万亿元，年均增长5.9%: an average yearly rate, not the change between the levels.
          if (!last_word(s.slice(b.end, g.start), rules.average_words).empty()) break;
          Span from = allowed(a, rules), to = allowed(b, rules), claim = allowed(g, rules);
          if (from.lo <= 0) break;
          Span range{100 * (to.lo / from.hi - 1), 100 * (to.hi / from.lo - 1)};
          double exact = 100 * (b.value->to_double() / a.value->to_double() - 1);
          int d = written_decimals(g) + 1;
          bool ok = overlaps(range, claim);
          if (ok && !rules.report_verified) break;
          std::string arithmetic = "(" + shown(b) + " − " + shown(a) + ") / " + shown(a) + " = " + fmt(exact, d) +
                                   " % (" + fmt_span(range, d) + " given their rounding), stated " + shown(g) + " (" +
                                   fmt_span(claim, d) + ")";
          std::string message = a.indicator + "由" + shown(a) + "到" + shown(b) + (ok ? "，与增速" : "，与所述增速") +
                                shown(g) + (ok ? "相符。" : "不符。");
          out.push_back(finding(ok ? "growth_levels_verified" : "growth_levels_mismatch", ok ? "info" : "error",
                                {ids[x], ids[y], ids[z]}, std::move(arithmetic), std::move(message), rs));
          break;
        }
      }
  }
}

}  // namespace zhibiao::report::detail
