#include "xlsx_book.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace zhibiao::report::detail {
namespace {

constexpr lxw_color_t kLinkBlue = 0x0563C1, kMarkedFill = 0xFFEB9C, kHeaderFill = 0xDDEBF7;
constexpr std::size_t kMaxHeader = 255;  // Excel's longest table column name
constexpr std::size_t kMaxTableColumns = 264;  // 8 labels and 256 documents: about 4 MB of table columns
// Column widths (in characters) an A4 landscape page shows at 60 % (about 145 at 100 %).
constexpr double kA4Width = 240;

// About how wide a number shows in its format: digits, grouping commas, decimals and the
// quoted text around it (约, %, " / 5.0%"), in the units of text_width.
double shown_width(double v, const std::string& num_format) {
  double a = std::fabs(v);
  int digits = a < 1 ? 1 : static_cast<int>(std::floor(std::log10(a))) + 1;
  std::string first = num_format.substr(0, num_format.find(';'));
  double w = digits * 1.1 + (v < 0 ? 1.1 : 0);
  bool quoted = false, after_point = false;
  std::string literal;
  for (char c : first) {
    if (c == '"') {
      quoted = !quoted;
      continue;
    }
    if (quoted) literal += c;
    else if (c == ',') w += (digits - 1) / 3 * 1.1;
    else if (c == '.') after_point = true, w += 1.1;
    else if (c == '0' && after_point) w += 1.1;
  }
  return w + text_width(literal) + 2;
}

std::string folded(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

}  // namespace

lxw_format* Book::format(const std::string& num_format, Style style) {
  if (num_format.empty() && style == Style::plain) return nullptr;
  auto [it, fresh] = formats_.try_emplace(fmt::format("{}\x1f{}", static_cast<int>(style), num_format), nullptr);
  if (!fresh) return it->second;
  lxw_format* f = it->second = workbook_add_format(wb_);
  if (!num_format.empty()) format_set_num_format(f, num_format.c_str());
  if (style == Style::link || style == Style::link_marked) {
    format_set_font_color(f, kLinkBlue);
    format_set_underline(f, LXW_UNDERLINE_SINGLE);
  }
  if (style == Style::marked || style == Style::link_marked) format_set_bg_color(f, kMarkedFill);
  if (style == Style::title) {
    format_set_bold(f);
    format_set_font_size(f, 14);
  }
  if (style == Style::bold) format_set_bold(f);
  return f;
}

lxw_format* Book::header() {
  if (!header_) {
    header_ = workbook_add_format(wb_);
    format_set_bold(header_);
    format_set_bg_color(header_, kHeaderFill);
    format_set_bottom(header_, LXW_BORDER_THIN);
    format_set_text_wrap(header_);
    format_set_align(header_, LXW_ALIGN_VERTICAL_TOP);
  }
  return header_;
}

std::string Book::indicator_name(const std::string& id, const std::string& name) const {
  if (lang() == Lang::en)
    if (const CatalogueEntry* e = options_.catalogue.find(id, name); e && !e->name_en.empty()) return e->name_en;
  return name;
}

void Book::check(lxw_error e) {
  if (e != LXW_NO_ERROR && !error_) error_ = Error(fmt::format("workbook: {}", lxw_strerror(e)));
}

std::string Book::table_name(const std::string& base) {
  std::string name = base;
  for (int k = 2; !tables_.insert(folded(name)).second; ++k) name = fmt::format("{}{}", base, k);
  return name;
}

Sheet::Sheet(Book& book, const char* zh_name, const char* en_name, std::vector<Column> columns, std::string table,
             bool deferred)
    : Sheet(book, std::string(book.pick(zh_name, en_name)), std::move(columns), std::move(table), deferred) {}

Sheet::Sheet(Book& book, const std::string& name, std::vector<Column> columns, std::string table, bool deferred)
    : book_(book), name_(name), table_(book.table_name(table)), columns_(std::move(columns)) {
  ws_ = workbook_add_worksheet(book_.raw(), name_.c_str());
  if (!ws_) {
    book_.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
    return;
  }
  if (!deferred) write_header();
}

void Sheet::line(std::string_view s, Style style) {
  if (!ws_ || started_) return;
  if (!s.empty()) {
    std::string t = cell_text(s);
    book_.check(worksheet_write_string(ws_, row_, 0, t.c_str(), book_.format({}, style)));
  }
  ++row_;
}

void Sheet::table() {
  if (ws_ && !started_) write_header();
}

void Sheet::write_header() {
  started_ = true;
  header_row_ = row_;
  std::vector<Column> columns = std::move(columns_);
  columns_.clear();
  for (std::size_t c = 0; c < columns.size(); ++c)
    header_cell(static_cast<lxw_col_t>(c), book_.pick(columns[c].zh, columns[c].en), columns[c].max_width);
  ++row_;
}

void Sheet::header_cell(lxw_col_t col, std::string_view s, double max_width, double fit_to) {
  if (!ws_) return;
  if (col >= headers_.size()) {
    headers_.resize(col + 1);
    widths_.resize(col + 1, 0);
    columns_.resize(col + 1, Column{"", "", max_width});
  }
  columns_[col].max_width = max_width;
  // A table's column names are unique, single-line and non-empty.
  std::string base = cell_text(s.substr(0, std::min(s.size(), kMaxHeader)));
  std::replace(base.begin(), base.end(), '\n', ' ');
  if (base.empty()) base = fmt::format("{}", col + 1);
  std::string t = base;
  for (int k = 2; !header_keys_.insert(folded(t)).second; ++k) t = fmt::format("{} ({})", base, k);
  headers_[col] = t;
  book_.check(worksheet_write_string(ws_, header_row_, col, t.c_str(), book_.header()));
  fit(col, fit_to >= 0 ? fit_to : text_width(t) + 2);
}

void Sheet::header_height(double points) {
  if (ws_) book_.check(worksheet_set_row(ws_, header_row_, points, book_.header()));
}

void Sheet::fit(lxw_col_t col, double width) {
  if (col < widths_.size()) widths_[col] = std::max(widths_[col], std::min(width, columns_[col].max_width));
}

void Sheet::text(lxw_col_t col, std::string_view s, Style style) {
  if (!ws_ || s.empty()) return;
  cell_text_into(cell_, s);
  book_.check(worksheet_write_string(ws_, row_, col, cell_.c_str(), book_.format({}, style)));
  // A column as wide as it may be stays so: its width need not be measured again.
  if (col < widths_.size() && widths_[col] < columns_[col].max_width) fit(col, text_width(cell_) + 1);
}

void Sheet::number(lxw_col_t col, double v, const std::string& num_format, Style style) {
  if (!ws_) return;
  book_.check(worksheet_write_number(ws_, row_, col, v, book_.format(num_format, style)));
  fit(col, shown_width(v, num_format));
}

void Sheet::boolean(lxw_col_t col, bool v) {
  if (!ws_) return;
  book_.check(worksheet_write_boolean(ws_, row_, col, v ? 1 : 0, nullptr));
  fit(col, 7);
}

void Sheet::link(lxw_col_t col, const std::string& target) {
  if (!ws_ || links_ >= kMaxLinks) return;
  ++links_;
  book_.check(worksheet_write_url(ws_, row_, col, ("internal:" + target).c_str(), nullptr));
}

void Sheet::comment(lxw_col_t col, const std::string& text) {
  if (!ws_) return;
  book_.check(worksheet_write_comment(ws_, row_, col, cell_text(text).c_str()));
}

void Sheet::finish(lxw_col_t frozen_columns, bool freeze) {
  if (!ws_ || headers_.empty()) return;
  auto last_col = static_cast<lxw_col_t>(headers_.size() - 1);
  // A table holds at least one row below its header.
  lxw_row_t last_row = std::max<lxw_row_t>(row_ > 0 ? row_ - 1 : 0, header_row_ + 1);
  if (freeze) worksheet_freeze_panes(ws_, header_row_ + 1, frozen_columns);

  if (headers_.size() > kMaxTableColumns) {
    // libxlsxwriter 1.1 allocates a table's columns in memory quadratic in their number
    // (calloc(n) for each of n columns): a wider sheet (a comparison of hundreds of
    // documents) gets a filterable range instead of a Table.
    book_.check(worksheet_autofilter(ws_, header_row_, 0, last_row, last_col));
  } else {
    add_table(last_row, last_col);
  }
  fit_and_print(last_row, last_col);
}

void Sheet::add_table(lxw_row_t last_row, lxw_col_t last_col) {
  std::vector<lxw_table_column> cols(headers_.size());
  std::vector<lxw_table_column*> col_ptrs;
  for (std::size_t c = 0; c < headers_.size(); ++c) {
    cols[c].header = headers_[c].data();
    col_ptrs.push_back(&cols[c]);
  }
  col_ptrs.push_back(nullptr);
  lxw_table_options options{};
  options.name = table_.data();
  options.style_type = LXW_TABLE_STYLE_TYPE_MEDIUM;
  options.style_type_number = 2;
  options.columns = col_ptrs.data();
  // libxlsxwriter refuses tables in constant-memory mode because worksheet_add_table writes
  // the header cells into its in-memory row cache. The header row here is written already
  // (the strings are the same), so the table is added with the mode off for this one call;
  // the cells it caches are never written out (the streamed rows are), and are freed at close.
  std::uint8_t optimize = ws_->optimize;
  ws_->optimize = 0;
  book_.check(worksheet_add_table(ws_, header_row_, 0, last_row, last_col, &options));
  ws_->optimize = optimize;
}

void Sheet::fit_and_print(lxw_row_t last_row, lxw_col_t last_col) {
  double total = 0;
  std::size_t separate = same_from_ ? std::min<std::size_t>(*same_from_, widths_.size()) : widths_.size();
  for (std::size_t c = 0; c < separate; ++c) {
    double w = std::max(widths_[c], 6.0);
    total += w;
    book_.check(worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), w, nullptr));
  }
  if (separate < widths_.size()) {
    double w = std::max(6.0, *std::max_element(widths_.begin() + static_cast<std::ptrdiff_t>(separate), widths_.end()));
    total += w * static_cast<double>(widths_.size() - separate);
    book_.check(worksheet_set_column(ws_, static_cast<lxw_col_t>(separate), static_cast<lxw_col_t>(widths_.size() - 1),
                                     w, nullptr));
  }
  worksheet_set_landscape(ws_);
  // One page wide: a table that would print below 60 % on A4 prints on A3, where its text
  // stays readable.
  worksheet_set_paper(ws_, total > kA4Width ? 8 : 9);
  worksheet_set_margins(ws_, 0.4, 0.4, 0.5, 0.5);
  worksheet_fit_to_pages(ws_, 1, 0);
  book_.check(worksheet_repeat_rows(ws_, header_row_, header_row_));
  book_.check(worksheet_print_area(ws_, 0, 0, last_row, last_col));
  book_.check(worksheet_set_footer(ws_, "&L&A&R&P / &N"));
}

}  // namespace zhibiao::report::detail
