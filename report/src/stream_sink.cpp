#include "stream_sink.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

namespace zhibiao::report::detail {

std::optional<Error> StreamSink::flushed() {
  // A write that failed inside `<<` left its errno; a failing flush leaves its own.
  if (out_) {
    errno = 0;
    out_.flush();
  }
  if (out_) return std::nullopt;
  int e = errno;
  return Error(fmt::format("cannot write: {}", e ? std::strerror(e) : "the stream failed"), name_);
}

std::optional<Error> StreamSink::begin() {
  header(out_);
  return flushed();
}

std::optional<Error> StreamSink::document(const SourceFile&, const std::vector<Record>& records, std::size_t) {
  for (const auto& r : records) row(out_, r);
  return flushed();
}

std::optional<Error> StreamSink::finish(const Tally&) { return flushed(); }

}  // namespace zhibiao::report::detail
