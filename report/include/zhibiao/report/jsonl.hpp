// JSON Lines: one to_json(Record) per line, the `zhibiao extract` format.
#pragma once

#include <ostream>
#include <vector>

#include "zhibiao/attribution/record.hpp"

namespace zhibiao::report {

void write_jsonl(std::ostream& out, const std::vector<Record>& records);

}  // namespace zhibiao::report
