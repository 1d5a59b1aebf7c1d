// rules/periods.yaml: period words, bases and the words of a level reached.
#include "zhibiao/rules/period_rules.hpp"

#include <algorithm>
#include <charconv>

#include "section_reader.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

std::optional<int> to_int(std::string_view s) {
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return v;
}

}  // namespace

std::optional<YearRef> parse_year_ref(const std::string& text) {
  static const std::pair<const char*, YearRef::Base> bases[] = {{"doc", YearRef::Base::doc},
                                                                {"written", YearRef::Base::written},
                                                                {"review", YearRef::Base::review},
                                                                {"plan", YearRef::Base::plan},
                                                                {"context", YearRef::Base::context}};
  for (const auto& [name, base] : bases) {
    std::string_view n(name);
    if (text.rfind(n, 0) != 0) continue;
    std::string_view rest = std::string_view(text).substr(n.size());
    if (rest.empty()) return YearRef{base, 0};
    if (rest[0] != '+' && rest[0] != '-') return std::nullopt;
    auto off = to_int(rest.substr(1));
    if (!off) return std::nullopt;
    return YearRef{base, rest[0] == '-' ? -*off : *off};
  }
  auto y = to_int(text);
  if (!y || *y < 1900 || *y > 2200) return std::nullopt;
  return YearRef{YearRef::Base::absolute, *y};
}

std::optional<YearPart> parse_year_part(const std::string& text) {
  if (text.size() < 2) return std::nullopt;
  auto n = to_int(std::string_view(text).substr(1, text.find('-') == std::string::npos ? std::string::npos
                                                                                       : text.find('-') - 1));
  if (!n) return std::nullopt;
  YearPart p;
  p.first = p.last = *n;
  switch (text[0]) {
    case 'H': p.kind = YearPart::Kind::half; break;
    case 'Q': p.kind = YearPart::Kind::quarter; break;
    case 'M': p.kind = YearPart::Kind::month; break;
    default: return std::nullopt;
  }
  if (auto dash = text.find('-'); dash != std::string::npos) {
    if (p.kind != YearPart::Kind::month || dash + 2 > text.size() || text[dash + 1] != 'M') return std::nullopt;
    auto last = to_int(std::string_view(text).substr(dash + 2));
    if (!last || *last < p.first) return std::nullopt;
    p.last = *last;
    p.kind = YearPart::Kind::months;
  }
  int max = p.kind == YearPart::Kind::half ? 2 : p.kind == YearPart::Kind::quarter ? 4 : 12;
  if (p.first < 1 || p.last > max) return std::nullopt;
  return p;
}

void PeriodRules::finish() {
  matcher = AhoCorasick();
  for (std::size_t i = 0; i < words.size(); ++i) matcher.add(words[i].word, i);
  matcher.build();
  basis_matcher = AhoCorasick();
  basis_group.clear();
  for (std::size_t g = 0; g < bases.size(); ++g)
    for (const auto& w : bases[g]) {
      basis_matcher.add(w, basis_group.size());
      basis_group.push_back(g);
    }
  basis_matcher.build();
  std::stable_sort(level_reached.begin(), level_reached.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  std::stable_sort(topic_lead.begin(), topic_lead.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
}

void read_periods(const YAML::Node& section, SectionReader& r, PeriodRules& out) {
  if (!section.IsMap()) return r.fail(section, "periods has words:, topic_lead:, bases: and level_reached:");
  r.keys(section, {"words", "topic_lead", "bases", "level_reached"});
  if (const auto& ws = section["words"]; ws) {
    if (!ws.IsSequence()) return r.fail(ws, "words is a list of entries like {words: [上半年], part: H1}");
    for (const auto& e : ws) {
      r.keys(e, {"words", "year", "years", "part", "weak", "topic"});
      PeriodWord proto;
      if (e["year"]) {
        proto.year = parse_year_ref(r.scalar(e["year"]));
        if (!proto.year) r.fail(e["year"], "year is a number (2025) or doc, review, plan or context with an offset (review-1)");
      }
      if (const auto& ys = e["years"]; ys) {
        std::optional<YearRef> a, b;
        if (ys.IsSequence() && ys.size() == 2) a = parse_year_ref(r.scalar(ys[0])), b = parse_year_ref(r.scalar(ys[1]));
        if (!a || !b) r.fail(ys, "years is a span of two years: [review-4, review] or [2021, 2025]");
        else proto.years = std::pair{*a, *b};
      }
      if (e["part"]) {
        auto p = parse_year_part(r.scalar(e["part"]));
        if (!p) r.fail(e["part"], "part is H1, H2, Q1 … Q4, M1 … M12 or a run of months like M1-M9");
        else proto.part = *p;
      }
      if (e["weak"]) proto.weak = r.scalar(e["weak"]) == "true";
      if (e["topic"]) proto.topic = r.scalar(e["topic"]) != "false";
      if (!proto.year && !proto.years && proto.part.kind == YearPart::Kind::none)
        r.fail(e, "a period word needs a year, years or a part");
      for (auto& w : r.words(e["words"])) {
        PeriodWord pw = proto;
        pw.word = std::move(w);
        out.words.push_back(std::move(pw));
      }
    }
  }
  for (auto& w : r.words(section["topic_lead"])) out.topic_lead.push_back(std::move(w));
  if (const auto& bs = section["bases"]; bs) {
    if (!bs.IsSequence()) r.fail(bs, "bases is a list of word lists, the first word the basis shown: [[年均, 平均每年]]");
    else
      for (const auto& b : bs) {
        auto ws = r.words(b);
        if (!ws.empty()) out.bases.push_back(std::move(ws));
      }
  }
  for (auto& w : r.words(section["level_reached"])) out.level_reached.push_back(std::move(w));
}

}  // namespace zhibiao
