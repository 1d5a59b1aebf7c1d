#include "xlsx_book.hpp"

#include <algorithm>

namespace zhibiao::report::detail {

lxw_format* Book::format(const std::string& num_format) {
  if (num_format.empty()) return nullptr;
  auto [it, fresh] = formats_.try_emplace(num_format, nullptr);
  if (fresh) {
    it->second = workbook_add_format(wb_);
    format_set_num_format(it->second, num_format.c_str());
  }
  return it->second;
}

lxw_format* Book::header() {
  if (!header_) {
    header_ = workbook_add_format(wb_);
    format_set_bold(header_);
    format_set_bg_color(header_, 0xDDEBF7);
    format_set_bottom(header_, LXW_BORDER_THIN);
  }
  return header_;
}

void Book::check(lxw_error e) {
  if (e != LXW_NO_ERROR && !error_) error_ = Error(std::string("workbook: ") + lxw_strerror(e));
}

Sheet::Sheet(Book& book, const char* zh_name, const char* en_name, std::vector<Column> columns)
    : book_(book), name_(book.pick(zh_name, en_name)), columns_(std::move(columns)) {
  ws_ = workbook_add_worksheet(book_.raw(), name_.c_str());
  if (!ws_) {
    book_.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    return;
  }
  widths_.assign(columns_.size(), 0);
  for (std::size_t c = 0; c < columns_.size(); ++c)
    header_cell(static_cast<lxw_col_t>(c), book_.pick(columns_[c].zh, columns_[c].en), columns_[c].max_width);
}

void Sheet::header_cell(lxw_col_t col, std::string_view s, double max_width) {
  if (!ws_) return;
  if (col >= widths_.size()) {
    widths_.resize(col + 1, 0);
    columns_.resize(col + 1, Column{"", "", max_width});
  }
  columns_[col].max_width = max_width;
  std::string t = cell_text(s);
  book_.check(worksheet_write_string(ws_, 0, col, t.c_str(), book_.header()));
  fit(col, text_width(t) + 2);
}

void Sheet::fit(lxw_col_t col, double width) {
  if (col < widths_.size()) widths_[col] = std::max(widths_[col], std::min(width, columns_[col].max_width));
}

void Sheet::text(lxw_col_t col, std::string_view s) {
  if (!ws_ || s.empty()) return;
  cell_text_into(cell_, s);
  book_.check(worksheet_write_string(ws_, row_, col, cell_.c_str(), nullptr));
  // A column as wide as it may be stays so: its width need not be measured again.
  if (col < widths_.size() && widths_[col] < columns_[col].max_width) fit(col, text_width(cell_) + 1);
}

void Sheet::number(lxw_col_t col, double v, const std::string& num_format) {
  if (!ws_) return;
  book_.check(worksheet_write_number(ws_, row_, col, v, book_.format(num_format)));
  fit(col, 12);
}

void Sheet::boolean(lxw_col_t col, bool v) {
  if (!ws_) return;
  book_.check(worksheet_write_boolean(ws_, row_, col, v ? 1 : 0, nullptr));
  fit(col, 7);
}

void Sheet::finish(std::size_t) {
  if (!ws_ || widths_.empty()) return;
  worksheet_freeze_panes(ws_, 1, 0);
  lxw_row_t last = row_ > 1 ? row_ - 1 : 0;
  book_.check(worksheet_autofilter(ws_, 0, 0, last, static_cast<lxw_col_t>(widths_.size() - 1)));
  for (std::size_t c = 0; c < widths_.size(); ++c)
    book_.check(worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), std::max(widths_[c], 6.0), nullptr));
}

}  // namespace zhibiao::report::detail
