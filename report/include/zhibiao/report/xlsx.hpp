// The workbook (docs/workbook.md): 指标明细, 指标汇总, 一致性检查, 文件, 规则命中.
#pragma once

#include <optional>
#include <string>

#include "zhibiao/error.hpp"
#include "zhibiao/report/batch.hpp"

namespace zhibiao::report {

// Writes straight to `path` (write_output adds atomicity). Constant-memory mode;
// SOURCE_DATE_EPOCH, when set, pins the document's creation date.
std::optional<Error> write_xlsx(const std::string& path, const Batch& batch, Lang lang);

}  // namespace zhibiao::report
