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

// Splits the whole text. Empty sentences (blank lines) are dropped; leading and
// trailing whitespace is trimmed off each sentence.
std::vector<Sentence> segment(const Text& text);

}  // namespace zhibiao
