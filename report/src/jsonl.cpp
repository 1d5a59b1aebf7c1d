#include "zhibiao/report/jsonl.hpp"

namespace zhibiao::report {

void write_jsonl(std::ostream& out, const std::vector<Record>& records) {
  for (const auto& r : records) out << to_json(r) << '\n';
}

}  // namespace zhibiao::report
