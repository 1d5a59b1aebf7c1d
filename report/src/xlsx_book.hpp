// A thin layer over libxlsxwriter in constant-memory mode: rows strictly in
// order, one Excel Table per sheet under a single header row, widths fitted to the
// text written, print setup, errors kept as values.
#pragma once

#include <xlsxwriter.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "display.hpp"
#include "xlsx_labels.hpp"
#include "zhibiao/error.hpp"
#include "zhibiao/report/workbook_options.hpp"

namespace zhibiao::report::detail {

struct Column {
  const char* zh;
  const char* en;
  double max_width = 40;
};

// How a cell looks beyond its number format.
enum class Style { plain, link, link_marked, marked, title, bold };

class Book {
 public:
  Book(lxw_workbook* wb, const WorkbookOptions& options) : wb_(wb), options_(options) {}
  // Cached; "" is the default number format.
  lxw_format* format(const std::string& num_format, Style style = Style::plain);
  lxw_format* header();
  Lang lang() const { return options_.lang; }
  const WorkbookOptions& options() const { return options_; }
  const char* pick(const char* zh, const char* en) const { return lang() == Lang::zh ? zh : en; }
  std::string label(Field field, const std::string& value) const { return detail::label(lang(), field, value); }
  // The indicator's name in the workbook's language (name_en with --lang en, where the rules have one).
  std::string indicator_name(const std::string& id, const std::string& name) const;
  void check(lxw_error e);  // keeps the first failure
  const std::optional<Error>& error() const { return error_; }
  lxw_workbook* raw() { return wb_; }
  DisplayUnits& display() { return display_; }
  // A table name no other table of the workbook has: Records, Records2 …
  std::string table_name(const std::string& base);

 private:
  lxw_workbook* wb_;
  const WorkbookOptions& options_;
  std::map<std::string, lxw_format*> formats_;
  lxw_format* header_ = nullptr;
  std::optional<Error> error_;
  DisplayUnits display_;
  std::set<std::string> tables_;
};

class Sheet {
 public:
  // Adds the worksheet and writes its header row, unless `deferred`: then lines of text
  // (a cover's) may come first, and table() writes the header where they end.
  Sheet(Book& book, const char* zh_name, const char* en_name, std::vector<Column> columns, std::string table,
        bool deferred = false);
  Sheet(Book& book, const std::string& name, std::vector<Column> columns, std::string table, bool deferred = false);
  // A line of text above the table (before table()).
  void line(std::string_view s, Style style = Style::plain);
  void table();  // writes the header row of a deferred sheet
  void text(lxw_col_t col, std::string_view s, Style style = Style::plain);
  void number(lxw_col_t col, double v, const std::string& num_format = {}, Style style = Style::plain);
  void boolean(lxw_col_t col, bool v);
  // An internal link to `target` ("'指标明细'!A12") on a cell written next (its value wins).
  void link(lxw_col_t col, const std::string& target);
  void comment(lxw_col_t col, const std::string& text);
  void next_row() { ++row_; }
  lxw_row_t row() const { return row_; }  // the row being written (0-based; the header is header_row())
  lxw_row_t header_row() const { return header_row_; }
  std::size_t data_rows() const { return row_ - header_row_ - 1; }
  // Frozen header (and `frozen_columns`), the table over what was written, widths
  // fitted, and the print setup: landscape, one page wide, the header row on every page.
  void finish(lxw_col_t frozen_columns = 0, bool freeze = true);
  lxw_worksheet* raw() { return ws_; }
  std::string name() const { return name_; }
  // The header of column `col` (its text made unique within the table). `fit_to`: the width
  // to fit instead of the text's (a header meant to wrap).
  void header_cell(lxw_col_t col, std::string_view s, double max_width, double fit_to = -1);
  // Columns from `first` on take one width, their widest (a comparison of hundreds of
  // documents: libxlsxwriter places a chart or comment in time linear in the column widths set).
  void same_width_from(lxw_col_t first) { same_from_ = first; }
  // The header row's height in points, for headers that wrap (before the first data row).
  void header_height(double points);
  std::size_t columns() const { return headers_.size(); }
  // How many internal links the sheet holds; Excel keeps at most 65,530 a sheet.
  std::size_t links() const { return links_; }
  static constexpr std::size_t kMaxLinks = 65530;

 private:
  void fit(lxw_col_t col, double width);
  void write_header();
  void add_table(lxw_row_t last_row, lxw_col_t last_col);
  void fit_and_print(lxw_row_t last_row, lxw_col_t last_col);
  Book& book_;
  lxw_worksheet* ws_ = nullptr;
  std::string name_, table_;
  std::vector<Column> columns_;
  std::vector<std::string> headers_;
  std::set<std::string> header_keys_;  // case-folded, for unique table column names
  std::vector<double> widths_;
  std::string cell_;  // the text of the cell being written, reused
  lxw_row_t header_row_ = 0, row_ = 0;
  std::optional<lxw_col_t> same_from_;
  std::size_t links_ = 0;
  bool started_ = false;
};

}  // namespace zhibiao::report::detail
