// Records for tests, placed in a sentence the way the extractor places them:
// offsets in code points of the document, text sliced from the sentence.
#pragma once

#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::test {

class DocBuilder {
 public:
  explicit DocBuilder(std::string doc) : doc_(std::move(doc)) {}

  // Starts a sentence; it follows the previous one in the document.
  DocBuilder& sentence(std::string s) {
    base_ += from_utf8(sentence_).size();
    sentence_ = std::move(s);
    return *this;
  }

  // The figure `text` (its `nth` occurrence in the sentence); raw value and unit are read from it.
  Record& add(const std::string& text, const std::string& indicator, const std::string& mention,
              const std::string& measure, const std::string& value, const std::string& unit, int nth = 0) {
    std::u32string s = from_utf8(sentence_), t = from_utf8(text);
    std::size_t pos = s.find(t);
    for (int k = 0; k < nth && pos != std::u32string::npos; ++k) pos = s.find(t, pos + 1);
    if (pos == std::u32string::npos) throw std::invalid_argument("not in the sentence: " + text);
    Record r;
    r.doc = doc_;
    r.start = base_ + pos;
    r.end = r.start + t.size();
    r.text = text;
    r.sentence = sentence_;
    r.indicator = indicator;
    r.mention = mention;
    r.measure = measure;
    r.value = Decimal::parse(value);
    r.unit = unit;
    std::size_t i = 0;
    while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.' || text[i] == '-')) ++i;
    r.raw_value = text.substr(0, i);
    r.raw_unit = text.substr(i);
    r.rule = "test." + measure;
    records.push_back(r);
    return records.back();
  }

  std::vector<Record> records;

 private:
  std::string doc_;
  std::string sentence_;
  std::size_t base_ = 0;
};

}  // namespace zhibiao::test
