#include "progress.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>

namespace zhibiao::cli {
namespace {

std::string clock(double seconds) {
  auto s = static_cast<long long>(seconds + 0.5);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

}  // namespace

Progress::Progress(bool enabled, std::optional<std::size_t> files, std::uintmax_t bytes)
    : on_(enabled && ::isatty(STDERR_FILENO)), files_(files), bytes_(bytes), start_(std::chrono::steady_clock::now()),
      last_(start_) {}

std::string Progress::line(std::size_t files_done, std::uintmax_t bytes_done, std::size_t records) const {
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  double rate = elapsed > 0 ? static_cast<double>(bytes_done) / elapsed : 0;
  std::string out = files_ ? fmt::format("[{}/{}]", files_done, *files_) : fmt::format("[{}]", files_done);
  out += fmt::format(" {:.1f} MB/s", rate / 1e6);
  if (files_ && bytes_ > bytes_done && rate > 0)
    out += fmt::format(", {} left", clock(static_cast<double>(bytes_ - bytes_done) / rate));
  out += fmt::format(", {} records", records);
  return out;
}

void Progress::update(std::size_t files_done, std::uintmax_t bytes_done, std::size_t records) {
  if (!on_) return;
  auto now = std::chrono::steady_clock::now();
  if (width_ > 0 && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  std::string l = line(files_done, bytes_done, records);
  std::fprintf(stderr, "\r%s%*s", l.c_str(), static_cast<int>(width_ > l.size() ? width_ - l.size() : 0), "");
  std::fflush(stderr);
  width_ = l.size();
}

void Progress::clear() {
  if (!on_ || width_ == 0) return;
  std::fprintf(stderr, "\r%*s\r", static_cast<int>(width_), "");
  width_ = 0;
}

void Progress::done(std::size_t files_done, std::uintmax_t bytes_done, std::size_t records) {
  if (!on_) return;
  clear();
  std::fprintf(stderr, "%s\n", line(files_done, bytes_done, records).c_str());
}

}  // namespace zhibiao::cli
