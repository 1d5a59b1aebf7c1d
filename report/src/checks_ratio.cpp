// part / whole = stated percent, in its three guises (rate, completion, share),
// and growth between two stated levels. Each looks at the figures near the one it
// checks (kNearby), or through an index of the document: linear in records.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "checks_internal.hpp"
#include "display.hpp"
#include "zhibiao/text/text.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::report::detail {
namespace {

// 100 · part / whole over the figures' precision; whole must be positive.
std::optional<Span> percent_of(Span part, Span whole) {
  if (whole.lo <= 0) return std::nullopt;
  return Span{100 * part.lo / whole.hi, 100 * part.hi / whole.lo};
}

// A level (not a percent, rank, growth or change) the arithmetic may use.
bool plain_amount(const Context& c, std::size_t i) {
  return c.figure(i) && !is_percent(c.rs[i]) && c.rs[i].measure == "value";
}

// A stated percent the arithmetic may use: a level in 元 or 个 is never compared with a percent.
bool stated_percent(const Context& c, std::size_t i) { return c.figure(i) && c.rs[i].unit == "%"; }

// Positions [lo, hi) of the sentence's records within kNearby of position k.
std::pair<std::size_t, std::size_t> nearby(const Sentence& s, std::size_t k) {
  return {k > kNearby ? k - kNearby : 0, std::min(s.records.size(), k + kNearby + 1)};
}

// Compares 100·part/whole with the stated percent; the verdict as a finding.
void compare_ratio(const Context& c, const std::string& check, const std::string& what, std::size_t part,
                   std::size_t whole, std::size_t stated, Findings& out) {
  const Record &p = c.rs[part], &w = c.rs[whole], &s = c.rs[stated];
  auto range = percent_of(allowed(p, c.rules), allowed(w, c.rules));
  if (!range) return;
  double exact = 100 * p.value->to_double() / w.value->to_double();
  int d = written_decimals(s) + 1;
  Span claim = allowed(s, c.rules);
  std::string arithmetic = fmt::format("{} / {} = {} %", shown(p), shown(w), fixed(exact, d));
  if (range->hi - range->lo > std::pow(10.0, -d))
    arithmetic += fmt::format(" ({} given their rounding)", fixed_span(*range, d));
  arithmetic += fmt::format(", stated {} ({})", shown(s), fixed_span(claim, d));
  bool ok = overlaps(*range, claim);
  if (ok && !c.rules.report_verified) return;
  std::string message = ok ? fmt::format("{}{}与{} / {}相符。", what, shown(s), shown(p), shown(w))
                           : fmt::format("{}{}与{} / {}算得的{}%不符。", what, shown(s), shown(p), shown(w), fixed(exact, d));
  out.push_back(finding(check + (ok ? "_verified" : "_mismatch"), ok ? "info" : "error", {part, whole, stated},
                        std::move(arithmetic), std::move(message), c.rs));
}

// whole ≈ part / (percent / 100), when the text states no whole.
void implied_whole(const Context& c, const std::string& id, const std::string& what, std::size_t part,
                   std::size_t stated, Findings& out) {
  const Record &p = c.rs[part], &s = c.rs[stated];
  Span ps = allowed(p, c.rules), ss = allowed(s, c.rules);
  if (ss.lo <= 0 || std::isinf(ss.hi) || s.value->to_double() <= 0) return;
  double exact = p.value->to_double() * 100 / s.value->to_double();
  Span range{ps.lo * 100 / ss.hi, ps.hi * 100 / ss.lo};
  // In the unit the part is written in (9万亿元 → 138.46万亿元, 1亿公顷 → 1.67亿公顷) unless that
  // needs five digits or more (81771万元 → 14.20亿元, not 141963.54万元): then in 亿 or 万 of the base unit.
  double scale = std::fabs(p.value->to_double()) >= 1e8 ? 1e8 : std::fabs(p.value->to_double()) >= 1e4 ? 1e4 : 1;
  std::string unit = fmt::format("{}{}", scale == 1e8 ? "亿" : scale == 1e4 ? "万" : "", p.unit);
  std::string raw_unit = to_utf8(Text(from_utf8(p.raw_unit)).norm());
  auto written = DisplayUnits().factor(raw_unit, p.unit);
  if (written && *written > 0 && std::fabs(exact / *written) < 1e4) {
    scale = *written;
    unit = raw_unit;
  }
  std::string arithmetic = fmt::format("{} / {} = {}{} ({}{})", shown(p), shown(s), fixed(exact / scale, 2), unit,
                                       fixed_span({range.lo / scale, range.hi / scale}, 2), unit);
  out.push_back(finding(id, "info", {part, stated}, std::move(arithmetic),
                        fmt::format("{}未写明，按{}与{}推算约为{}{}。", what, shown(p), shown(s), fixed(exact / scale, 2), unit),
                        c.rs));
}

// 占全国比重升至6.5%, 占全国近三成, 占全国集体林地面积的60%: the whole is named up to the first
// word that ends its name (比重, 近, 的 …); 占比达84.4% names none.
std::string whole_named(std::string text, const WordList& ends) {
  std::size_t cut = text.size();
  for (const auto& w : ends.utf8)
    if (auto at = text.find(w); at != std::string::npos) cut = std::min(cut, at);
  text.resize(cut);
  return text;
}

bool has_word(const std::string& text, const WordList& list) {
  for (const auto& w : list.utf8)
    if (contains(text, w)) return true;
  return false;
}

// The names a share's words may begin with (一般公共预算收入 in 占一般公共预算收入的, 占全县
// 财政总支出): pieces starting within the first few code points, up to a name's length, each
// looked up in the aliases, never every alias searched for.
constexpr std::size_t kLongestName = 24, kNameLead = 4;

std::vector<std::string> pieces(const std::string& text) {
  std::u32string t = from_utf8(text);
  std::vector<std::string> out;
  for (std::size_t a = 0; a < std::min(t.size(), kNameLead); ++a)
    for (std::size_t n = 2; n <= kLongestName && a + n <= t.size(); ++n) out.push_back(to_utf8(t.substr(a, n)));
  return out;
}

}  // namespace

