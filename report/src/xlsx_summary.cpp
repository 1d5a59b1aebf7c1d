// 指标汇总: one row per indicator, measure and modality; one column per document;
// each cell the document's headline figure (its first exact one), in display units.
#include <algorithm>
#include <map>
#include <tuple>

#include "xlsx_sheets.hpp"

namespace zhibiao::report::detail {
namespace {

// Excel has 16,384 columns; four hold the row's labels.
constexpr std::size_t kMaxDocColumns = 16380;
constexpr std::size_t kChartDocs = 30, kChartSeries = 6;

const char* measure_label(const std::string& m, Lang lang) {
  static const std::map<std::string, std::pair<const char*, const char*>> labels = {
      {"value", {"总量", "value"}},       {"growth", {"增速", "growth"}},          {"share", {"占比", "share"}},
      {"rank", {"排名", "rank"}},         {"completion", {"完成率", "completion"}}};
  auto it = labels.find(m);
  if (it == labels.end()) return m.c_str();
  return lang == Lang::zh ? it->second.first : it->second.second;
}

}  // namespace

void SummaryTable::column(const std::string& doc) {
  // Past Excel's last column a document has no place (nor a cost in memory).
  if (docs_.size() < kMaxDocColumns && doc_col_.emplace(doc, docs_.size()).second) docs_.push_back(doc);
}

void SummaryTable::add(const Record& r) {
  column(r.doc);
  if (r.indicator.empty() || !r.value || r.masked) return;
  auto found = doc_col_.find(r.doc);
  if (found == doc_col_.end()) return;
  std::size_t col = found->second;
  auto [it, fresh] = row_of_.try_emplace({r.indicator, r.measure, r.of, r.modality, r.unit}, rows_.size());
  if (fresh) rows_.push_back({r.indicator, r.measure, r.of, r.modality, r.unit, r.display_unit, {}});
  Row& row = rows_[it->second];
  Cell cell{static_cast<std::uint32_t>(col), static_cast<std::int16_t>(r.value->fraction_digits()),
            r.qualifier == "exact", r.value->to_double()};
  auto at = std::lower_bound(row.by_doc.begin(), row.by_doc.end(), cell.col,
                             [](const Cell& c, std::uint32_t k) { return c.col < k; });
  if (at == row.by_doc.end() || at->col != cell.col) row.by_doc.insert(at, cell);
  // An exact figure makes a better headline than an approximate one before it.
  else if (!at->exact && cell.exact) *at = cell;
}

void SummaryTable::write(Book& book) const {
  const auto& rows = rows_;
  std::size_t columns = docs_.size();
  Sheet s(book, "指标汇总", "Summary",
          {{"指标", "Indicator", 30}, {"度量", "Measure", 14}, {"性质", "Modality", 10}, {"单位", "Unit", 12}});
  for (std::size_t c = 0; c < columns; ++c) s.header_cell(static_cast<lxw_col_t>(4 + c), docs_[c], 24);
  for (const auto& row : rows) {
    std::optional<double> factor = book.display().factor(row.display_unit, row.unit);
    bool scaled = factor && *factor != 1.0;
    std::string measure = measure_label(row.measure, book.lang());
    if (!row.of.empty()) measure += "（" + row.of + "）";
    s.text(0, row.indicator);
    s.text(1, measure);
    s.text(2, row.modality == "target" ? book.pick("目标", "target") : book.pick("实际", "actual"));
    s.text(3, scaled ? row.display_unit : row.unit);
    for (const Cell& cell : row.by_doc) {
      double v = cell.value / (scaled ? *factor : 1.0);
      s.number(static_cast<lxw_col_t>(4 + cell.col), v, number_format(scaled ? std::string() : row.unit, scaled ? 2 : cell.decimals));
    }
    s.next_row();
  }
  lxw_row_t chart_row = s.row() + 1;
  std::string sheet_name = s.name();
  s.finish();

  // The chart: actual growth of the indicators most documents report, by document.
  std::vector<std::pair<std::size_t, lxw_row_t>> growth;  // documents covered, sheet row
  for (std::size_t k = 0; k < rows.size(); ++k)
    if (rows[k].measure == "growth" && rows[k].modality == "actual" && rows[k].unit == "%")
      growth.emplace_back(rows[k].by_doc.size(), static_cast<lxw_row_t>(k + 1));
  if (growth.empty() || columns == 0) return;
  std::stable_sort(growth.begin(), growth.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  if (growth.size() > kChartSeries) growth.resize(kChartSeries);
  lxw_chart* chart = workbook_add_chart(book.raw(), LXW_CHART_COLUMN);
  if (!chart) return book.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
  auto last_col = static_cast<lxw_col_t>(4 + std::min(columns, kChartDocs) - 1);
  std::sort(growth.begin(), growth.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  for (const auto& [count, row] : growth) {
    lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
    chart_series_set_categories(series, sheet_name.c_str(), 0, 4, 0, last_col);
    chart_series_set_values(series, sheet_name.c_str(), row, 4, row, last_col);
    chart_series_set_name_range(series, sheet_name.c_str(), row, 0);
  }
  chart_title_set_name(chart, book.pick("主要指标增速（%）", "Growth of headline indicators (%)"));
  chart_axis_set_name(chart->y_axis, "%");
  lxw_chart_options opt{};
  opt.x_scale = 2;
  opt.y_scale = 1.5;
  book.check(worksheet_insert_chart_opt(s.raw(), chart_row, 0, chart, &opt));
}

}  // namespace zhibiao::report::detail
