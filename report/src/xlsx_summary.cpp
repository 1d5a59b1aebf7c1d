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

struct Row {
  std::string indicator, measure, of, modality, unit, display_unit;
  std::map<std::size_t, std::size_t> by_doc;  // document column → record index
};

const char* measure_label(const std::string& m, Lang lang) {
  static const std::map<std::string, std::pair<const char*, const char*>> labels = {
      {"value", {"总量", "value"}},       {"growth", {"增速", "growth"}},          {"share", {"占比", "share"}},
      {"rank", {"排名", "rank"}},         {"completion", {"完成率", "completion"}}};
  auto it = labels.find(m);
  if (it == labels.end()) return m.c_str();
  return lang == Lang::zh ? it->second.first : it->second.second;
}

}  // namespace

void write_summary_sheet(Book& book, const Batch& batch) {
  std::vector<std::string> docs;
  std::map<std::string, std::size_t> doc_col;
  for (const auto& src : batch.sources)
    if (doc_col.emplace(src.path, docs.size()).second) docs.push_back(src.path);
  for (const auto& r : batch.records)
    if (doc_col.emplace(r.doc, docs.size()).second) docs.push_back(r.doc);
  if (docs.size() > kMaxDocColumns) docs.resize(kMaxDocColumns);

  std::vector<Row> rows;
  std::map<std::tuple<std::string, std::string, std::string, std::string, std::string>, std::size_t> row_of;
  for (std::size_t i = 0; i < batch.records.size(); ++i) {
    const Record& r = batch.records[i];
    if (r.indicator.empty() || !r.value || r.masked) continue;
    std::size_t col = doc_col[r.doc];
    if (col >= docs.size()) continue;
    auto [it, fresh] = row_of.try_emplace({r.indicator, r.measure, r.of, r.modality, r.unit}, rows.size());
    if (fresh) rows.push_back({r.indicator, r.measure, r.of, r.modality, r.unit, r.display_unit, {}});
    Row& row = rows[it->second];
    auto [cell, first] = row.by_doc.try_emplace(col, i);
    // An exact figure makes a better headline than an approximate one before it.
    if (!first && batch.records[cell->second].qualifier != "exact" && r.qualifier == "exact") cell->second = i;
  }

  Sheet s(book, "指标汇总", "Summary",
          {{"指标", "Indicator", 30}, {"度量", "Measure", 14}, {"性质", "Modality", 10}, {"单位", "Unit", 12}});
  for (std::size_t c = 0; c < docs.size(); ++c) s.header_cell(static_cast<lxw_col_t>(4 + c), docs[c], 24);
  for (const auto& row : rows) {
    std::optional<double> factor = book.display().factor(row.display_unit, row.unit);
    bool scaled = factor && *factor != 1.0;
    std::string measure = measure_label(row.measure, book.lang());
    if (!row.of.empty()) measure += "（" + row.of + "）";
    s.text(0, row.indicator);
    s.text(1, measure);
    s.text(2, row.modality == "target" ? book.pick("目标", "target") : book.pick("实际", "actual"));
    s.text(3, scaled ? row.display_unit : row.unit);
    for (const auto& [col, i] : row.by_doc) {
      const Record& r = batch.records[i];
      double v = r.value->to_double() / (scaled ? *factor : 1.0);
      s.number(static_cast<lxw_col_t>(4 + col), v,
               number_format(scaled ? std::string() : r.unit, scaled ? 2 : r.value->fraction_digits()));
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
  if (growth.empty() || docs.empty()) return;
  std::stable_sort(growth.begin(), growth.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  if (growth.size() > kChartSeries) growth.resize(kChartSeries);
  lxw_chart* chart = workbook_add_chart(book.raw(), LXW_CHART_COLUMN);
  if (!chart) return book.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
  auto last_col = static_cast<lxw_col_t>(4 + std::min(docs.size(), kChartDocs) - 1);
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
