// A word list with longest-match lookup at a position, forwards or backwards.
#pragma once

#include <algorithm>
#include <cstddef>
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
    words_.insert_or_assign(std::move(word), std::move(value));
  }
  bool empty() const { return words_.empty(); }
  std::size_t size() const { return words_.size(); }
  const T* find(std::u32string_view word) const {
    auto it = words_.find(std::u32string(word));
    return it == words_.end() ? nullptr : &it->second;
  }

  // Longest word that starts at s[pos].
  Hit longest_at(std::u32string_view s, std::size_t pos) const {
    for (std::size_t len = std::min(max_len_, s.size() - std::min(pos, s.size())); len > 0; --len)
      if (auto it = words_.find(std::u32string(s.substr(pos, len))); it != words_.end()) return {&it->second, len};
    return {};
  }
  // Longest word that ends just before s[end].
  Hit longest_before(std::u32string_view s, std::size_t end) const {
    for (std::size_t len = std::min(max_len_, end); len > 0; --len)
      if (auto it = words_.find(std::u32string(s.substr(end - len, len))); it != words_.end()) return {&it->second, len};
    return {};
  }

  const std::unordered_map<std::u32string, T>& words() const { return words_; }

 private:
  std::unordered_map<std::u32string, T> words_;
  std::size_t max_len_ = 0;
};

}  // namespace zhibiao
