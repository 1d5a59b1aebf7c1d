// NFKC is applied one original character at a time, so each normalized character
// knows exactly which original character it came from. Composition across
// characters (rare combining marks) is given up for that guarantee.
#include "zhibiao/text/text.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <unordered_map>
#include <vector>

namespace zhibiao {
namespace {

const icu::Normalizer2& nfkc() {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  return *n;
}

// The NFKC form of one character, from ICU.
std::u32string nfkc_of(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString s = nfkc().normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
  std::u32string folded;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) folded.push_back(static_cast<char32_t>(s.char32At(i)));
  if (U_FAILURE(status) || folded.empty()) folded = std::u32string(1, c);
  return folded;
}

constexpr char32_t kSeveral = 0xFFFFFFFF;  // the form is not one character: ask the cache

// Each BMP character's NFKC form when it is one character (itself for the inert ones),
// or kSeveral: built once, so a full-width comma costs one load instead of a hash lookup.
const std::vector<char32_t>& bmp_forms() {
  static const std::vector<char32_t> forms = [] {
    std::vector<char32_t> f(0x10000);
    for (char32_t k = 0; k < 0x10000; ++k) {
      if (nfkc().isInert(static_cast<UChar32>(k))) {
        f[k] = k;
        continue;
      }
      auto folded = nfkc_of(k);
      f[k] = folded.size() == 1 ? folded[0] : kSeveral;
    }
    return f;
  }();
  return forms;
}

// The NFKC form of a character outside the table's reach, from a per-thread cache.
const std::u32string& normalized(char32_t c) {
  thread_local std::unordered_map<char32_t, std::u32string> cache;
  auto it = cache.find(c);
  if (it == cache.end()) it = cache.emplace(c, nfkc_of(c)).first;
  return it->second;
}

}  // namespace

Text::Text(std::u32string original) : original_(std::move(original)) {
  // Most characters (ASCII, CJK, inert ones) stay as they are; the others are written
  // as NFKC makes them. The map is built from the first character that does not
  // normalize to exactly one.
  const std::size_t n = original_.size();
  norm_.resize(n);
  const std::vector<char32_t>* forms = nullptr;
  std::size_t k = 0;
  for (std::size_t i = 0; i < n; ++i) {
    char32_t c = original_[i];
    if (c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF)) {
      norm_[k] = c;
      if (!map_.empty()) map_[k] = static_cast<std::uint32_t>(i);
      ++k;
      continue;
    }
    if (c < 0x10000) {
      if (!forms) forms = &bmp_forms();
      if (char32_t f = (*forms)[c]; f != kSeveral) {
        norm_[k] = f;
        if (!map_.empty()) map_[k] = static_cast<std::uint32_t>(i);
        ++k;
        continue;
      }
    }
    const std::u32string& folded = normalized(c);
    if (folded.size() != 1 && map_.empty()) {
      map_.resize(n + 1);
      for (std::size_t j = 0; j < k; ++j) map_[j] = static_cast<std::uint32_t>(j);
    }
    if (std::size_t needed = k + folded.size() + (n - i - 1); needed > norm_.size()) {
      norm_.resize(needed);
      map_.resize(needed + 1);
    }
    for (char32_t f : folded) {
      norm_[k] = f;
      if (!map_.empty()) map_[k] = static_cast<std::uint32_t>(i);
      ++k;
    }
  }
  norm_.resize(k);
  if (!map_.empty()) {
    map_.resize(k);
    map_.push_back(static_cast<std::uint32_t>(n));
  }
}

std::size_t Text::to_original_begin(std::size_t b) const { return map_.empty() ? b : map_[b]; }

std::size_t Text::to_original_end(std::size_t e) const {
  if (map_.empty()) return e;
  return e == 0 ? 0 : map_[e - 1] + 1;
}

std::u32string_view Text::original_span(std::size_t b, std::size_t e) const {
  auto ob = to_original_begin(b);
  return std::u32string_view(original_).substr(ob, to_original_end(e) - ob);
}

bool Text::is_digit_group_comma(std::size_t i) const {
  if (i == 0 || i + 3 >= norm_.size() || norm_[i] != U',' || !is_ascii_digit(norm_[i - 1])) return false;
  for (std::size_t k = 1; k <= 3; ++k)
    if (i + k >= norm_.size() || !is_ascii_digit(norm_[i + k])) return false;
  if (i + 4 < norm_.size() && is_ascii_digit(norm_[i + 4])) return false;
  // A full-width comma groups digits only between full-width digits.
  if (original_at(i) == U'\uFF0C') return original_at(i - 1) != norm_[i - 1];
  return true;
}

}  // namespace zhibiao
