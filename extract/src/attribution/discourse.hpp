// What a sentence inherits from the text before it: the section's period and
// whether it plans or reviews (headings), the period the last sentence that set
// one named (2025年，… / 五年来，… hold until another is named), a target list
// opened in the paragraph, and the paragraph's subject.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "period_finder.hpp"
#include "status_reader.hpp"
#include "zhibiao/attribution/document_info.hpp"
#include "zhibiao/text/segment.hpp"

namespace zhibiao::detail {

// How many characters open a line before its text: spaces and markup left in it
// (<U+00A0> written out, <p>), not counted when a heading's length or number is read.
inline std::size_t markup_lead(std::u32string_view line) {
  std::size_t n = 0;
  while (n < line.size() && line[n] < 0x80) {
    if (line[n] == U'<') {
      std::size_t close = line.find(U'>', n);
      if (close == std::u32string_view::npos || close - n > 16) break;
      n = close + 1;
    } else if (line[n] == U' ' || line[n] == U'\t') {
      ++n;
    } else {
      break;
    }
  }
  return n;
}

// What a paragraph's earlier sentences said that later ones lean on: the
// subject (分季度看，一季度增长5.4% is still GDP).
struct ParagraphSubject {
  std::optional<std::size_t> indicator;
  std::string mention, region;
  bool levels_only = false;  // named by a level alias
  bool known = false;
};

class Discourse {
 public:
  Discourse(const RuleSet& rules, DocumentInfo doc) : rules_(rules), doc_(std::move(doc)) {}

  // Called once per sentence, in order, before its figures are read.
  // `heading`: a short line without end punctuation.
  void next_sentence(std::u32string_view s, const Sentence& sentence, bool new_paragraph, bool heading,
                     const std::vector<PeriodMention>& periods);

  const DocumentInfo& doc() const { return doc_; }
  // The period a figure takes when its sentence names none.
  TimeFrame frame() const;
  StatusContext status_context() const;
  ParagraphSubject& subject() { return subject_; }
  bool heading() const { return heading_; }

 private:
  const RuleSet& rules_;
  DocumentInfo doc_;
  Period section_, topic_;
  int section_level_ = 0;  // of the heading that set section_: 1 for 一、, 2 for （一）, 0 unnumbered
  // 6月末，…; 1-11月，…: a month or a run of months opens a paragraph about it alone.
  Period paragraph_topic_;
  bool plan_section_ = false;
  bool target_paragraph_ = false;
  bool heading_ = false;
  bool front_matter_ = true;  // title, date and source lines before the first sentence of text
  ParagraphSubject subject_;
};

}  // namespace zhibiao::detail
