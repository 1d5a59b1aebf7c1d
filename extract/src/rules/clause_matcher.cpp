// Cost grows with matches, not with rules × text: the literal matcher selects
// the few patterns whose words occur in a clause, and only those run.
#include "zhibiao/rules/clause_matcher.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "zhibiao/rules/placeholders.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {

TokenString make_token_string(const Text& text, const Clause& clause, const std::vector<Quantity>& quantities,
                              const std::vector<bool>& dropped, const std::vector<Mention>& mentions) {
  TokenString ts;
  ts.text.reserve(clause.end - clause.begin);
  ts.tokens.reserve(clause.end - clause.begin);
  const auto& s = text.norm();
  std::size_t qi = 0, mi = 0;
  for (std::size_t i = clause.begin; i < clause.end;) {
    while (qi < quantities.size() && (quantities[qi].span.end <= i || dropped[qi])) ++qi;
    while (mi < mentions.size() && mentions[mi].end <= i) ++mi;
    if (qi < quantities.size() && quantities[qi].span.begin == i) {
      const auto& q = quantities[qi];
      ts.text.push_back(placeholder::for_quantity(q));
      ts.tokens.push_back({Token::figure, qi, q.span.begin, std::min(q.span.end, clause.end)});
      i = q.span.end;
      continue;
    }
    if (mi < mentions.size() && mentions[mi].begin == i) {
      ts.text.push_back(placeholder::kIndicator);
      ts.tokens.push_back({Token::mention, mi, mentions[mi].begin, mentions[mi].end});
      i = mentions[mi].end;
      continue;
    }
    ts.text.push_back(s[i]);
    ts.tokens.push_back({Token::character, 0, i, i + 1});
    ++i;
  }
  return ts;
}

namespace {

// One match of a pattern's regular expression over a token string: its span and the
// spans of the named groups a claim reads ({0, 0} when a group did not take part).
struct Match {
  std::size_t begin = 0, end = 0;
  std::pair<std::size_t, std::size_t> scope, of, period, of_total, plan;
};

// Every match of one regular expression, left to right, as the claims loop reads them.
struct Searched {
  std::size_t regex_id = 0;
  const std::string* expanded = nullptr;
  std::vector<Match> matches;
  bool gave_up = false;  // Boost's backtracking limit stopped it after `matches`
};

Searched search(const Pattern& p, const UChar32* begin, const UChar32* end, boost::match_results<const UChar32*>& what) {
  Searched out;
  out.regex_id = p.regex_id;
  out.expanded = &p.expanded;
  auto pos = [&](const UChar32* x) { return static_cast<std::size_t>(x - begin); };
  auto group = [&](const char* name) -> std::pair<std::size_t, std::size_t> {
    const auto& sub = what[name];  // unmatched when the pattern has no such group
    if (!sub.matched) return {0, 0};
    return {pos(sub.first), pos(sub.second)};
  };
  const UChar32* at = begin;
  try {
    while (at < end && boost::u32regex_search(at, end, what, p.regex)) {
      Match m;
      m.begin = pos(what[0].first);
      m.end = pos(what[0].second);
      m.scope = group("scope");
      m.of = group("of");
      m.period = group("period");
      m.of_total = group("of_total");
      m.plan = group("plan");
      out.matches.push_back(m);
      at = what[0].second > what[0].first ? what[0].second : what[0].first + 1;
    }
  } catch (const std::runtime_error&) {
    out.gave_up = true;
  }
  return out;
}

std::string group_text(const Text& text, const TokenString& ts, std::size_t b, std::size_t e) {
  if (b >= e) return {};
  return to_utf8(text.original_span(ts.tokens[b].begin, ts.tokens[e - 1].end));
}

}  // namespace

