// zhibiao_stage_bench: Google Benchmark cases, one per stage of the pipeline, named
// Stage_Input_Variant. The input is ../shared/corpus (or samples/ when it is absent, or the
// folder named by ZHIBIAO_BENCH_DIR), read once; each case runs its stage over every
// document and reports bytes/s of the documents' input bytes and docs/s.
//
//   build/bench/zhibiao_stage_bench --benchmark_min_time=1 [--benchmark_filter=Scan_]
//
// Attribution has no case of its own: it runs inside extract_sentence with the scanner,
// the mentions and the matcher, so Extract − Scan_Sentences − Mentions − Match is its share.
#include <benchmark/benchmark.h>
#include <boost/regex.hpp>
#include <unicode/ucnv.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "generated_rules.hpp"
#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/quantity/scanner.hpp"
#include "zhibiao/report/checks.hpp"
#include "zhibiao/report/jsonl.hpp"
#include "zhibiao/report/tally.hpp"
#include "zhibiao/report/xlsx.hpp"
#include "zhibiao/rules/clause_matcher.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/text/decode.hpp"
#include "zhibiao/text/document.hpp"
#include "zhibiao/text/segment.hpp"
#include "zhibiao/text/utf.hpp"

namespace {

namespace fs = std::filesystem;
using namespace zhibiao;

// One document, read once and carried through the stages before the one measured.
struct Doc {
  std::string bytes;      // UTF-8 as in the corpus (after a BOM, if any, was dropped by the decoder)
  std::string gb18030;    // the same text in GB18030
  Document doc;
  std::vector<Sentence> sentences;
  std::vector<std::vector<Quantity>> quantities;  // per sentence
  std::vector<std::vector<Mention>> mentions;     // per sentence
  std::vector<Record> records;
};

struct Corpus {
  std::string dir;
  std::vector<Doc> docs;
  std::size_t bytes = 0;
};

std::string to_gb18030(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  auto n = ucnv_convert("gb18030", "utf-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                        static_cast<int32_t>(utf8.size()), &status);
  out.resize(U_SUCCESS(status) ? static_cast<std::size_t>(n) : 0);
  return out;
}

std::string pick_dir() {
  if (const char* d = std::getenv("ZHIBIAO_BENCH_DIR")) return d;
  fs::path shared = fs::path(ZHIBIAO_SHARED_DIR) / "corpus";
  if (fs::is_directory(shared)) return shared.string();
  return (fs::path(ZHIBIAO_SOURCE_DIR) / "samples").string();
}

const Extractor& builtin() {
  static const Extractor e = [] {
    auto r = Extractor::builtin();
    if (!r) throw std::runtime_error(r.error().describe());
    return *r;
  }();
  return e;
}

const Corpus& corpus() {
  static const Corpus loaded = [] {
    Corpus c;
    c.dir = pick_dir();
    std::vector<fs::path> paths;
    for (const auto& e : fs::directory_iterator(c.dir))
      if (e.path().extension() == ".txt") paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    const RuleSet& rules = builtin().rules();
    Scanner scanner(rules.units);
    for (const auto& p : paths) {
      std::ifstream in(p, std::ios::binary);
      Doc d;
      d.bytes.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      d.doc = make_document(p.filename().string(), d.bytes);
      if (!d.doc.text) continue;
      d.gb18030 = to_gb18030(to_utf8(d.doc.text->original()));
      d.sentences = segment(*d.doc.text);
      for (const auto& s : d.sentences) {
        d.quantities.push_back(scanner.scan(*d.doc.text, s.begin, s.end));
        std::vector<Mention> ms;
        for (const auto& m : rules.find_mentions(d.doc.text->norm_view(), s.begin, s.end))
          ms.push_back({m.begin, m.end, m.word});
        d.mentions.push_back(std::move(ms));
      }
      d.records = builtin().extract(d.doc);
      c.bytes += d.bytes.size();
      c.docs.push_back(std::move(d));
    }
    std::fprintf(stderr, "corpus: %s, %zu documents, %.2f MB\n", c.dir.c_str(), c.docs.size(),
                 static_cast<double>(c.bytes) / 1e6);
    return c;
  }();
  return loaded;
}

void count(benchmark::State& state) {
  const Corpus& c = corpus();
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * c.bytes));
  state.counters["docs"] = benchmark::Counter(static_cast<double>(state.iterations() * c.docs.size()),
                                              benchmark::Counter::kIsRate);
}

