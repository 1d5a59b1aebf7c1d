// Sentences (。！？ and line ends) and their clauses (，；：), as normalized spans.
#pragma once

#include <cstddef>
#include <vector>

#include "zhibiao/text/text.hpp"

namespace zhibiao {

struct Span {
  std::size_t begin = 0, end = 0;  // half-open, normalized positions
  std::size_t size() const { return end - begin; }
  bool contains(std::size_t pos) const { return pos >= begin && pos < end; }
};

struct Clause : Span {
  // The clause ends with ；: a topic break, so the subject does not carry over.
  bool ends_topic = false;
};

struct Sentence : Span {
  std::vector<Clause> clauses;
};

// No sentence is longer: a longer one is cut at a clause end (，；：), else at a
// space, else where no figure runs across, into pieces of at most this many
// code points.
inline constexpr std::size_t kMaxSentenceLength = 2000;

// Splits the whole text. Empty sentences (blank lines) are dropped; leading and
// trailing whitespace is trimmed off each sentence.
std::vector<Sentence> segment(const Text& text);

}  // namespace zhibiao
