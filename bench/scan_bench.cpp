// zhibiao_bench [DIR...]: MB/s and documents/s of each case over the .txt files
// of DIR (default ../shared/corpus). A case is a name and a function from one
// document's bytes to the number of items it found; add one to `cases()`.
#include <boost/regex.hpp>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <string>
#include <vector>

#include "generated_rules.hpp"
#include "zhibiao/text/document.hpp"
#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/quantity/scanner.hpp"
#include "zhibiao/text/segment.hpp"
#include "zhibiao/text/utf.hpp"

namespace {

struct Case {
  const char* name;
  std::function<std::size_t(const std::string& bytes)> run;
};

std::vector<Case> cases() {
  std::vector<Case> out;
  // The floor: lenient UTF-8 decoding and one number pattern over the bytes.
  out.push_back({"baseline: utf8 + regex", [](const std::string& bytes) {
                   static const boost::regex number("[0-9]+(?:\\.[0-9]+)?");
                   std::size_t chars = zhibiao::from_utf8(bytes).size();
                   std::size_t n = 0;
                   for (boost::sregex_iterator it(bytes.begin(), bytes.end(), number), end; it != end; ++it) ++n;
                   return n + (chars > bytes.size() ? 1 : 0);  // uses the decoded text: never adds
                 }});
  // What `zhibiao scan` does per file: decode, normalize, segment, scan.
  out.push_back({"scan", [](const std::string& bytes) {
                   static const zhibiao::Scanner scanner;
                   zhibiao::Document doc = zhibiao::make_document("bench", bytes);
                   if (!doc.text) return std::size_t{0};
                   std::size_t n = 0;
                   for (const auto& s : zhibiao::segment(*doc.text)) n += scanner.scan(*doc.text, s.begin, s.end).size();
                   return n;
                 }});
  // The whole pipeline with the built-in rules.
  static auto extractor = zhibiao::Extractor::builtin();
  if (extractor)
    out.push_back({"extract", [](const std::string& bytes) {
                     zhibiao::Document doc = zhibiao::make_document("bench", bytes);
                     return doc.text ? extractor->extract(doc).size() : std::size_t{0};
                   }});
  else
    std::printf("extract case skipped: %s\n", extractor.error().describe().c_str());
  // The same with ten times the rules: the literal prefilter should keep the cost
  // growing with matches, not with the number of rules.
  static const auto tenfold = [] {
    auto files = zhibiao::builtin_rule_files();
    auto base = zhibiao::load_rules(files);
    auto more = zhibiao::bench::generated_rules(*base.rules, 10);
    files.insert(files.end(), more.begin(), more.end());
    auto load = zhibiao::load_rules(files);
    if (!load.ok()) std::printf("generated rules do not load: %s\n", load.errors.front().describe().c_str());
    std::printf("rules: %zu patterns, %zu indicators by default; %zu patterns, %zu indicators generated tenfold\n",
                base.rules->patterns.size(), base.rules->indicators.size(), load.rules->patterns.size(),
                load.rules->indicators.size());
    return zhibiao::Extractor(load.rules);
  }();
  out.push_back({"extract, 10x rules", [](const std::string& bytes) {
                   zhibiao::Document doc = zhibiao::make_document("bench", bytes);
                   return doc.text ? tenfold.extract(doc).size() : std::size_t{0};
                 }});
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::filesystem::path> dirs;
  for (int i = 1; i < argc; ++i) dirs.emplace_back(argv[i]);
  if (dirs.empty()) dirs.emplace_back(std::filesystem::path(ZHIBIAO_SHARED_DIR) / "corpus");
  std::vector<std::string> docs;
  std::size_t bytes = 0;
  for (const auto& dir : dirs) {
    if (!std::filesystem::is_directory(dir)) {
      std::printf("skipped: no corpus at %s (it sits in ../shared beside a developer's checkout)\n", dir.c_str());
      return 0;
    }
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
      if (e.path().extension() != ".txt") continue;
      std::ifstream in(e.path(), std::ios::binary);
      docs.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      bytes += docs.back().size();
    }
  }
  if (docs.empty()) {
    std::printf("skipped: no .txt documents\n");
    return 0;
  }
  std::printf("%zu documents, %.2f MB\n\n", docs.size(), static_cast<double>(bytes) / 1e6);
  std::printf("%-24s %8s %10s %10s %10s\n", "case", "passes", "MB/s", "docs/s", "items");
  for (const auto& c : cases()) {
    using clock = std::chrono::steady_clock;
    std::size_t passes = 0, items = 0;
    auto start = clock::now();
    double seconds = 0;
    // At least three passes and one second, so short cases are not noise.
    while (passes < 3 || seconds < 1.0) {
      items = 0;
      for (const auto& d : docs) items += c.run(d);
      ++passes;
      seconds = std::chrono::duration<double>(clock::now() - start).count();
    }
    double per_pass = seconds / static_cast<double>(passes);
    std::printf("%-24s %8zu %10.2f %10.1f %10zu\n", c.name, passes, static_cast<double>(bytes) / 1e6 / per_pass,
                static_cast<double>(docs.size()) / per_pass, items);
  }
  return 0;
}
