#include "zhibiao/rules/rule_set.hpp"

#include <algorithm>
#include <map>

#include "zhibiao/text/utf.hpp"

namespace zhibiao {

const std::vector<std::string>& RuleSet::list(const std::string& name) const {
  static const std::vector<std::string> empty;
  auto it = lists.find(name);
  return it == lists.end() ? empty : it->second;
}

std::optional<std::size_t> RuleSet::find_indicator(const std::string& key) const {
  for (std::size_t i = 0; i < indicators.size(); ++i)
    if (indicators[i].id == key || indicators[i].name == key) return i;
  return std::nullopt;
}

void RuleSet::finish() {
  regions.finish();
  for (std::size_t i = 0; i < known_lists_.size(); ++i) {
    std::vector<std::u32string> out;
    for (const auto& w : list(std::string(name_of(static_cast<Words>(i))))) out.push_back(from_utf8(w));
    known_lists_[i] = WordList(std::move(out));
  }
  aliases.clear();
  alias_matcher = AhoCorasick();
  for (std::size_t i = 0; i < indicators.size(); ++i) {
    const auto& levels = indicators[i].level_aliases;
    for (const auto& a : indicators[i].aliases)
      aliases.push_back({a, i, std::nullopt, indicators[i].bounded, std::find(levels.begin(), levels.end(), a) != levels.end()});
  }
  for (std::size_t i = 0; i < composites.size(); ++i) aliases.push_back({composites[i].alias, std::nullopt, i, false, false});
  for (std::size_t i = 0; i < aliases.size(); ++i) alias_matcher.add(from_utf8(aliases[i].text), i);
  alias_matcher.build();
  // Patterns written twice (a copy at another priority, another measure) match the same
  // spans: a clause searches each regular expression once.
  std::map<std::string, std::size_t> regex_ids;
  for (auto& p : patterns) p.regex_id = regex_ids.try_emplace(p.expanded, regex_ids.size()).first->second;
  regex_count = regex_ids.size();
  std::vector<std::string> expressions(regex_count);
  for (const auto& p : patterns) expressions[p.regex_id] = p.loose.empty() ? p.expanded : p.loose;
  prefilter = PatternPrefilter(expressions);
  by_priority.resize(patterns.size());
  for (std::size_t i = 0; i < patterns.size(); ++i) by_priority[i] = i;
  std::stable_sort(by_priority.begin(), by_priority.end(), [&](std::size_t a, std::size_t b) {
    const auto &pa = patterns[a], &pb = patterns[b];
    return pa.priority != pb.priority ? pa.priority > pb.priority : pa.order < pb.order;
  });
  always_tried.clear();
  for (std::size_t i = 0; i < patterns.size(); ++i)
    if (patterns[i].required.empty()) always_tried.push_back(i);
  literal_matcher = AhoCorasick();
  for (std::size_t i = 0; i < patterns.size(); ++i)
    for (const auto& w : patterns[i].required) literal_matcher.add(w, i);
  literal_matcher.build();
  periods.finish();
}


std::vector<AhoCorasick::Match> RuleSet::find_mentions(std::u32string_view text, std::size_t begin,
                                                       std::size_t end) const {
  auto found = alias_matcher.find_longest(text, begin, end);
  std::vector<AhoCorasick::Match> out;
  for (const auto& m : found) {
    if (aliases[m.word].bounded && m.begin > begin) {
      char32_t before = text[m.begin - 1];
      bool allowed = !is_cjk(before);
      // Places, scopes and the verbs that open a subject (力争, 实现 …) may run into a name.
      for (Words list : {Words::alias_left_context, Words::mention_leading, Words::targets})
        if (!allowed && words(list).may_end(before))
          for (const auto& w : words(list))
            allowed = allowed || (m.begin >= begin + w.size() && text.substr(m.begin - w.size(), w.size()) == w);
      // 成渝地区双城经济圈经济总量: an area named before the indicator.
      for (const auto* area_words : {&regions.own, &regions.national, &regions.areas, &regions.joiners})
        for (const auto& w : *area_words)
          allowed = allowed || (m.begin >= begin + w.size() && text.substr(m.begin - w.size(), w.size()) == w);
      // 遂宁经济总量: a province or city by its name or short name.
      if (auto place = regions.places.longest_before(text, m.begin); !allowed && place)
        allowed = m.begin >= begin + place.length;
      if (!allowed) continue;
    }
    out.push_back(m);
  }
  return out;
}

}  // namespace zhibiao
