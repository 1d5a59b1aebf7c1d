// The workbook (docs/workbook.md): 说明, 指标明细, 指标对比, 一致性检查, 文件, 规则命中.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "zhibiao/error.hpp"
#include "zhibiao/report/batch.hpp"
#include "zhibiao/report/sink.hpp"
#include "zhibiao/report/workbook_options.hpp"

namespace zhibiao::report {

// Writes straight to `path` (file_sink and write_output add atomicity). Constant-memory
// mode; SOURCE_DATE_EPOCH, when set, pins the document's creation date.
std::optional<Error> write_xlsx(const std::string& path, const Batch& batch, const WorkbookOptions& options);
// The same as documents finish: the records sheet as they come, the rest at finish.
std::unique_ptr<Sink> xlsx_sink(const std::string& path, const WorkbookOptions& options);

}  // namespace zhibiao::report
