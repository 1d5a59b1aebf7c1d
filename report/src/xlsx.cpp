#include "zhibiao/report/xlsx.hpp"

#include <cstdlib>
#include <ctime>

#include "xlsx_sheets.hpp"
#include "xlsx_verify.hpp"

namespace zhibiao::report {

std::optional<Error> write_xlsx(const std::string& path, const Batch& batch, Lang lang) {
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (!wb) return Error("cannot create the workbook", path);
  lxw_doc_properties props{};
  props.title = const_cast<char*>(lang == Lang::zh ? "指标提取结果" : "Extracted indicators");
  props.author = const_cast<char*>("zhibiao");
  // Reproducible output for tests and packaging (reproducible-builds.org convention).
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) props.created = static_cast<time_t>(std::strtoll(epoch, nullptr, 10));
  detail::Book book(wb, lang);
  book.check(workbook_set_properties(wb, &props));
  detail::write_detail_sheets(book, batch);
  detail::write_summary_sheet(book, batch);
  detail::write_findings_sheet(book, batch);
  detail::write_files_sheet(book, batch);
  detail::write_rules_sheet(book, batch);
  lxw_error closed = workbook_close(wb);
  if (book.error()) return Error(book.error()->message, path);
  if (closed != LXW_NO_ERROR) return Error(std::string("cannot write the workbook: ") + lxw_strerror(closed), path);
  return detail::verify_xlsx(path);
}

}  // namespace zhibiao::report
