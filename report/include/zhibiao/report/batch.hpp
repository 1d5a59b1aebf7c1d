// Everything one run produces: the records, the inputs they came from, the findings.
#pragma once

#include <vector>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/report/finding.hpp"
#include "zhibiao/report/source_file.hpp"

namespace zhibiao::report {

enum class Lang { zh, en };

struct Batch {
  std::vector<Record> records;
  std::vector<SourceFile> sources;
  std::vector<Finding> findings;
};

}  // namespace zhibiao::report
