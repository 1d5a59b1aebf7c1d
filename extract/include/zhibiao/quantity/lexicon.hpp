// A word list with longest-match lookup at a position, forwards or backwards.
// Lookups take views (no temporary strings) and a position whose character starts
// (or ends) no word is turned away by a 256-bit filter before any lookup.
#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace zhibiao {

template <typename T>
class Lexicon {
 public:
  struct Hit {
    const T* entry = nullptr;
    std::size_t length = 0;
    explicit operator bool() const { return entry != nullptr; }
  };

  void add(std::u32string word, T value) {
    max_len_ = std::max(max_len_, word.size());
    if (!word.empty()) {
      set(first_, word.front());
      set(last_, word.back());
    }
    words_.insert_or_assign(std::move(word), std::move(value));
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
    for (std::size_t len = std::min(max_len_, s.size() - pos); len > 0; --len)
      if (auto it = words_.find(s.substr(pos, len)); it != words_.end()) return {&it->second, len};
    return {};
  }
  // Longest word that ends just before s[end].
  Hit longest_before(std::u32string_view s, std::size_t end) const {
    if (end == 0 || !test(last_, s[end - 1])) return {};
    for (std::size_t len = std::min(max_len_, end); len > 0; --len)
      if (auto it = words_.find(s.substr(end - len, len)); it != words_.end()) return {&it->second, len};
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
  std::unordered_map<std::u32string, T, Hash, Equal> words_;
  std::size_t max_len_ = 0;
  Bits first_{}, last_{};
};

}  // namespace zhibiao
