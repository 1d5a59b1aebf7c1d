#include "jsonl_jobs.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>

#include "zhibiao/report/record_reader.hpp"

namespace zhibiao::cli {
namespace {

Job fault(std::string where, std::string reason) {
  Job j;
  j.path = std::move(where);
  j.status = "error";
  j.reason = std::move(reason);
  return j;
}

}  // namespace

std::optional<Job> DocumentLines::next() {
  std::string line;
  while (std::getline(in_, line)) {
    ++line_;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string where = fmt::format("standard input:{}", line_);
    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      return fault(where, fmt::format("not a JSON line: {}", e.what()));
    }
    if (!j.is_object()) return fault(where, R"(a line is an object: {"doc": …, "text": …} or {"doc": …, "path": …})");
    auto text = j.find("text"), path = j.find("path"), doc = j.find("doc");
    bool has_text = text != j.end() && text->is_string(), has_path = path != j.end() && path->is_string();
    if (has_text == has_path) return fault(where, R"(a line needs either "text" or "path", as a string)");
    if (doc != j.end() && !doc->is_string()) return fault(where, R"("doc" must be a string)");
    Job job;
    job.path = doc != j.end() ? doc->get<std::string>() : has_path ? path->get<std::string>() : where;
    if (has_text) {
      job.text = text->get<std::string>();
      job.bytes = job.text->size();
    } else {
      std::string p = path->get<std::string>();
      if (p == "-") return fault(job.path, "\"path\": \"-\" would be standard input, which carries the JSON lines");
      if (job.path != p) job.file = p;
    }
    return job;
  }
  if (in_.bad()) return fault("standard input", "read error");
  return std::nullopt;
}

std::optional<Job> RecordLines::read_line() {
  std::string line;
  for (;;) {
    if (!in_) {
      if (file_ >= files_.size()) return std::nullopt;
      const std::string& f = files_[file_++];
      line_ = 0;
      stream_.reset();
      if (f == "-") {
        in_ = &std::cin;
      } else {
        stream_ = std::make_unique<std::ifstream>(f, std::ios::binary);
        if (!*stream_) return fault(f, fmt::format("cannot open: {}", std::strerror(errno)));
        in_ = stream_.get();
      }
    }
    if (!std::getline(*in_, line)) {
      bool bad = in_->bad();
      in_ = nullptr;
      if (bad) return fault(files_[file_ - 1], "read error");
      continue;
    }
    ++line_;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto r = report::read_record(line);
    if (!r) return fault(fmt::format("{}:{}", files_[file_ - 1], line_), r.error().message);
    pending_ = std::move(*r);
    return Job{};
  }
}

std::optional<Job> RecordLines::next() {
  if (fault_) {
    Job f = std::move(*fault_);
    fault_.reset();
    return f;
  }
  if (!pending_) {
    auto got = read_line();
    if (!got || !got->status.empty()) return got;
  }
  Job job;
  job.path = pending_->doc;
  job.records.emplace();
  job.records->push_back(std::move(*pending_));
  pending_.reset();
  for (;;) {
    auto got = read_line();
    if (!got) break;
    if (!got->status.empty()) {
      fault_ = std::move(got);  // after the document read so far
      break;
    }
    if (pending_->doc != job.path) break;
    job.records->push_back(std::move(*pending_));
    pending_.reset();
  }
  return job;
}

}  // namespace zhibiao::cli
