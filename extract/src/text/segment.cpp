// A table-driven splitter: for Chinese reports, punctuation decides sentence and
// clause ends; ICU's BreakIterator adds nothing here and runs 4x slower.
// Sentences are bounded (kMaxSentenceLength): a flattened table or a PDF dump
// with no 。 for megabytes becomes pieces cut at clause ends, and a run with no
// punctuation at all is cut where no figure is, so every later step costs
// linear time in the text.
#include "zhibiao/text/segment.hpp"

#include <algorithm>

namespace zhibiao {
namespace {

// Part of a figure or a word a cut must not split: digits, Chinese numerals, letters.
bool figure_char(char32_t c) {
  return is_ascii_digit(c) || c == U'.' || (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') ||
         std::u32string_view(U"零〇一二两三四五六七八九十百千万亿").find(c) != std::u32string_view::npos;
}

bool ends_sentence(char32_t c) {
  return c == U'。' || c == U'!' || c == U'?' || c == U'\n' || c == U'\r' || c == U'\u2029';
}

bool ends_clause(char32_t c) { return c == U',' || c == U';' || c == U':' || c == U'，'; }

bool is_space(char32_t c) { return c == U'\n' || c == U'\r' || c == U' ' || c == U'\t' || c == U'\u3000' || c == U'\u00A0'; }

Span trimmed(const std::u32string& s, std::size_t b, std::size_t e) {
  while (b < e && is_space(s[b])) ++b;
  while (e > b && is_space(s[e - 1])) --e;
  return {b, e};
}

std::size_t piece_end(const Text& text, std::size_t b, std::size_t e) {
  const auto& s = text.norm();
  if (e - b <= kMaxSentenceLength) return e;
  std::size_t limit = b + kMaxSentenceLength;
  // The last clause end in the second half of the window, where most pieces end.
  for (std::size_t i = limit; i > b + kMaxSentenceLength / 2; --i) {
    char32_t c = s[i - 1];
    if (ends_clause(c) && !(c == U',' && text.is_digit_group_comma(i - 1))) return i;
  }
  for (std::size_t i = limit; i > b + kMaxSentenceLength / 2; --i)
    if (is_space(s[i - 1])) return i;
  // No punctuation, no space: cut away from figures, so none loses its digits or
  // its unit (45亿|元, 6个百|分点): no digit or numeral in the four characters
  // before the cut or right after it. Else where at least no digit run is split.
  auto clear = [&](std::size_t i) {
    for (std::size_t k = i - 4; k <= i; ++k)
      if (figure_char(s[k])) return false;
    return true;
  };
  for (std::size_t i = limit; i > limit - 64; --i)
    if (clear(i)) return i;
  for (std::size_t i = limit; i > limit - 64; --i)
    if (!(figure_char(s[i - 1]) && figure_char(s[i]))) return i;
  return limit;
}

}  // namespace

std::vector<Sentence> segment(const Text& text) {
  const auto& s = text.norm();
  std::vector<Sentence> out;
  std::size_t start = 0;
  auto close_piece = [&](std::size_t end) {
    Span t = trimmed(s, start, end);
    start = end;
    if (t.size() == 0) return;
    Sentence sentence;
    sentence.begin = t.begin;
    sentence.end = t.end;
    std::size_t cb = t.begin;
    for (std::size_t i = t.begin; i < t.end; ++i) {
      char32_t c = s[i];
      if (!ends_clause(c) || (c == U',' && text.is_digit_group_comma(i))) continue;
      // 10.5:40.3:49.2 is a ratio, not two clauses.
      if (c == U':' && i > t.begin && i + 1 < t.end && is_ascii_digit(s[i - 1]) && is_ascii_digit(s[i + 1])) continue;
      Span ct = trimmed(s, cb, i + 1);
      if (ct.size()) sentence.clauses.push_back({ct, c == U';'});
      cb = i + 1;
    }
    Span ct = trimmed(s, cb, t.end);
    if (ct.size()) sentence.clauses.push_back({ct, false});
    out.push_back(std::move(sentence));
  };
  auto close_sentence = [&](std::size_t end) {
    // A sentence longer than the bound is closed piece by piece.
    Span t = trimmed(s, start, end);
    if (t.size() > kMaxSentenceLength) {
      start = t.begin;
      while (t.end - start > kMaxSentenceLength) close_piece(piece_end(text, start, t.end));
    }
    close_piece(end);
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!ends_sentence(s[i])) continue;
    // Keep closing quotes and brackets with the sentence they end.
    std::size_t end = i + 1;
    while (end < s.size() && (s[end] == U'”' || s[end] == U'’' || s[end] == U')' || s[end] == U'」')) ++end;
    close_sentence(end);
    i = end - 1;
  }
  close_sentence(s.size());
  return out;
}

}  // namespace zhibiao
