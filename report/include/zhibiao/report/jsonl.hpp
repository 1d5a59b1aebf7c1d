// JSON Lines: one to_json(Record) per line, the `zhibiao extract` format.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/report/sink.hpp"

namespace zhibiao::report {

void write_jsonl(std::ostream& out, const std::vector<Record>& records);
// Lines on an open stream; `name` (standard output, a path) is what messages call it.
std::unique_ptr<Sink> jsonl_sink(std::ostream& out, std::string name);

}  // namespace zhibiao::report
