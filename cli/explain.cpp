// zhibiao explain: a sentence, the sentence at an offset of a file, or a record of a file.
#include "commands.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <set>

#include "load_rules.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/text/document.hpp"
#include "zhibiao/text/segment.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::cli {
namespace {

std::set<std::u32string> bigrams(const std::u32string& s) {
  std::set<std::u32string> out;
  for (std::size_t i = 0; i + 1 < s.size(); ++i) out.insert(s.substr(i, 2));
  return out;
}

// Names the rules know that share the most pairs of characters with `written`.
std::vector<std::string> closest_names(const RuleSet& rs, const std::string& written, std::size_t max) {
  auto want = bigrams(from_utf8(written));
  std::vector<std::pair<double, std::string>> scored;
  for (const auto& a : rs.aliases) {
    auto have = bigrams(from_utf8(a.text));
    if (have.empty()) continue;
    std::size_t shared = 0;
    for (const auto& b : have) shared += want.count(b);
    if (!shared) continue;
    std::string owner = a.indicator ? rs.indicators[*a.indicator].name : "composite";
    std::string shown = owner == a.text ? a.text : fmt::format("{} ({})", a.text, owner);
    scored.emplace_back(static_cast<double>(shared) / static_cast<double>(have.size() + want.size()), shown);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
  std::vector<std::string> out;
  for (const auto& [score, name] : scored)
    if (out.size() < max && std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
  return out;
}

// Plain lines for a record the rules gave no indicator: what was searched, what came close.
void explain_no_indicator(const RuleSet& rs, const Text& text, const Record& r) {
  // The sentence text before the figure: where the indicator's name would stand.
  std::u32string before;
  for (const auto& s : segment(text)) {
    std::size_t b = text.to_original_begin(s.begin), e = text.to_original_end(s.end);
    if (b <= r.start && r.start < e) before = text.original().substr(b, r.start - b);
  }
  std::cout << fmt::format("    no indicator for {}: no name or alias of the {} indicators the rules know stands before it "
                           "in 「{}」\n",
                           r.text, rs.indicators.size(), to_utf8(before));
  std::string written = r.mention.empty() ? to_utf8(before) : r.mention;
  if (!r.mention.empty())
    std::cout << fmt::format("    its subject as written, 「{}」, is no indicator's name or alias\n", r.mention);
  auto near = closest_names(rs, written, 3);
  if (!near.empty()) std::cout << fmt::format("    closest names the rules know: {}\n", fmt::join(near, ", "));
  std::cout << "    to name it, add the words as an alias of an indicator (zhibiao rules list --indicators shows them)\n";
}

int explain_text(const Extractor& extractor, const std::string& name, const Text& text) {
  std::vector<std::string> trace;
  auto records = extractor.extract_text(name, text, nullptr, &trace);
  std::size_t k = 0;
  for (const auto& line : trace) {
    std::cout << line << "\n";
    if (line.rfind("  → record ", 0) == 0 && k < records.size()) {
      if (records[k].indicator.empty()) explain_no_indicator(extractor.rules(), text, records[k]);
      ++k;
    }
  }
  std::cout << fmt::format("{} record(s)\n", records.size());
  return 0;
}

// The Nth record of a document, explained in the context the whole document gives it
// (a heading's period, a paragraph's subject).
int explain_record(const Extractor& extractor, const Document& doc, long n) {
  std::vector<std::string> trace;
  auto records = extractor.extract_text(doc.path, *doc.text, nullptr, &trace);
  if (n < 1 || static_cast<std::size_t>(n) > records.size()) {
    std::cerr << fmt::format("zhibiao explain: {} has {} record(s); --record counts from 1\n", doc.path, records.size());
    return 2;
  }
  std::size_t want = static_cast<std::size_t>(n), seen = 0, block = 0, block_records = 0;
  for (std::size_t i = 0; i < trace.size(); ++i) {
    if (trace[i].rfind("sentence 「", 0) == 0) {
      block = i;
      block_records = seen;
    }
    if (trace[i].rfind("  → record ", 0) == 0 && ++seen == want) {
      std::size_t end = i + 1;
      while (end < trace.size() && trace[end].rfind("sentence 「", 0) != 0) ++end;
      std::size_t k = block_records;
      for (std::size_t j = block; j < end; ++j) {
        bool is_record = trace[j].rfind("  → record ", 0) == 0;
        if (!is_record) {
          std::cout << trace[j] << "\n";
          continue;
        }
        ++k;
        if (k == want) {
          std::cout << fmt::format("  ⇒ record {} of {}: {}\n", want, doc.path, trace[j].substr(std::string("  → record ").size()));
          if (records[k - 1].indicator.empty()) explain_no_indicator(extractor.rules(), *doc.text, records[k - 1]);
        } else {
          std::cout << trace[j] << "\n";
        }
      }
      return 0;
    }
  }
  return 0;
}

}  // namespace

int run_explain(const ExplainOptions& opt) {
  Extractor extractor = make_extractor(opt.rules);
  if (opt.file.empty()) return explain_text(extractor, "explain", Text(from_utf8(opt.sentence)));
  Document doc = load_document(opt.file);
  if (!doc.text) {
    std::cerr << fmt::format("zhibiao: {}: {}\n", opt.file, doc.error);
    return 2;
  }
  if (opt.record != 0) return explain_record(extractor, doc, opt.record);
  // The sentence around the offset (in original code points).
  const Text& t = *doc.text;
  auto off = static_cast<std::size_t>(std::max(0L, opt.offset));
  std::u32string sentence;
  for (const auto& s : segment(t))
    if (t.to_original_begin(s.begin) <= off && off < t.to_original_end(s.end))
      sentence = std::u32string(t.original_span(s.begin, s.end));
  if (sentence.empty()) {
    std::cerr << fmt::format("zhibiao: no sentence at offset {} in {}\n", off, opt.file);
    return 2;
  }
  return explain_text(extractor, "explain", Text(sentence));
}

}  // namespace zhibiao::cli
