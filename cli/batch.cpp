#include "batch.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <condition_variable>
#include <functional>
#include <iostream>
#include <map>
#include <mutex>
#include <new>
#include <thread>

#include "progress.hpp"
#include "zhibiao/report/checks.hpp"

namespace zhibiao::cli {
namespace {

// Up to this many records a document's JSONL is made by the worker that read it.
constexpr std::size_t kFormatInWorkerRecords = 20000;

// One finished document, waiting for its turn to be written.
struct Done {
  report::SourceFile source;
  std::vector<Record> records;
  std::vector<report::Finding> findings;
  std::vector<std::string> messages;  // for standard error
  std::string formatted;              // the records as the sink writes them, when it formats (JSONL)
  bool is_formatted = false;          // `formatted` holds them; else the writer formats them as it writes
  std::uintmax_t bytes = 0;
  bool internal_error = false;
};

// One line per rule: "rule X gave up … at character 149 (and 12 more clauses)".
void add_warnings(const std::vector<std::string>& warnings, Done& d) {
  std::map<std::string, std::pair<std::string, std::size_t>> by_rule;
  for (const auto& w : warnings) {
    auto& slot = by_rule[w.substr(0, w.find(" at character"))];
    if (slot.second++ == 0) slot.first = w;
  }
  for (const auto& [rule, first] : by_rule) {
    std::string line = first.second > 1 ? fmt::format("{} (and {} more clauses)", first.first, first.second - 1) : first.first;
    d.source.error += fmt::format("{}{}", d.source.error.empty() ? "" : "; ", line);
    d.messages.push_back(line);
  }
}

// Records read back (--from-jsonl) say what their document is: its year, and its region
// as most of them give it.
void describe_from_records(Done& d) {
  std::map<std::string, std::size_t> regions;
  for (const auto& r : d.records) {
    if (!r.region.empty()) ++regions[r.region];
    if (!d.source.year && r.doc_year) d.source.year = r.doc_year;
  }
  auto most = std::max_element(regions.begin(), regions.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  if (most != regions.end()) d.source.region = most->first;
}

Done process(const Extractor& extractor, Job& job, const BatchOptions& opt, const report::Sink* sink) {
  Done d;
  d.source.path = job.path;
  d.bytes = job.bytes;
  if (!job.status.empty()) {
    d.source.status = job.status;
    d.source.error = job.reason;
    d.messages.push_back(job.reason);
    return d;
  }
  try {
    if (job.records) {
      d.records = std::move(*job.records);
      d.source.records = d.records.size();
      describe_from_records(d);
    } else {
      Digest digest = opt.digests ? Digest::sha256 : Digest::none;
      Document doc = job.text ? make_document(job.path, *job.text, "utf-8", digest)
                              : load_document(job.file.empty() ? job.path : job.file, opt.encoding, digest);
      doc.path = job.path;
      d.source.path = doc.path;
      d.source.encoding = doc.encoding;
      d.source.bytes = doc.bytes;
      d.source.status = doc.status;
      d.source.error = doc.error;
      d.source.sha256 = doc.sha256;
      d.bytes = std::max<std::uintmax_t>(d.bytes, doc.bytes);
      if (doc.status == "error") d.messages.push_back(doc.error);
      if (doc.text) {
        ExtractStats stats;
        d.records = extractor.extract(doc, &stats, opt.meta ? opt.meta->find(job.path) : nullptr);
        d.source.sentences = stats.sentences;
        d.source.region = stats.document.region;
        d.source.year = stats.document.year;
        d.source.kind = stats.document.kind;
        d.source.records = d.records.size();
        add_warnings(stats.warnings, d);
        // A budget stopped the document: what was read so far is kept, and the file list says why.
        if (!stats.partial.empty()) {
          d.source.status = "partial";
          d.source.error = d.source.error.empty() ? stats.partial : fmt::format("{}; {}", stats.partial, d.source.error);
          d.messages.push_back(stats.partial);
        }
      }
      if (!doc.note.empty()) d.source.error += fmt::format("{}{}", d.source.error.empty() ? "" : "; ", doc.note);
    }
    if (opt.checks) d.findings = report::run_checks(d.records, *opt.checks);
    // A document of very many records is formatted by the writer, line by line: as one
    // string its JSON would be a second copy of the records, sentences included.
    if (sink && sink->formats() && d.records.size() <= kFormatInWorkerRecords) {
      d.formatted = sink->format(d.records);
      d.is_formatted = true;
    }
  } catch (const std::bad_alloc&) {
    d.records = {};
    d.findings = {};
    d.formatted = {};
    d.is_formatted = false;
    d.source.status = "error";
    d.source.records = 0;
    d.source.error = fmt::format("out of memory while reading this document ({} bytes); the batch went on without it",
                                 d.bytes);
    d.messages = {d.source.error};
  } catch (const std::exception& e) {
    d.records = {};
    d.findings = {};
    d.formatted = {};
    d.is_formatted = false;
    d.source.status = "error";
    d.source.records = 0;
    d.source.error = fmt::format("internal error: {}", e.what());
    d.messages = {d.source.error};
    d.internal_error = true;
  }
  return d;
}

}  // namespace

JobList::JobList(std::vector<Job> jobs) : jobs_(std::move(jobs)) {
  for (const auto& j : jobs_) bytes_ += j.bytes;
}

std::optional<Job> JobList::next() {
  if (next_ >= jobs_.size()) return std::nullopt;
  // Handed over, not copied: the list does not keep what the batch has read.
  return std::move(jobs_[next_++]);
}

unsigned default_jobs() {
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : n;
}

BatchResult run_batch(const Extractor& extractor, JobSource& source, report::Sink* sink, report::Tally& tally,
                      const BatchOptions& opt) {
  const unsigned jobs = opt.jobs == 0 ? default_jobs() : opt.jobs;
  // Documents read ahead of the one being written: enough to keep every core busy
  // behind a slow document, few enough that memory stays flat.
  const std::size_t window = 2 * static_cast<std::size_t>(jobs) + 2;

  std::mutex mu;
  std::condition_variable room, ready;
  std::map<std::size_t, Done> finished;
  std::size_t taken = 0, written = 0;
  bool exhausted = false, stop = false;

  // The source is read by one worker at a time under its own lock, so a worker waiting
  // for the next line of standard input holds up neither the others nor the writer.
  std::mutex source_mu;
  auto worker = [&] {
    for (;;) {
      std::optional<Job> job;
      std::size_t index = 0;
      {
        std::unique_lock read(source_mu);
        {
          std::unique_lock lock(mu);
          room.wait(lock, [&] { return stop || exhausted || taken < written + window; });
          if (stop || exhausted) return;
        }
        try {
          job = source.next();
        } catch (const std::exception& e) {  // a line too long to hold, a stream that broke
          job = Job{};
          job->path = "(input)";
          job->status = "error";
          job->reason = fmt::format("cannot read the next document: {}", e.what());
        }
        std::lock_guard lock(mu);
        if (!job) {
          exhausted = true;
          ready.notify_all();
          room.notify_all();
          return;
        }
        index = taken++;
      }
      Done d = process(extractor, *job, opt, sink);
      job.reset();
      std::lock_guard lock(mu);
      finished.emplace(index, std::move(d));
      ready.notify_all();
    }
  };
  std::vector<std::thread> threads;
  for (unsigned k = 0; k < jobs; ++k) threads.emplace_back(worker);

  // Whatever the writer meets (an exception from a sink), the workers stop and are joined.
  auto stop_workers = [&] {
    {
      std::lock_guard lock(mu);
      stop = true;
      room.notify_all();
    }
    for (auto& t : threads)
      if (t.joinable()) t.join();
  };
  struct Joiner {
    std::function<void()> f;
    ~Joiner() { f(); }
  } joiner{stop_workers};

  BatchResult result;
  Progress progress(!opt.quiet, source.count(), source.bytes());
  std::uintmax_t bytes_done = 0;
  for (;;) {
    Done d;
    {
      std::unique_lock lock(mu);
      ready.wait(lock, [&] { return finished.count(written) || (exhausted && written == taken); });
      auto it = finished.find(written);
      if (it == finished.end()) break;
      d = std::move(it->second);
      finished.erase(it);
      ++written;
      room.notify_all();
    }
    ++result.files;
    bytes_done += d.bytes;
    if (d.source.status == "error") ++result.errors;
    if (d.source.status == "skipped") ++result.skipped;
    if (d.source.status == "partial") ++result.partial;
    result.internal_error = result.internal_error || d.internal_error;
    if (!opt.quiet && !d.messages.empty()) {
      progress.clear();
      for (const auto& m : d.messages) std::cerr << fmt::format("zhibiao: {}: {}\n", d.source.path, m);
    }
    if (sink) {
      auto err = d.is_formatted ? sink->document_formatted(d.source, d.records, tally.next_number(), d.formatted)
                                 : sink->document(d.source, d.records, tally.next_number());
      if (err) {
        result.output_error = err;
        break;
      }
    }
    result.records += d.records.size();
    tally.add(std::move(d.source), d.records, d.findings);
    progress.update(result.files, bytes_done, result.records);
  }
  {
    // The batch is done (or stopped): no worker takes another job.
    std::lock_guard lock(mu);
    stop = stop || result.output_error.has_value();
    room.notify_all();
  }
  for (auto& t : threads) t.join();
  if (!result.output_error) progress.done(result.files, bytes_done, result.records);
  else progress.clear();
  return result;
}

}  // namespace zhibiao::cli
