#include <cmath>
#include <string>

#include "xlsx_sheets.hpp"

namespace zhibiao::report::detail {
namespace {

std::vector<Column> detail_columns() {
  return {{"序号", "No.", 10},          {"文件", "Document", 40},     {"指标", "Indicator", 30},
          {"提及", "Mention", 30},      {"度量", "Measure", 12},      {"数值", "Value", 20},
          {"单位", "Unit", 10},         {"显示值", "Display value", 16}, {"显示单位", "Display unit", 12},
          {"原文", "Text", 20},         {"时期", "Period", 14},       {"性质", "Modality", 10},
          {"限定", "Qualifier", 10},    {"范围", "Scope", 24},        {"排名对象", "Rank of", 12},
          {"参与排名数", "Peers", 12},  {"原始数值", "Raw value", 12}, {"原始单位", "Raw unit", 10},
          {"遮蔽", "Masked", 8},        {"下限", "Low", 14},          {"上限", "High", 14},
          {"类别", "Category", 10},     {"指标编号", "Indicator id", 24}, {"规则", "Rule", 30},
          {"起始", "Start", 10},        {"结束", "End", 10},          {"句子", "Sentence", 100}};
}

int decimals(const Decimal& d) { return d.fraction_digits(); }

void write_record(Sheet& s, Book& book, const Record& r, std::size_t number) {
  s.number(0, static_cast<double>(number));
  s.text(1, r.doc);
  s.text(2, r.indicator);
  s.text(3, r.mention);
  s.text(4, r.measure);
  if (r.value) s.number(5, r.value->to_double(), number_format(r.unit, decimals(*r.value)));
  s.text(6, r.unit);
  if (r.value && !r.display_unit.empty()) {
    if (auto f = book.display().factor(r.display_unit, r.unit)) {
      bool scaled = *f != 1.0;
      int d = scaled ? 2 : decimals(*r.value);
      s.number(7, r.value->to_double() / *f, number_format(scaled ? std::string() : r.unit, d));
    }
  }
  s.text(8, r.display_unit);
  s.text(9, r.text);
  s.text(10, r.period);
  s.text(11, r.modality);
  s.text(12, r.qualifier);
  s.text(13, r.scope);
  s.text(14, r.of);
  if (r.of_total) s.number(15, static_cast<double>(*r.of_total));
  s.text(16, r.raw_value);
  s.text(17, r.raw_unit);
  s.boolean(18, r.masked);
  if (r.low) s.number(19, r.low->to_double(), number_format(r.unit, decimals(*r.low)));
  if (r.high) s.number(20, r.high->to_double(), number_format(r.unit, decimals(*r.high)));
  s.text(21, r.category);
  s.text(22, r.indicator_id);
  s.text(23, r.rule);
  s.number(24, static_cast<double>(r.start));
  s.number(25, static_cast<double>(r.end));
  s.text(26, r.sentence);
}

}  // namespace

DetailSheets::DetailSheets(Book& book) : book_(book) { open(); }
DetailSheets::~DetailSheets() = default;

void DetailSheets::open() {
  std::string zh = "指标明细", en = "Records";
  if (sheets_ > 0) zh += " " + std::to_string(sheets_ + 1), en += " " + std::to_string(sheets_ + 1);
  ++sheets_;
  rows_ = 0;
  sheet_ = std::make_unique<Sheet>(book_, zh.c_str(), en.c_str(), detail_columns());
}

void DetailSheets::add(const Record& r, std::size_t number) {
  if (rows_ == kMaxDataRows) {
    sheet_->finish();
    open();
  }
  write_record(*sheet_, book_, r, number);
  sheet_->next_row();
  ++rows_;
}

void DetailSheets::finish() {
  if (sheet_) sheet_->finish();
  sheet_.reset();
}

}  // namespace zhibiao::report::detail
