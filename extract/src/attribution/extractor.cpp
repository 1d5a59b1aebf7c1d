// The extraction pipeline's entry points: rules in, records out. How figures
// find their indicators is in sentence_extractor.hpp.
#include "zhibiao/attribution/extractor.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "discourse.hpp"
#include "sentence_extractor.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/quantity/scanner.hpp"
#include "zhibiao/text/segment.hpp"

namespace zhibiao {

Result<Extractor> Extractor::builtin() {
  static const std::shared_ptr<const RuleSet> rules = [] {
    auto load = load_rules(builtin_rule_files());
    if (!load.ok()) throw std::runtime_error(fmt::format("built-in rules are broken: {}", load.errors.front().describe()));
    return std::shared_ptr<const RuleSet>(load.rules);
  }();
  return Extractor(rules);
}

Result<Extractor> Extractor::load(const std::vector<std::string>& replace, const std::vector<std::string>& add) {
  std::vector<RuleFile> files;
  if (replace.empty()) files = builtin_rule_files();
  for (const auto* dirs : {&replace, &add})
    for (const auto& dir : *dirs) {
      auto more = read_rule_dir(dir);
      if (!more) return more.error();
      files.insert(files.end(), more->begin(), more->end());
    }
  auto load = load_rules(files);
  if (!load.ok()) {
    Error e = load.errors.front();
    if (load.errors.size() > 1)
      e.message += fmt::format(" (and {} more problems: run zhibiao rules lint)", load.errors.size() - 1);
    return e;
  }
  return Extractor(load.rules);
}

std::vector<Record> Extractor::extract(const Document& doc, ExtractStats* stats, const DocumentMeta* meta) const {
  if (!doc.text) return {};
  return extract_text(doc.path, *doc.text, stats, nullptr, meta);
}

std::vector<Record> Extractor::extract_text(const std::string& doc_name, const Text& text, ExtractStats* stats,
                                            std::vector<std::string>* trace, const DocumentMeta* meta) const {
  Scanner scanner(rules_->units);
  std::vector<Record> out;
  std::vector<std::string> warnings;
  auto sentences = segment(text);
  std::size_t quantities = 0;
  DocumentInfo info = read_document_info(*rules_, text);
  if (meta) info = with_meta(*rules_, std::move(info), *meta);
  if (stats) stats->document = info;
  if (trace)
    trace->push_back(fmt::format("document: region {}, year {}, kind {}", info.region.empty() ? "?" : info.region,
                                 info.year ? fmt::to_string(*info.year) : "?", info.kind.empty() ? "?" : info.kind));
  detail::Discourse discourse(*rules_, std::move(info));
  std::size_t previous_end = 0;
  const auto& norm = text.norm_view();
  const auto started = std::chrono::steady_clock::now();
  std::string partial;
  for (const auto& sentence : sentences) {
    if (options_.max_records && out.size() >= options_.max_records) {
      partial = fmt::format("stopped after {} records (--max-records-per-doc) at character {}", out.size(),
                            text.to_original_begin(sentence.begin));
      break;
    }
    if (options_.max_seconds > 0 &&
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count() > options_.max_seconds) {
      partial = fmt::format("stopped after {:g} s (--max-seconds-per-doc) at character {}", options_.max_seconds,
                            text.to_original_begin(sentence.begin));
      break;
    }
    bool new_paragraph = norm.substr(previous_end, sentence.begin - previous_end).find(U'\n') != std::u32string_view::npos;
    previous_end = sentence.end;
    char32_t last = norm[sentence.end - 1];
    std::size_t lead = detail::markup_lead(norm.substr(sentence.begin, sentence.size()));
    bool heading = sentence.size() - lead <= 32 && last != U'。' && last != U'!' && last != U'?' && last != U';' &&
                   (sentence.end == norm.size() || norm[sentence.end] == U'\n' || norm[sentence.end] == U'\r');
    std::size_t before = out.size();
    quantities += detail::extract_sentence(*rules_, scanner, text, sentence, doc_name, discourse, new_paragraph,
                                           heading, out, warnings, trace);
    if (heading) discourse.subject() = {};  // a heading's subject does not run into the text
    if (trace)
      for (std::size_t i = before; i < out.size(); ++i) trace->push_back(fmt::format("  → record {}", to_json(out[i])));
  }
  if (options_.known_only)
    out.erase(std::remove_if(out.begin(), out.end(), [](const Record& r) { return r.indicator.empty(); }), out.end());
  if (stats) {
    stats->sentences += sentences.size();
    stats->quantities += quantities;
    stats->warnings.insert(stats->warnings.end(), warnings.begin(), warnings.end());
    stats->partial = partial;
  }
  return out;
}

}  // namespace zhibiao
