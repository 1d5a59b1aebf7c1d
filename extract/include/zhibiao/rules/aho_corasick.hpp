// Multi-literal search over code points: every occurrence of every word in one
// pass, used to find indicator aliases, period words and the rules a clause can match.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace zhibiao {

class AhoCorasick {
 public:
  struct Match {
    std::size_t begin, end;  // half-open
    std::size_t word;        // index given at add()
  };

  // Words may repeat with different ids; call build() after the last add().
  void add(std::u32string_view word, std::size_t id);
  void build();
  bool empty() const { return trie_.size() <= 1 && nodes_.size() <= 1; }

  // All occurrences in [begin, end), in order of end position.
  std::vector<Match> find_all(std::u32string_view text, std::size_t begin, std::size_t end) const;
  // Leftmost-longest occurrences that do not overlap.
  std::vector<Match> find_longest(std::u32string_view text, std::size_t begin, std::size_t end) const;

 private:
  // While words are added: a trie of maps. build() freezes it into flat arrays
  // (each node's edges sorted, searched by halving) so a search allocates nothing.
  struct TrieNode {
    std::map<char32_t, std::uint32_t> next;
    std::vector<std::pair<std::size_t, std::size_t>> out;  // (word id, length)
  };
  struct Node {
    std::uint32_t edges = 0, edges_end = 0;  // into edge_chars_ / edge_targets_
    std::uint32_t fail = 0;
    std::uint32_t dict = 0;                  // nearest node on the fail chain with outputs (0 = none)
    std::uint32_t outs = 0, outs_end = 0;    // into outs_
  };
  std::uint32_t child(std::uint32_t node, char32_t c) const;  // 0 when there is no edge
  std::uint32_t step(std::uint32_t state, char32_t c) const;
  bool may_start(char32_t c) const {
    return c >= 0x10000 || (root_chars_[c >> 6] >> (c & 63)) & 1u;
  }

  std::vector<TrieNode> trie_{1};
  std::vector<Node> nodes_{1};
  std::vector<char32_t> edge_chars_;
  std::vector<std::uint32_t> edge_targets_;
  std::vector<std::pair<std::size_t, std::size_t>> outs_;
  std::vector<std::uint64_t> root_chars_ = std::vector<std::uint64_t>(1024, 0);  // BMP characters that start a word
};

}  // namespace zhibiao
