// The charts beside 指标对比: a small column chart per headline indicator, its one series
// the comparison row across the documents. Indicators where lower is better (PM2.5, 能耗,
// 失业率) get a block of their own below the others, in another colour, so a fall in
// pollution never stands among rises in output.
#include <algorithm>

#include "xlsx_sheets.hpp"

namespace zhibiao::report::detail {
namespace {

constexpr std::size_t kChartDocs = 40;  // documents a chart shows, from the first
constexpr std::size_t kAcross = 2;      // charts side by side
constexpr lxw_row_t kRowsPerChart = 15;  // rows of 20 px a chart and its gap take
constexpr std::uint32_t kChartWidth = 520, kChartHeight = 280, kGap = 16;
constexpr lxw_color_t kGrowthColour = 0x4472C4, kLowerColour = 0x70AD47;

void add_chart(Book& book, Sheet& sheet, const ChartRow& c, lxw_col_t first_doc_col, std::size_t docs,
               lxw_row_t at_row, lxw_col_t at_col, std::uint32_t x_offset) {
  lxw_chart* chart = workbook_add_chart(book.raw(), LXW_CHART_COLUMN);
  if (!chart) return book.check(LXW_ERROR_MEMORY_MALLOC_FAILED);
  const std::string name = sheet.name();
  auto last = static_cast<lxw_col_t>(first_doc_col + std::min(docs, kChartDocs) - 1);
  lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
  // Categories: the documents' headers (region and year); values: the row.
  chart_series_set_categories(series, name.c_str(), sheet.header_row(), first_doc_col, sheet.header_row(), last);
  chart_series_set_values(series, name.c_str(), c.row, first_doc_col, c.row, last);
  lxw_chart_fill fill{};
  fill.color = c.lower_is_better ? kLowerColour : kGrowthColour;
  chart_series_set_fill(series, &fill);
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  chart_title_set_name(chart, c.title.c_str());
  lxw_chart_font title_font{};
  title_font.size = 10;
  title_font.bold = LXW_TRUE;
  chart_title_set_name_font(chart, &title_font);
  lxw_chart_font axis_font{};
  axis_font.size = 8;
  chart_axis_set_num_font(chart->x_axis, &axis_font);
  chart_axis_set_num_font(chart->y_axis, &axis_font);
  if (c.level) chart_axis_set_min(chart->y_axis, 0);  // a level's bars are read from zero
  // Labels below the plot even where bars go negative (a fall).
  chart_axis_set_label_position(chart->x_axis, LXW_CHART_AXIS_LABEL_POSITION_LOW);
  lxw_chart_options opt{};
  opt.x_offset = static_cast<std::int32_t>(x_offset);
  opt.x_scale = static_cast<double>(kChartWidth) / 480.0;
  opt.y_scale = static_cast<double>(kChartHeight) / 288.0;
  opt.object_position = LXW_OBJECT_MOVE_DONT_SIZE;
  book.check(worksheet_insert_chart_opt(sheet.raw(), at_row, at_col, chart, &opt));
}

}  // namespace

void write_charts(Book& book, Sheet& sheet, const std::vector<ChartRow>& rows, lxw_col_t first_doc_col,
                  std::size_t docs) {
  if (docs == 0 || rows.empty()) return;
  // Beside the table, one column of space after the last document.
  auto at_col = static_cast<lxw_col_t>(first_doc_col + docs + 1);
  if (at_col >= 16384) at_col = static_cast<lxw_col_t>(first_doc_col + docs - 1);
  lxw_row_t at_row = 1;
  for (bool lower : {false, true}) {
    std::size_t k = 0;
    for (const ChartRow& c : rows) {
      if (c.lower_is_better != lower) continue;
      lxw_row_t r = at_row + static_cast<lxw_row_t>(k / kAcross) * kRowsPerChart;
      add_chart(book, sheet, c, first_doc_col, docs, r, at_col, static_cast<std::uint32_t>(k % kAcross) * (kChartWidth + kGap));
      ++k;
    }
    at_row += static_cast<lxw_row_t>((k + kAcross - 1) / kAcross) * kRowsPerChart;
  }
}

}  // namespace zhibiao::report::detail
