#include "zhibiao/rules/aho_corasick.hpp"

#include <algorithm>
#include <queue>

namespace zhibiao {

void AhoCorasick::add(std::u32string_view word, std::size_t id) {
  if (word.empty()) return;
  std::size_t n = 0;
  for (char32_t c : word) {
    auto it = nodes_[n].next.find(c);
    if (it == nodes_[n].next.end()) {
      nodes_.emplace_back();
      it = nodes_[n].next.emplace(c, nodes_.size() - 1).first;
    }
    n = it->second;
  }
  nodes_[n].out.emplace_back(id, word.size());
}

void AhoCorasick::build() {
  std::queue<std::size_t> q;
  for (auto& [c, child] : nodes_[0].next) {
    nodes_[child].fail = 0;
    q.push(child);
  }
  while (!q.empty()) {
    std::size_t n = q.front();
    q.pop();
    for (auto& [c, child] : nodes_[n].next) {
      std::size_t f = nodes_[n].fail;
      while (f && !nodes_[f].next.count(c)) f = nodes_[f].fail;
      auto it = nodes_[f].next.find(c);
      nodes_[child].fail = (it != nodes_[f].next.end() && it->second != child) ? it->second : 0;
      std::size_t fl = nodes_[child].fail;
      nodes_[child].dict = nodes_[fl].out.empty() ? nodes_[fl].dict : fl;
      q.push(child);
    }
  }
}

std::size_t AhoCorasick::step(std::size_t state, char32_t c) const {
  while (true) {
    auto it = nodes_[state].next.find(c);
    if (it != nodes_[state].next.end()) return it->second;
    if (state == 0) return 0;
    state = nodes_[state].fail;
  }
}

std::vector<AhoCorasick::Match> AhoCorasick::find_all(std::u32string_view text, std::size_t begin,
                                                      std::size_t end) const {
  std::vector<Match> out;
  std::size_t state = 0;
  for (std::size_t i = begin; i < end; ++i) {
    state = step(state, text[i]);
    for (std::size_t n = state; n; n = nodes_[n].dict) {
      for (auto [id, len] : nodes_[n].out)
        if (i + 1 >= begin + len) out.push_back({i + 1 - len, i + 1, id});
      if (!nodes_[n].dict) break;
    }
  }
  return out;
}

std::vector<AhoCorasick::Match> AhoCorasick::find_longest(std::u32string_view text, std::size_t begin,
                                                          std::size_t end) const {
  auto all = find_all(text, begin, end);
  std::sort(all.begin(), all.end(), [](const Match& a, const Match& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Match> out;
  std::size_t covered = begin;
  for (const auto& m : all) {
    if (m.begin < covered) continue;
    out.push_back(m);
    covered = m.end;
  }
  return out;
}

}  // namespace zhibiao
