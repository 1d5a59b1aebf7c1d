// The workbook as documents finish: the records sheet row by row (libxlsxwriter's
// constant-memory mode), the other sheets from what they gathered, at close.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "xlsx_sheets.hpp"

namespace zhibiao::report::detail {

class WorkbookWriter {
 public:
  WorkbookWriter(std::string path, Lang lang) : path_(std::move(path)), lang_(lang) {}
  ~WorkbookWriter();
  std::optional<Error> open();
  // A document's column in the summary, even when it gives no record.
  void document(const std::string& doc) { summary_.column(doc); }
  void record(const Record& r, std::size_t number);
  // The first failure so far (a full disk shows here as soon as libxlsxwriter sees it).
  std::optional<Error> error() const;
  // Writes the remaining sheets, closes the workbook and reads it back.
  std::optional<Error> close(const Tally& tally);

 private:
  std::string path_;
  Lang lang_;
  lxw_workbook* wb_ = nullptr;
  std::unique_ptr<Book> book_;
  std::unique_ptr<DetailSheets> detail_;
  SummaryTable summary_;
  RuleHits rules_;
};

}  // namespace zhibiao::report::detail
