// A word list with longest-match lookup at a position, forwards or backwards.
// Lookups take views (no temporary strings) and a position whose character starts
// (or ends) no word is turned away by a 256-bit filter before any lookup; past it, the
// words starting (ending) with that character are compared longest first, so a lookup
// hashes one character instead of every candidate length.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace zhibiao {

template <typename T>
class Lexicon {
 public:
  struct Hit {
    const T* entry = nullptr;
    std::size_t length = 0;
    explicit operator bool() const { return entry != nullptr; }
  };

  Lexicon() = default;
  Lexicon(const Lexicon& other) : words_(other.words_), first_(other.first_), last_(other.last_) {
    for (const auto& node : words_) index(node);
  }
  Lexicon& operator=(const Lexicon& other) {
    if (this != &other) *this = Lexicon(other);
    return *this;
  }
  // Moving keeps the map's nodes, so the index's pointers stay valid.
  Lexicon(Lexicon&&) noexcept = default;
  Lexicon& operator=(Lexicon&&) noexcept = default;
  ~Lexicon() = default;

  void add(std::u32string word, T value) {
    if (!word.empty()) {
      set(first_, word.front());
      set(last_, word.back());
    }
    auto [it, inserted] = words_.insert_or_assign(std::move(word), std::move(value));
    if (inserted) index(*it);
  }
  bool empty() const { return words_.empty(); }
  std::size_t size() const { return words_.size(); }
  const T* find(std::u32string_view word) const {
    auto it = words_.find(word);
    return it == words_.end() ? nullptr : &it->second;
  }

  // Longest word that starts at s[pos].
  Hit longest_at(std::u32string_view s, std::size_t pos) const {
    if (pos >= s.size() || !test(first_, s[pos])) return {};
    auto it = starting_.find(s[pos]);
    if (it == starting_.end()) return {};
    for (const Node* node : it->second)
      if (const auto& w = node->first; w.size() <= s.size() - pos && s.compare(pos, w.size(), w) == 0) return {&node->second, w.size()};
    return {};
  }
  // Longest word that ends just before s[end].
  Hit longest_before(std::u32string_view s, std::size_t end) const {
    if (end == 0 || !test(last_, s[end - 1])) return {};
    auto it = ending_.find(s[end - 1]);
    if (it == ending_.end()) return {};
    for (const Node* node : it->second)
      if (const auto& w = node->first; w.size() <= end && s.compare(end - w.size(), w.size(), w) == 0) return {&node->second, w.size()};
    return {};
  }

  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::u32string_view w) const { return std::hash<std::u32string_view>{}(w); }
  };
  struct Equal {
    using is_transparent = void;
    bool operator()(std::u32string_view a, std::u32string_view b) const { return a == b; }
  };
  const std::unordered_map<std::u32string, T, Hash, Equal>& words() const { return words_; }

 private:
  using Bits = std::array<std::uint64_t, 4>;
  static void set(Bits& bits, char32_t c) { bits[(c >> 6) & 3] |= std::uint64_t{1} << (c & 63); }
  static bool test(const Bits& bits, char32_t c) { return (bits[(c >> 6) & 3] >> (c & 63)) & 1u; }
  using Node = std::pair<const std::u32string, T>;
  // Words by their first (last) character, longest first.
  using Index = std::unordered_map<char32_t, std::vector<const Node*>>;
  static void insert_longest_first(std::vector<const Node*>& nodes, const Node* node) {
    auto at = std::find_if(nodes.begin(), nodes.end(), [&](const Node* n) { return n->first.size() < node->first.size(); });
    nodes.insert(at, node);
  }
  void index(const Node& node) {
    if (node.first.empty()) return;
    insert_longest_first(starting_[node.first.front()], &node);
    insert_longest_first(ending_[node.first.back()], &node);
  }

  std::unordered_map<std::u32string, T, Hash, Equal> words_;
  Index starting_, ending_;
  Bits first_{}, last_{};
};

}  // namespace zhibiao
