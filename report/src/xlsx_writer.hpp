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
  WorkbookWriter(std::string path, WorkbookOptions options)
      : path_(std::move(path)), options_(std::move(options)), comparison_(options_) {}
  ~WorkbookWriter();
  std::optional<Error> open();
  // A document's column in the comparison, even when it gives no record.
  void document(const SourceFile& source) { comparison_.document(source); }
  void record(const Record& r, std::size_t number);
  // The first failure so far (a full disk shows here as soon as libxlsxwriter sees it).
  std::optional<Error> error() const;
  // Writes the remaining sheets, closes the workbook and reads it back.
  std::optional<Error> close(const Tally& tally);

 private:
  std::string path_;
  WorkbookOptions options_;
  lxw_workbook* wb_ = nullptr;
  std::unique_ptr<Book> book_;
  std::unique_ptr<Sheet> cover_;
  std::unique_ptr<DetailSheets> detail_;
  ComparisonTable comparison_;
  RuleHits rules_;
  std::string title_, subject_, keywords_, comments_;  // the properties libxlsxwriter points at
};

}  // namespace zhibiao::report::detail
