// A thin layer over libxlsxwriter in constant-memory mode: rows strictly in
// order, header row, widths fitted to the text written, errors kept as values.
#pragma once

#include <xlsxwriter.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "display.hpp"
#include "zhibiao/error.hpp"
#include "zhibiao/report/batch.hpp"

namespace zhibiao::report::detail {

struct Column {
  const char* zh;
  const char* en;
  double max_width = 40;
};

class Book {
 public:
  Book(lxw_workbook* wb, Lang lang) : wb_(wb), lang_(lang) {}
  lxw_format* format(const std::string& num_format);  // cached; "" is the default
  lxw_format* header();
  Lang lang() const { return lang_; }
  const char* pick(const char* zh, const char* en) const { return lang_ == Lang::zh ? zh : en; }
  void check(lxw_error e);  // keeps the first failure
  const std::optional<Error>& error() const { return error_; }
  lxw_workbook* raw() { return wb_; }
  DisplayUnits& display() { return display_; }

 private:
  lxw_workbook* wb_;
  Lang lang_;
  std::map<std::string, lxw_format*> formats_;
  lxw_format* header_ = nullptr;
  std::optional<Error> error_;
  DisplayUnits display_;
};

class Sheet {
 public:
  // Adds the worksheet and writes its header row.
  Sheet(Book& book, const char* zh_name, const char* en_name, std::vector<Column> columns);
  void text(lxw_col_t col, std::string_view s);
  void number(lxw_col_t col, double v, const std::string& num_format = {});
  void boolean(lxw_col_t col, bool v);
  void next_row() { ++row_; }
  lxw_row_t row() const { return row_; }  // the data row being written (header is row 0)
  // Frozen header, autofilter over what was written, widths fitted.
  void finish(std::size_t min_columns = 0);
  lxw_worksheet* raw() { return ws_; }
  std::string name() const { return name_; }
  void header_cell(lxw_col_t col, std::string_view s, double max_width);

 private:
  void fit(lxw_col_t col, double width);
  Book& book_;
  lxw_worksheet* ws_;
  std::string name_;
  std::vector<Column> columns_;
  std::vector<double> widths_;
  std::string cell_;  // the text of the cell being written, reused
  lxw_row_t row_ = 1;
};

}  // namespace zhibiao::report::detail
