// The subcommands of the zhibiao executable; each returns the process exit code.
#pragma once

#include <string>
#include <vector>

namespace zhibiao::cli {

struct RuleOptions {
  std::vector<std::string> replace;  // --rules DIR
  std::vector<std::string> add;      // --rules-add DIR
};

struct ScanOptions {
  std::vector<std::string> inputs;
  std::string files_from;  // --files-from LIST
  std::string encoding;
  std::string format = "jsonl";
};

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string encoding;
  std::string format;  // jsonl, csv, xlsx; empty: from -o's extension, else jsonl
  std::string output;  // empty: standard output
  std::string lang = "zh";
  std::vector<std::string> summary_indicators;  // --summary-indicators: the comparison's and charts' indicators
  bool known_only = false;
  bool quiet = false;
  unsigned jobs = 0;        // --jobs N; 0: all cores
  std::string files_from;   // --files-from LIST
  bool stdin_jsonl = false; // --stdin-jsonl: documents as JSON lines on standard input
  bool from_jsonl = false;  // --from-jsonl: the inputs are records (JSONL) to write again, not documents
  std::string meta;         // --meta FILE.csv: region, year and kind per document
  double max_seconds = 300;          // --max-seconds-per-doc (0: none)
  std::size_t max_records = 1000000; // --max-records-per-doc (0: none)
  RuleOptions rules;
};

struct ExplainOptions {
  std::string sentence;
  std::string file;
  long offset = -1;
  long record = 0;  // the Nth record of --file (1-based), as `zhibiao extract FILE` numbers its lines
  RuleOptions rules;
};

int run_scan(const ScanOptions& options);
int run_extract(const ExtractOptions& options);
int run_explain(const ExplainOptions& options);

}  // namespace zhibiao::cli
