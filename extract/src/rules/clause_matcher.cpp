// Cost grows with matches, not with rules × text: the literal matcher selects
// the few patterns whose words occur in a clause, and only those run.
#include "zhibiao/rules/clause_matcher.hpp"

#include <algorithm>

#include "zhibiao/rules/placeholders.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {

TokenString make_token_string(const Text& text, const Clause& clause, const std::vector<Quantity>& quantities,
                              const std::vector<bool>& dropped, const std::vector<Mention>& mentions) {
  TokenString ts;
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

  std::vector<std::size_t> candidates;
  for (const auto& hit : rules.literal_matcher.find_all(ts.text, 0, ts.text.size())) candidates.push_back(hit.word);
  for (std::size_t i = 0; i < rules.patterns.size(); ++i)
    if (rules.patterns[i].required.empty()) candidates.push_back(i);
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  std::sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) {
    const auto &pa = rules.patterns[a], &pb = rules.patterns[b];
    return pa.priority != pb.priority ? pa.priority > pb.priority : pa.order < pb.order;
  });

  const auto* begin = reinterpret_cast<const UChar32*>(ts.text.data());
  const auto* end = begin + ts.text.size();
  for (std::size_t pi : candidates) {
    const Pattern& p = rules.patterns[pi];
    if (p.regex.empty() || figures_here.find_first_of(p.claims) == std::u32string::npos) continue;
    boost::match_results<const UChar32*> what;
    const UChar32* at = begin;
    bool matched = false;
    try {
      while (at < end && boost::u32regex_search(at, end, what, p.regex)) {
        matched = true;
        auto pos = [&](const UChar32* x) { return static_cast<std::size_t>(x - begin); };
        auto group = [&](const char* name) -> std::pair<std::size_t, std::size_t> {
          const auto& sub = what[name];  // unmatched when the pattern has no such group
          if (!sub.matched) return {0, 0};
          return {pos(sub.first), pos(sub.second)};
        };
        Claim claim;
        claim.pattern = &p;
        auto [sb, se] = group("scope");
        claim.scope = group_text(text, ts, sb, se);
        auto [ob, oe] = group("of");
        claim.of = group_text(text, ts, ob, oe);
        for (std::size_t t = ob; t < oe; ++t)
          if (ts.tokens[t].type == Token::mention) {
            claim.of_mentions.push_back(ts.tokens[t].index);
            m.mention_is_of[ts.tokens[t].index] = true;
          }
        auto [pb, pe] = group("period");
        claim.period = group_text(text, ts, pb, pe);
        if (pb < pe) claim.period_span = {ts.tokens[pb].begin, ts.tokens[pe - 1].end};
        auto [tb, te] = group("of_total");
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
        std::size_t mb = pos(what[0].first), me = pos(what[0].second);
        if (mb < ts.tokens.size()) claim.match_begin = ts.tokens[mb].begin;
        // (?<plan>…): the planned amount a completion is measured against (完成年度计划（58.2亿元）的109.1%).
        auto [lb, le] = group("plan");
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
        if (tracing) m.trace.push_back("  " + p.id + ": matched 「" + group_text(text, ts, mb, me) + "」");
        at = what[0].second > what[0].first ? what[0].second : what[0].first + 1;
      }
    } catch (const std::runtime_error&) {
      // Boost stops runaway backtracking with an exception: report it plainly, never hang.
      m.trace.push_back("  " + p.id + ": gave up on this clause (too much backtracking: Boost's match limit)");
      m.warnings.push_back("rule " + p.id + " gave up (too much backtracking) at character " +
                           std::to_string(text.to_original_begin(ts.tokens.empty() ? 0 : ts.tokens[0].begin)));
      continue;
    }
    if (tracing && !matched)
      m.trace.push_back("  " + p.id + (p.required.empty() ? ": tried, no match" : ": its words occur, but it does not match"));
  }
}

}  // namespace zhibiao
