// The workbook's sheets, in the order they appear (libxlsxwriter orders sheets by creation).
#pragma once

#include "xlsx_book.hpp"

namespace zhibiao::report::detail {

void write_detail_sheets(Book& book, const Batch& batch);   // 指标明细 (more than one past Excel's row limit)
void write_summary_sheet(Book& book, const Batch& batch);   // 指标汇总, with the growth chart
void write_findings_sheet(Book& book, const Batch& batch);  // 一致性检查
void write_files_sheet(Book& book, const Batch& batch);     // 文件
void write_rules_sheet(Book& book, const Batch& batch);     // 规则命中

// Rows below the header a sheet can hold.
inline constexpr std::size_t kMaxDataRows = 1048575;

}  // namespace zhibiao::report::detail
