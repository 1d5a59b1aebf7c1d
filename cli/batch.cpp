#include "batch.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>

namespace zhibiao::cli {

std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in != "-" && fs::is_directory(in, ec)) {
      std::vector<std::string> found;
      for (fs::recursive_directory_iterator it(in, ec), end; it != end && !ec; it.increment(ec))
        if (it->is_regular_file() && it->path().extension() == ".txt") found.push_back(it->path().string());
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(in);
    }
  }
  return out;
}

report::Batch run_batch(const Extractor& extractor, const std::vector<std::string>& paths, const std::string& encoding,
                        bool quiet) {
  report::Batch batch;
  const bool progress = !quiet && paths.size() > 1 && isatty(STDERR_FILENO);
  for (std::size_t i = 0; i < paths.size(); ++i) {
    if (progress) std::cerr << "\r[" << i + 1 << "/" << paths.size() << "] " << batch.records.size() << " records  " << std::flush;
    Document doc = load_document(paths[i], encoding);
    report::SourceFile src{doc.path, doc.encoding, doc.bytes, 0, 0, doc.status, doc.error};
    if (doc.text) {
      ExtractStats stats;
      auto records = extractor.extract(doc, &stats);
      src.sentences = stats.sentences;
      src.records = records.size();
      // One line per rule: "rule X gave up … at character 149 (and 12 more clauses)".
      std::map<std::string, std::pair<std::string, std::size_t>> by_rule;
      for (const auto& w : stats.warnings) {
        auto cut = w.find(" at character");
        auto& slot = by_rule[w.substr(0, cut)];
        if (slot.second++ == 0) slot.first = w;
      }
      for (const auto& [rule, first] : by_rule) {
        std::string line = first.first + (first.second > 1 ? " (and " + std::to_string(first.second - 1) + " more clauses)" : "");
        src.error += (src.error.empty() ? "" : "; ") + line;
        if (!quiet) std::cerr << (progress ? "\n" : "") << "zhibiao: " << doc.path << ": " << line << "\n";
      }
      std::move(records.begin(), records.end(), std::back_inserter(batch.records));
    }
    if (!quiet && doc.status == "error") std::cerr << (progress ? "\n" : "") << "zhibiao: " << doc.path << ": " << doc.error << "\n";
    batch.sources.push_back(std::move(src));
  }
  if (progress) std::cerr << "\r[" << paths.size() << "/" << paths.size() << "] " << batch.records.size() << " records\n";
  return batch;
}

}  // namespace zhibiao::cli
