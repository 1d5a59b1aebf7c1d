// The progress line on a terminal: files done, MB/s, time left, records.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>

namespace zhibiao::cli {

class Progress {
 public:
  // Shown only when `enabled` and standard error is a terminal.
  Progress(bool enabled, std::optional<std::size_t> files, std::uintmax_t bytes);
  void update(std::size_t files_done, std::uintmax_t bytes_done, std::size_t records);
  // Clears the line so a message can be printed; the next update redraws it.
  void clear();
  void done(std::size_t files_done, std::uintmax_t bytes_done, std::size_t records);

 private:
  std::string line(std::size_t files_done, std::uintmax_t bytes_done, std::size_t records) const;
  bool on_ = false;
  std::optional<std::size_t> files_;
  std::uintmax_t bytes_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
  std::size_t width_ = 0;
};

}  // namespace zhibiao::cli