void check_rates(const Context& c, Findings& out) {
  const auto& rs = c.rs;
  for (const auto& s : c.sentences) {
    for (std::size_t k = 0; k < s.records.size(); ++k) {
      std::size_t ri = s.records[k];
      const Record& rate = rs[ri];
      if (!stated_percent(c, ri) || rate.measure == "growth" || rate.measure == "share" || rate.measure == "change")
        continue;
      std::string suffix;
      for (const auto& x : c.rules.rate_suffixes)
        if (ends_with(rate.mention, x)) suffix = x;
      if (suffix.empty()) continue;
      // The rate's verb: the two characters before 率 (化解率 → 化解).
      std::u32string stem = from_utf8(rate.mention.substr(0, rate.mention.size() - suffix.size()));
      if (stem.size() < 2) continue;
      std::string verb = to_utf8(stem.substr(stem.size() - 2));
      std::string object = to_utf8(stem.substr(0, stem.size() - 2));  // 信访事项 of 信访事项化解率
      auto after_verb = [&](std::size_t i) {
        std::size_t at = rs[i].start, from = s.clause_start(at);
        return at >= from + 2 && s.slice(at - 2, at) == verb;
      };
      // The part is what the verb acts on: 化解91件, or 化解信访事项58件 under 信访事项化解率.
      // A mention that merely holds the verb (失业人员再就业 under 失业率) is not one.
      auto is_part = [&](std::size_t i) {
        if (after_verb(i)) return true;
        const Record& r = rs[i];
        if (r.mention.rfind(verb, 0) != 0) return false;
        std::string rest = r.mention.substr(verb.size());
        return !rest.empty() && contains(object, rest);
      };
      auto [lo, hi] = nearby(s, k);
      std::optional<std::size_t> part;
      for (std::size_t j = k; j-- > lo && !part;) {
        std::size_t i = s.records[j];
        if (plain_amount(c, i) && rs[i].start < rate.start && is_part(i) && comparable(c, i, ri)) part = i;
      }
      if (!part) continue;
      std::optional<std::size_t> whole;
      for (std::size_t j = lo; j < hi && !whole; ++j) {
        std::size_t i = s.records[j];
        if (i != *part && plain_amount(c, i) && rs[i].unit == rs[*part].unit && *rs[i].value >= *rs[*part].value &&
            !after_verb(i) && comparable(c, i, *part))
          whole = i;
      }
      if (whole) compare_ratio(c, "rate", rate.mention, *part, *whole, ri, out);
    }
  }
}