// The floor: lenient UTF-8 decoding and one number pattern over the bytes.
void Baseline_Corpus_Utf8Regex(benchmark::State& state) {
  static const boost::regex number("[0-9]+(?:\\.[0-9]+)?");
  for (auto _ : state)
    for (const auto& d : corpus().docs) {
      benchmark::DoNotOptimize(from_utf8(d.bytes).size());
      std::size_t n = 0;
      for (boost::sregex_iterator it(d.bytes.begin(), d.bytes.end(), number), end; it != end; ++it) ++n;
      benchmark::DoNotOptimize(n);
    }
  count(state);
}

void Decode_Corpus_Utf8(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& d : corpus().docs) benchmark::DoNotOptimize(decode(d.bytes)->text.size());
  count(state);
}

void Decode_Corpus_Gb18030(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& d : corpus().docs) benchmark::DoNotOptimize(decode(d.gb18030, "gb18030")->text.size());
  count(state);
}

void Normalize_Corpus_Nfkc(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& d : corpus().docs) {
      Text t(d.doc.text->original());
      benchmark::DoNotOptimize(t.norm().size());
    }
  count(state);
}

// Decode and normalize: what reading a document costs once its bytes are in memory.
void Document_Corpus_Utf8(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& d : corpus().docs) benchmark::DoNotOptimize(make_document("bench", d.bytes).bytes);
  count(state);
}

void Segment_Corpus_Sentences(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& d : corpus().docs) benchmark::DoNotOptimize(segment(*d.doc.text).size());
  count(state);
}

// The scanner as extract runs it: one sentence at a time.
void Scan_Corpus_Sentences(benchmark::State& state) {
  Scanner scanner(builtin().rules().units);
  for (auto _ : state)
    for (const auto& d : corpus().docs)
      for (const auto& s : d.sentences) benchmark::DoNotOptimize(scanner.scan(*d.doc.text, s.begin, s.end).size());
  count(state);
}

// The scanner as `zhibiao scan` runs it: the whole text at once.
void Scan_Corpus_Whole(benchmark::State& state) {
  Scanner scanner(builtin().rules().units);
  for (auto _ : state)
    for (const auto& d : corpus().docs) benchmark::DoNotOptimize(scanner.scan(*d.doc.text).size());
  count(state);
}

// Indicator names in each sentence.
void Mentions_Corpus_Aliases(benchmark::State& state) {
  const RuleSet& rules = builtin().rules();
  for (auto _ : state)
    for (const auto& d : corpus().docs)
      for (const auto& s : d.sentences)
        benchmark::DoNotOptimize(rules.find_mentions(d.doc.text->norm_view(), s.begin, s.end).size());
  count(state);
}

// Token strings and the patterns over every clause.
void match_clauses(benchmark::State& state, const RuleSet& rules) {
  for (auto _ : state)
    for (const auto& d : corpus().docs)
      for (std::size_t k = 0; k < d.sentences.size(); ++k) {
        const auto& qs = d.quantities[k];
        const auto& ms = d.mentions[k];
        std::vector<bool> dropped(qs.size(), false);
        for (const auto& clause : d.sentences[k].clauses) {
          ClauseMatch cm;
          cm.tokens = make_token_string(*d.doc.text, clause, qs, dropped, ms);
          cm.claims.resize(qs.size());
          cm.mention_is_of.assign(ms.size(), false);
          match_clause(rules, *d.doc.text, qs, cm, false);
          benchmark::DoNotOptimize(cm.claims.data());
        }
      }
  count(state);
}

void Match_Corpus_Clauses(benchmark::State& state) { match_clauses(state, builtin().rules()); }

// The same without Vectorscan's first pass: Boost on every pattern whose words occur.
void Match_Corpus_ClausesBoostOnly(benchmark::State& state) {
  static const RuleSet unfiltered = [] {
    RuleSet r = builtin().rules();
    r.prefilter = PatternPrefilter();
    return r;
  }();
  match_clauses(state, unfiltered);
}

