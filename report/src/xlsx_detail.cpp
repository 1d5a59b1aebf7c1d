#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "xlsx_sheets.hpp"

namespace zhibiao::report::detail {
namespace {

// 序号 stays in view when the sheet scrolls sideways.
constexpr lxw_col_t kFrozenColumns = 1;

std::vector<Column> detail_columns() {
  return {{"序号", "No.", 10},          {"文件", "Document", 40},       {"地区", "Region", 16},
          {"文件年份", "Doc year", 10}, {"指标", "Indicator", 30},      {"提及", "Mention", 30},
          {"度量", "Measure", 12},      {"数值", "Value", 20},          {"精确数值", "Exact value", 24}, {"单位", "Unit", 10},
          {"显示值", "Display value", 16}, {"显示单位", "Display unit", 12}, {"原文", "Text", 20},
          {"时期", "Period", 14},       {"时期类型", "Period kind", 12}, {"口径", "Basis", 10},
          {"状态", "Status", 10},       {"性质", "Modality", 10},       {"限定", "Qualifier", 10},
          {"范围", "Scope", 24},        {"排名对象", "Rank of", 12},    {"参与排名数", "Peers", 12},
          {"原始数值", "Raw value", 12}, {"原始单位", "Raw unit", 10},  {"遮蔽", "Masked", 8},
          {"下限", "Low", 14},          {"上限", "High", 14},           {"类别", "Category", 10},
          {"指标编号", "Indicator id", 24}, {"规则", "Rule", 30},       {"起始", "Start", 10},
          {"结束", "End", 10},          {"句子", "Sentence", 100}};
}

int decimals(const Decimal& d) { return d.fraction_digits(); }

// Excel keeps 15 significant digits of a number: past that, the exact decimal as text beside it.
constexpr int kExcelDigits = 15;

void write_record(Sheet& s, Book& book, const Record& r, std::size_t number) {
  Lang lang = book.lang();
  lxw_col_t c = 0;
  s.number(c++, static_cast<double>(number));
  s.text(c++, r.doc);
  s.text(c++, r.region);
  if (r.doc_year) s.number(c, *r.doc_year);
  ++c;
  s.text(c++, book.indicator_name(r.indicator_id, r.indicator));
  s.text(c++, r.mention);
  s.text(c++, book.label(Field::measure, r.measure));
  if (r.value) s.number(c, r.value->to_double(), number_format(r.unit, decimals(*r.value), lang));
  ++c;
  if (r.value) {
    std::string exact = r.value->str();
    if (significant_digits(exact) > kExcelDigits) s.text(c, exact);
  }
  ++c;
  s.text(c++, r.unit);
  const std::string display = display_unit_of(r, book.options().catalogue);
  if (r.value && !display.empty()) {
    if (auto f = book.display().factor(display, r.unit)) {
      bool scaled = *f != 1.0;
      int d = scaled ? 2 : decimals(*r.value);
      s.number(c, r.value->to_double() / *f, number_format(scaled ? std::string() : r.unit, d, lang));
    }
  }
  ++c;
  s.text(c++, display);
  s.text(c++, r.text);
  s.text(c++, r.period);
  s.text(c++, book.label(Field::period_kind, r.period_kind));
  s.text(c++, book.label(Field::basis, r.basis));
  s.text(c++, book.label(Field::status, r.status));
  s.text(c++, book.label(Field::modality, r.modality));
  s.text(c++, book.label(Field::qualifier, r.qualifier));
  s.text(c++, r.scope);
  s.text(c++, r.of);
  if (r.of_total) s.number(c, static_cast<double>(*r.of_total));
  ++c;
  s.text(c++, r.raw_value);
  s.text(c++, r.raw_unit);
  s.boolean(c++, r.masked);
  if (r.low) s.number(c, r.low->to_double(), number_format(r.unit, decimals(*r.low), lang));
  ++c;
  if (r.high) s.number(c, r.high->to_double(), number_format(r.unit, decimals(*r.high), lang));
  ++c;
  s.text(c++, book.label(Field::category, r.category));
  s.text(c++, r.indicator_id);
  s.text(c++, r.rule);
  s.number(c++, static_cast<double>(r.start));
  s.number(c++, static_cast<double>(r.end));
  s.text(c++, r.sentence);
}

}  // namespace

DetailSheets::DetailSheets(Book& book) : book_(book) { open(); }
DetailSheets::~DetailSheets() = default;

void DetailSheets::open() {
  std::string name = book_.pick("指标明细", "Records");
  if (!names_.empty()) name += fmt::format(" {}", names_.size() + 1);
  names_.push_back(name);
  rows_ = 0;
  sheet_ = std::make_unique<Sheet>(book_, name, detail_columns(), "Records");
}

void DetailSheets::add(const Record& r, std::size_t number) {
  if (rows_ == kMaxDataRows) {
    sheet_->finish(kFrozenColumns);
    open();
  }
  write_record(*sheet_, book_, r, number);
  sheet_->next_row();
  ++rows_;
}

std::string DetailSheets::target(std::size_t number) const {
  // Records fill the sheets in order, kMaxDataRows a sheet, under one header row each.
  std::size_t at = number > 0 ? number - 1 : 0;
  std::size_t sheet = std::min(at / kMaxDataRows, names_.size() - 1);
  // Sheet names are quoted; a quote inside one is doubled.
  std::string quoted;
  for (char ch : names_[sheet]) quoted += ch == '\'' ? std::string("''") : std::string(1, ch);
  return fmt::format("'{}'!A{}", quoted, at - sheet * kMaxDataRows + 2);
}

void DetailSheets::finish() {
  if (sheet_) sheet_->finish(kFrozenColumns);
  sheet_.reset();
}

}  // namespace zhibiao::report::detail