void check_completion(const Context& c, Findings& out) {
  const auto& rs = c.rs;
  for (const auto& s : c.sentences) {
    for (std::size_t k = 0; k < s.records.size(); ++k) {
      std::size_t ci = s.records[k];
      const Record& comp = rs[ci];
      if (!stated_percent(c, ci) || comp.measure != "completion") continue;
      auto [lo, hi] = nearby(s, k);
      // The completed amount: the nearest plain amount before the completion.
      std::optional<std::size_t> done;
      for (std::size_t j = k; j-- > lo && !done;) {
        std::size_t i = s.records[j];
        if (plain_amount(c, i) && rs[i].end <= comp.start && comparable(c, i, ci)) done = i;
      }
      if (!done) continue;
      auto planned_like = [&](std::size_t i) {
        const Record& r = rs[i];
        if (i == *done || !plain_amount(c, i) || r.unit != rs[*done].unit || r.start > comp.start) return false;
        if (r.region != rs[*done].region || r.basis != rs[*done].basis) return false;
        return status_of(r) == "target" || has_word(r.mention, c.words.plan) ||
               s.last_word(c.words.plan, s.clause_start(r.start), r.start).has_value();
      };
      // Prefer the plan the completion names (完成年度计划投资的21.4％ names 年度计划投资).
      std::string named = s.slice(std::max(rs[*done].end, comp.start > 64 ? comp.start - 64 : 0), comp.start);
      std::optional<std::size_t> plan, fallback;
      for (std::size_t j = k; j-- > lo;) {
        std::size_t i = s.records[j];
        if (!planned_like(i)) continue;
        std::size_t at = rs[i].start;
        std::string name = s.slice(std::max(s.clause_start(at), at > 32 ? at - 32 : 0), at);
        if (!plan && !name.empty() && contains(named, name)) plan = i;
        if (!fallback && rs[i].start < rs[*done].start) fallback = i;
      }
      if (!plan) plan = fallback;
      if (plan) compare_ratio(c, "completion", "完成率", *done, *plan, ci, out);
      else implied_whole(c, "completion_implies_plan", "计划数", *done, ci, out);
    }
  }
}

