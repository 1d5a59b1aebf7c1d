#include "zhibiao/rules/aho_corasick.hpp"

#include <algorithm>
#include <queue>

namespace zhibiao {

void AhoCorasick::add(std::u32string_view word, std::size_t id) {
  if (word.empty()) return;
  std::uint32_t n = 0;
  for (char32_t c : word) {
    auto it = trie_[n].next.find(c);
    if (it == trie_[n].next.end()) {
      trie_.emplace_back();
      it = trie_[n].next.emplace(c, static_cast<std::uint32_t>(trie_.size() - 1)).first;
    }
    n = it->second;
  }
  trie_[n].out.emplace_back(id, word.size());
}

std::uint32_t AhoCorasick::child(std::uint32_t node, char32_t c) const {
  const Node& n = nodes_[node];
  auto b = edge_chars_.begin() + n.edges, e = edge_chars_.begin() + n.edges_end;
  auto it = std::lower_bound(b, e, c);
  return it != e && *it == c ? edge_targets_[static_cast<std::size_t>(it - edge_chars_.begin())] : 0;
}

void AhoCorasick::build() {
  nodes_.assign(trie_.size(), Node{});
  edge_chars_.clear();
  edge_targets_.clear();
  outs_.clear();
  std::fill(root_chars_.begin(), root_chars_.end(), 0);
  for (std::size_t i = 0; i < trie_.size(); ++i) {
    Node& n = nodes_[i];
    n.edges = static_cast<std::uint32_t>(edge_chars_.size());
    for (const auto& [c, target] : trie_[i].next) {  // std::map: already sorted
      edge_chars_.push_back(c);
      edge_targets_.push_back(target);
      if (i == 0 && c < 0x10000) root_chars_[c >> 6] |= std::uint64_t{1} << (c & 63);
    }
    n.edges_end = static_cast<std::uint32_t>(edge_chars_.size());
    n.outs = static_cast<std::uint32_t>(outs_.size());
    outs_.insert(outs_.end(), trie_[i].out.begin(), trie_[i].out.end());
    n.outs_end = static_cast<std::uint32_t>(outs_.size());
  }
  std::queue<std::uint32_t> q;
  for (const auto& [c, kid] : trie_[0].next) q.push(kid);
  while (!q.empty()) {
    std::uint32_t n = q.front();
    q.pop();
    for (const auto& [c, kid] : trie_[n].next) {
      std::uint32_t f = nodes_[n].fail;
      while (f && !child(f, c)) f = nodes_[f].fail;
      std::uint32_t target = child(f, c);
      nodes_[kid].fail = target != kid ? target : 0;
      std::uint32_t fl = nodes_[kid].fail;
      nodes_[kid].dict = nodes_[fl].outs == nodes_[fl].outs_end ? nodes_[fl].dict : fl;
      q.push(kid);
    }
  }
}

std::uint32_t AhoCorasick::step(std::uint32_t state, char32_t c) const {
  if (state == 0 && !may_start(c)) return 0;
  while (true) {
    if (std::uint32_t next = child(state, c)) return next;
    if (state == 0) return 0;
    state = nodes_[state].fail;
  }
}

std::vector<AhoCorasick::Match> AhoCorasick::find_all(std::u32string_view text, std::size_t begin,
                                                      std::size_t end) const {
  std::vector<Match> out;
  std::uint32_t state = 0;
  for (std::size_t i = begin; i < end; ++i) {
    state = step(state, text[i]);
    for (std::uint32_t n = state; n; n = nodes_[n].dict) {
      for (std::uint32_t k = nodes_[n].outs; k < nodes_[n].outs_end; ++k) {
        auto [id, len] = outs_[k];
        if (i + 1 >= begin + len) out.push_back({i + 1 - len, i + 1, id});
      }
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