void match_clause(const RuleSet& rules, const Text& text, const std::vector<Quantity>& quantities, ClauseMatch& m,
                  bool tracing) {
  const auto& ts = m.tokens;
  std::u32string figures_here;
  for (char32_t c : ts.text)
    if (placeholder::is_figure(c)) figures_here.push_back(c);
  if (figures_here.empty()) return;

  // The patterns that can match, in the order they claim figures (by_priority): those
  // Vectorscan does not rule out, and of those it does not cover, the ones whose words
  // occur. A trace lists every pattern whose words occur, as an analyst reads it.
  const auto& prefilter = rules.prefilter;
  // One thread's buffers serve all its clauses: three allocations a clause fewer.
  thread_local std::vector<char> may_match, tried;
  thread_local std::vector<std::size_t> candidates;
  if (!tracing) prefilter.scan(ts.text, may_match);
  // tried, by pattern: its words occur (needed only where the first pass does not decide)
  if (tracing || !prefilter.covers_all()) {
    tried.assign(rules.patterns.size(), 0);
    for (const auto& h : rules.literal_matcher.find_all(ts.text, 0, ts.text.size())) tried[h.word] = 1;
    for (std::size_t i : rules.always_tried) tried[i] = 1;
  }
  candidates.clear();
  for (std::size_t i : rules.by_priority) {
    std::size_t id = rules.patterns[i].regex_id;
    bool covered = !tracing && prefilter.covers(id);
    if (covered ? may_match[id] : tried[i]) candidates.push_back(i);
  }

  const auto* begin = reinterpret_cast<const UChar32*>(ts.text.data());
  const auto* end = begin + ts.text.size();
  boost::match_results<const UChar32*> what;  // reused: each search resets it
  std::vector<Searched> searched;             // by regular expression: patterns that share one search once
  for (std::size_t pi : candidates) {
    const Pattern& p = rules.patterns[pi];
    if (p.regex.empty() || figures_here.find_first_of(p.claims) == std::u32string::npos) continue;
    auto cached = std::find_if(searched.begin(), searched.end(), [&](const Searched& x) {
      return x.regex_id == p.regex_id && *x.expanded == p.expanded;
    });
    if (cached == searched.end()) {
      searched.push_back(search(p, begin, end, what));
      cached = searched.end() - 1;
    }
    const Searched& found = *cached;
    bool matched = !found.matches.empty();
    for (const Match& hit : found.matches) {
      auto [sb, se] = hit.scope;
      Claim claim;
      claim.pattern = &p;
      claim.scope = group_text(text, ts, sb, se);
      auto [ob, oe] = hit.of;
      claim.of = group_text(text, ts, ob, oe);
      for (std::size_t t = ob; t < oe; ++t)
        if (ts.tokens[t].type == Token::mention) {
          claim.of_mentions.push_back(ts.tokens[t].index);
          m.mention_is_of[ts.tokens[t].index] = true;
        }
      auto [pb, pe] = hit.period;
      claim.period = group_text(text, ts, pb, pe);
      if (pb < pe) claim.period_span = {ts.tokens[pb].begin, ts.tokens[pe - 1].end};
      auto [tb, te] = hit.of_total;
      for (std::size_t t = tb; t < te; ++t)
        if (ts.tokens[t].type == Token::figure && quantities[ts.tokens[t].index].value) {
          claim.of_total = quantities[ts.tokens[t].index].value;
          if (!m.claims[ts.tokens[t].index]) {
            Claim consumed;
            consumed.pattern = &p;
            consumed.consumed = true;
            m.claims[ts.tokens[t].index] = consumed;
          }
        }
      std::size_t mb = hit.begin, me = hit.end;
      if (mb < ts.tokens.size()) claim.match_begin = ts.tokens[mb].begin;
      // (?<plan>…): the planned amount a completion is measured against (完成年度计划（58.2亿元）的109.1%).
      auto [lb, le] = hit.plan;
      for (std::size_t t = lb; t < le; ++t)
        if (ts.tokens[t].type == Token::figure && !m.claims[ts.tokens[t].index]) {
          Claim plan = claim;
          plan.plan = true;
          m.claims[ts.tokens[t].index] = plan;
        }
      for (std::size_t t = mb; t < me; ++t) {
        if (ts.tokens[t].type != Token::figure || (t >= tb && t < te) || (t >= lb && t < le)) continue;
        if (p.claims.find(ts.text[t]) == std::u32string::npos) continue;
        auto& slot = m.claims[ts.tokens[t].index];
        if (!slot) slot = claim;
      }
      if (tracing) m.trace.push_back(fmt::format("  {}: matched 「{}」", p.id, group_text(text, ts, mb, me)));
    }
    if (found.gave_up) {
      // Boost stops runaway backtracking with an exception: report it plainly, never hang.
      m.trace.push_back(fmt::format("  {}: gave up on this clause (too much backtracking: Boost's match limit)", p.id));
      m.warnings.push_back(fmt::format("rule {} gave up (too much backtracking) at character {}", p.id,
                                       text.to_original_begin(ts.tokens.empty() ? 0 : ts.tokens[0].begin)));
      continue;
    }
    if (tracing && !matched)
      m.trace.push_back(
          fmt::format("  {}: {}", p.id, p.required.empty() ? "tried, no match" : "its words occur, but it does not match"));
  }
}

}  // namespace zhibiao
