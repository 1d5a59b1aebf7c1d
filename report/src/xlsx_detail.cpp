#include <cmath>
#include <string>

#include "xlsx_sheets.hpp"

namespace zhibiao::report::detail {
namespace {

std::vector<Column> detail_columns() {
  return {{"序号", "No.", 10},          {"文件", "Document", 40},       {"地区", "Region", 16},
          {"文件年份", "Doc year", 10}, {"指标", "Indicator", 30},      {"提及", "Mention", 30},
          {"度量", "Measure", 12},      {"数值", "Value", 20},          {"单位", "Unit", 10},
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

void write_record(Sheet& s, Book& book, const Record& r, std::size_t number) {
  lxw_col_t c = 0;
  s.number(c++, static_cast<double>(number));
  s.text(c++, r.doc);
  s.text(c++, r.region);
  if (r.doc_year) s.number(c, *r.doc_year);
  ++c;
  s.text(c++, r.indicator);
  s.text(c++, r.mention);
  s.text(c++, r.measure);
  if (r.value) s.number(c, r.value->to_double(), number_format(r.unit, decimals(*r.value)));
  ++c;
  s.text(c++, r.unit);
  if (r.value && !r.display_unit.empty()) {
    if (auto f = book.display().factor(r.display_unit, r.unit)) {
      bool scaled = *f != 1.0;
      int d = scaled ? 2 : decimals(*r.value);
      s.number(c, r.value->to_double() / *f, number_format(scaled ? std::string() : r.unit, d));
    }
  }
  ++c;
  s.text(c++, r.display_unit);
  s.text(c++, r.text);
  s.text(c++, r.period);
  s.text(c++, r.period_kind);
  s.text(c++, r.basis);
  s.text(c++, r.status);
  s.text(c++, r.modality);
  s.text(c++, r.qualifier);
  s.text(c++, r.scope);
  s.text(c++, r.of);
  if (r.of_total) s.number(c, static_cast<double>(*r.of_total));
  ++c;
  s.text(c++, r.raw_value);
  s.text(c++, r.raw_unit);
  s.boolean(c++, r.masked);
  if (r.low) s.number(c, r.low->to_double(), number_format(r.unit, decimals(*r.low)));
  ++c;
  if (r.high) s.number(c, r.high->to_double(), number_format(r.unit, decimals(*r.high)));
  ++c;
  s.text(c++, r.category);
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
