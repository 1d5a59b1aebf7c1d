#include "zhibiao/rules/rule_set.hpp"

#include <algorithm>

#include "zhibiao/text/utf.hpp"

namespace zhibiao {

const std::vector<std::string>& RuleSet::list(const std::string& name) const {
  static const std::vector<std::string> empty;
  auto it = lists.find(name);
  return it == lists.end() ? empty : it->second;
}

const std::vector<std::u32string>& RuleSet::words(const std::string& name) const {
  static const std::vector<std::u32string> empty;
  auto it = lists32.find(name);
  return it == lists32.end() ? empty : it->second;
}

bool RuleSet::in_list(const std::string& name, std::u32string_view word) const {
  for (const auto& x : words(name))
    if (x == word) return true;
  return false;
}

std::optional<std::size_t> RuleSet::find_indicator(const std::string& key) const {
  for (std::size_t i = 0; i < indicators.size(); ++i)
    if (indicators[i].id == key || indicators[i].name == key) return i;
  return std::nullopt;
}

void RuleSet::finish() {
  lists32.clear();
  for (const auto& [name, ws] : lists) {
    auto& out = lists32[name];
    for (const auto& w : ws) out.push_back(from_utf8(w));
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  }
  aliases.clear();
  alias_matcher = AhoCorasick();
  for (std::size_t i = 0; i < indicators.size(); ++i)
    for (const auto& a : indicators[i].aliases) aliases.push_back({a, i, std::nullopt, indicators[i].bounded});
  for (std::size_t i = 0; i < composites.size(); ++i) aliases.push_back({composites[i].alias, std::nullopt, i, false});
  for (std::size_t i = 0; i < aliases.size(); ++i) alias_matcher.add(from_utf8(aliases[i].text), i);
  alias_matcher.build();
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
      bool cjk = before >= 0x3400 && before <= 0x9FFF;
      bool allowed = !cjk;
      // Places, scopes and the verbs that open a subject (力争, 实现 …) may run into a name.
      for (const char* list : {"alias_left_context", "mention_leading", "targets"})
        for (const auto& w : words(list))
          allowed = allowed || (m.begin >= begin + w.size() && text.substr(m.begin - w.size(), w.size()) == w);
      // 成渝地区双城经济圈经济总量: an area named before the indicator.
      for (const auto* area_words : {&regions.own, &regions.national, &regions.areas, &regions.joiners})
        for (const auto& w : *area_words)
          allowed = allowed || (m.begin >= begin + w.size() && text.substr(m.begin - w.size(), w.size()) == w);
      if (!allowed) continue;
    }
    out.push_back(m);
  }
  return out;
}

}  // namespace zhibiao