// The whole extraction of a decoded document: segment, scan, mentions, match, attribute.
void Extract_Corpus_Builtin(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& d : corpus().docs) benchmark::DoNotOptimize(builtin().extract(d.doc).size());
  count(state);
}

// The same with ten times the rules (bench/generated_rules.hpp).
void Extract_Corpus_Rules10x(benchmark::State& state) {
  static const Extractor tenfold = [] {
    auto files = builtin_rule_files();
    auto more = bench::generated_rules(builtin().rules(), 10);
    files.insert(files.end(), more.begin(), more.end());
    auto load = load_rules(files);
    if (!load.ok()) throw std::runtime_error(load.errors.front().describe());
    return Extractor(load.rules);
  }();
  for (auto _ : state)
    for (const auto& d : corpus().docs) benchmark::DoNotOptimize(tenfold.extract(d.doc).size());
  count(state);
}

void Jsonl_Corpus_Records(benchmark::State& state) {
  for (auto _ : state)
    for (const auto& d : corpus().docs)
      for (const auto& r : d.records) benchmark::DoNotOptimize(to_json(r).size());
  count(state);
}

// The per-document checks a workbook gets.
void Checks_Corpus_Records(benchmark::State& state) {
  static const auto rules = report::CheckRules::builtin();
  for (auto _ : state)
    for (const auto& d : corpus().docs) benchmark::DoNotOptimize(report::run_checks(d.records, *rules).size());
  count(state);
}

// The workbook of every document's records, written and closed (constant-memory mode).
void Xlsx_Corpus_Records(benchmark::State& state) {
  const fs::path path = fs::temp_directory_path() / ("zhibiao-bench-" + std::to_string(::getpid()) + ".xlsx");
  for (auto _ : state) {
    auto sink = report::xlsx_sink(path.string(), report::Lang::zh);
    report::Tally tally;
    if (sink->begin()) state.SkipWithError("cannot open the workbook");
    for (const auto& d : corpus().docs) {
      report::SourceFile source;
      source.path = d.doc.path;
      source.encoding = d.doc.encoding;
      source.bytes = d.doc.bytes;
      source.sentences = d.sentences.size();
      source.records = d.records.size();
      sink->document(source, d.records, tally.next_number());
      tally.add(source, d.records, {});
    }
    tally.finish();
    if (sink->finish(tally)) state.SkipWithError("cannot write the workbook");
  }
  fs::remove(path);
  count(state);
}

void Load_Rules_Builtin(benchmark::State& state) {
  auto files = builtin_rule_files();
  for (auto _ : state) benchmark::DoNotOptimize(load_rules(files).rules.get());
}

}  // namespace

BENCHMARK(Baseline_Corpus_Utf8Regex)->Unit(benchmark::kMillisecond);
BENCHMARK(Decode_Corpus_Utf8)->Unit(benchmark::kMillisecond);
BENCHMARK(Decode_Corpus_Gb18030)->Unit(benchmark::kMillisecond);
BENCHMARK(Normalize_Corpus_Nfkc)->Unit(benchmark::kMillisecond);
BENCHMARK(Document_Corpus_Utf8)->Unit(benchmark::kMillisecond);
BENCHMARK(Segment_Corpus_Sentences)->Unit(benchmark::kMillisecond);
BENCHMARK(Scan_Corpus_Sentences)->Unit(benchmark::kMillisecond);
BENCHMARK(Scan_Corpus_Whole)->Unit(benchmark::kMillisecond);
BENCHMARK(Mentions_Corpus_Aliases)->Unit(benchmark::kMillisecond);
BENCHMARK(Match_Corpus_Clauses)->Unit(benchmark::kMillisecond);
BENCHMARK(Match_Corpus_ClausesBoostOnly)->Unit(benchmark::kMillisecond);
BENCHMARK(Extract_Corpus_Builtin)->Unit(benchmark::kMillisecond);
BENCHMARK(Extract_Corpus_Rules10x)->Unit(benchmark::kMillisecond);
BENCHMARK(Jsonl_Corpus_Records)->Unit(benchmark::kMillisecond);
BENCHMARK(Checks_Corpus_Records)->Unit(benchmark::kMillisecond);
BENCHMARK(Xlsx_Corpus_Records)->Unit(benchmark::kMillisecond);
BENCHMARK(Load_Rules_Builtin)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
