#include "zhibiao/report/jsonl.hpp"

#include "stream_sink.hpp"

namespace zhibiao::report {
namespace {

class JsonlSink : public detail::StreamSink {
 public:
  using StreamSink::StreamSink;

 protected:
  void row(std::ostream& out, const Record& r) override { out << to_json(r) << '\n'; }
};

}  // namespace

void write_jsonl(std::ostream& out, const std::vector<Record>& records) {
  for (const auto& r : records) out << to_json(r) << '\n';
}

std::unique_ptr<Sink> jsonl_sink(std::ostream& out, std::string name) {
  return std::make_unique<JsonlSink>(out, std::move(name));
}

}  // namespace zhibiao::report