void check_shares(const Context& c, Findings& out) {
  const auto& rs = c.rs;
  // Each document's levels by indicator and by mention, in text order.
  std::vector<std::map<std::string, std::vector<std::size_t>>> by_indicator(c.documents.size()),
      by_mention(c.documents.size());
  std::map<std::string, std::size_t> doc_number;
  for (std::size_t d = 0; d < c.documents.size(); ++d) {
    if (!c.documents[d].empty()) doc_number[rs[c.documents[d].front()].doc] = d;
    for (std::size_t i : c.documents[d]) {
      if (!plain_amount(c, i)) continue;
      if (!rs[i].indicator.empty()) by_indicator[d][rs[i].indicator].push_back(i);
      if (!rs[i].mention.empty()) by_mention[d][rs[i].mention].push_back(i);
    }
  }
  for (const auto& s : c.sentences) {
    for (std::size_t k = 0; k < s.records.size(); ++k) {
      std::size_t si = s.records[k];
      const Record& share = rs[si];
      // 占全国份额从14%提升到15.5%: the earlier share is not the part's.
      if (!stated_percent(c, si) || share.measure != "share" || c.from_level[si]) continue;
      auto [lo, hi] = nearby(s, k);
      std::optional<std::size_t> part;
      for (std::size_t j = k; j-- > lo && !part;) {
        std::size_t i = s.records[j];
        const Record& r = rs[i];
        if (plain_amount(c, i) && r.end <= share.start &&
            ((!share.indicator.empty() && r.indicator == share.indicator) || r.mention == share.mention) &&
            comparable(c, i, si))
          part = i;
      }
      if (!part) continue;
      auto word = s.last_word(c.words.share, rs[*part].end, share.start);
      if (!word) continue;
      std::string named = whole_named(s.slice(std::max(word->end, share.start > 64 ? share.start - 64 : 0), share.start),
                                      c.words.share_whole_ends);
      // Indicators the words after 占 name, through the aliases; mentions written there.
      std::set<std::string> wholes, mentions;
      for (const auto& piece : pieces(named)) {
        auto it = c.rules.aliases.find(piece);
        if (it != c.rules.aliases.end()) wholes.insert(it->second);
        mentions.insert(piece);
      }
      auto fits = [&](std::size_t i) {
        const Record& r = rs[i];
        return i != *part && plain_amount(c, i) && r.unit == rs[*part].unit && *r.value >= *rs[*part].value &&
               comparable(c, i, *part);
      };
      // Prefer a whole in the same sentence, then the first in the document.
      std::optional<std::size_t> whole;
      for (std::size_t j = lo; j < hi && !whole; ++j) {
        std::size_t i = s.records[j];
        if (fits(i) && (wholes.count(rs[i].indicator) || mentions.count(rs[i].mention))) whole = i;
      }
      std::size_t d = doc_number[share.doc];
      auto earliest = [&](const std::map<std::string, std::vector<std::size_t>>& index, const std::set<std::string>& keys) {
        for (const auto& key : keys) {
          auto it = index.find(key);
          if (it == index.end()) continue;
          std::size_t tried = 0;
          for (std::size_t i : it->second) {
            if (++tried > 4 * kNearby) break;
            if (whole && rs[i].start >= rs[*whole].start) break;
            if (fits(i)) {
              whole = i;
              break;
            }
          }
        }
      };
      if (!whole) {
        earliest(by_indicator[d], wholes);
        earliest(by_mention[d], mentions);
      }
      if (whole) compare_ratio(c, "share", fmt::format("{}占比", share.mention), *part, *whole, si, out);
      else if (!named.empty()) {
        // 占全国6.5%: the whole is the country's 地区生产总值, not the country.
        const Record& pr = rs[*part];
        std::string of = pr.indicator.empty() ? pr.mention : pr.indicator;
        if (from_utf8(named).size() <= 2 && named.rfind("全", 0) == 0 && !contains(of, named)) named += of;
        implied_whole(c, "share_implies_total", named, *part, si, out);
      }
    }
  }
}

void check_growth_levels(const Context& c, Findings& out) {
  const auto& rs = c.rs;
  for (const auto& s : c.sentences) {
    const auto& ids = s.records;
    for (std::size_t y = 0; y < ids.size(); ++y) {
      const Record& b = rs[ids[y]];
      if (!plain_amount(c, ids[y]) || b.indicator.empty()) continue;
      auto x = c.change_from(s, y);
      if (!x) continue;
      const Record& a = rs[ids[*x]];
      auto hi = std::min(ids.size(), y + kNearby + 1);
      for (std::size_t z = y + 1; z < hi; ++z) {
        const Record& g = rs[ids[z]];
        if (g.indicator != a.indicator || g.measure != "growth") continue;
        if (!stated_percent(c, ids[z])) break;
        // 从2.86万亿元提高到3.74万亿元，年均增长5.9%: an average yearly rate, not the change between the levels.
        if (g.basis == "年均" || s.last_word(c.words.average, b.end, g.start)) break;
        Span from = allowed(a, c.rules), to = allowed(b, c.rules), claim = allowed(g, c.rules);
        if (from.lo <= 0) break;
        Span range{100 * (to.lo / from.hi - 1), 100 * (to.hi / from.lo - 1)};
        double exact = 100 * (b.value->to_double() / a.value->to_double() - 1);
        int d = written_decimals(g) + 1;
        bool ok = overlaps(range, claim);
        if (ok && !c.rules.report_verified) break;
        std::string arithmetic =
            fmt::format("({} − {}) / {} = {} % ({} given their rounding), stated {} ({})", shown(b), shown(a), shown(a),
                        fixed(exact, d), fixed_span(range, d), shown(g), fixed_span(claim, d));
        std::string message = fmt::format("{}由{}到{}{}{}{}", a.indicator, shown(a), shown(b),
                                          ok ? "，与增速" : "，与所述增速", shown(g), ok ? "相符。" : "不符。");
        out.push_back(finding(ok ? "growth_levels_verified" : "growth_levels_mismatch", ok ? "info" : "error",
                              {ids[*x], ids[y], ids[z]}, std::move(arithmetic), std::move(message), rs));
        break;
      }
    }
  }
}

}  // namespace zhibiao::report::detail
