// One result of a consistency check: what was compared, how, and the verdict.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace zhibiao::report {

struct Finding {
  std::string id;                    // stable check id: rate_mismatch, rank_beyond_peers ...
  std::string kind;                  // the check that gave it (rate, share …): what --checks selects
  std::string severity;              // error, warning, info
  std::vector<std::size_t> records;  // indexes into the batch's records
  std::string arithmetic;            // written out: 91 / 97 = 93.81 %, stated 93.8 % (93.75–93.85)
  std::string message;               // one plain sentence
  std::string doc;                   // document of the first record involved
};

// error < warning < info, for sorting and exit codes.
int severity_rank(const std::string& severity);

}  // namespace zhibiao::report
