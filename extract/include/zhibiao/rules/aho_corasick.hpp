// Multi-literal search over code points: every occurrence of every word in one
// pass, used to find indicator aliases and to select the rules a clause can match.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
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
  bool empty() const { return nodes_.size() <= 1; }

  // All occurrences in [begin, end), in order of end position.
  std::vector<Match> find_all(std::u32string_view text, std::size_t begin, std::size_t end) const;
  // Leftmost-longest occurrences that do not overlap.
  std::vector<Match> find_longest(std::u32string_view text, std::size_t begin, std::size_t end) const;

 private:
  struct Node {
    std::unordered_map<char32_t, std::size_t> next;
    std::size_t fail = 0;
    std::size_t dict = 0;  // nearest node on the fail chain with outputs (0 = none)
    std::vector<std::pair<std::size_t, std::size_t>> out;  // (word id, length)
  };
  std::size_t step(std::size_t state, char32_t c) const;
  std::vector<Node> nodes_{1};
};

}  // namespace zhibiao
