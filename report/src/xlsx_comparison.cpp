// 指标对比 (docs/workbook.md): one row per indicator × measure × status × period (and
// basis and unit, so no row mixes units or a five-year average with a year), one column
// per document. A cell is the document's figure in the indicator's display unit, linked
// to its record; an exact figure wins over a bound beside it (突破3万亿元 and 3.6万亿元),
// and two exact figures their precision cannot reconcile are both shown and marked.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <numeric>

#include "check_support.hpp"
#include "xlsx_sheets.hpp"

namespace zhibiao::report::detail {
namespace {

// 类别, 指标, 度量, 状态, 时期, 口径, 单位, 不一致; then the documents.
constexpr lxw_col_t kLabelColumns = 8;
constexpr std::size_t kMaxDocColumns = 16384 - kLabelColumns;  // Excel's last column
// Each disagreement shows its second value through a number format of its own; Excel keeps
// a few hundred custom formats a workbook, so past this many they are written as text.
constexpr std::size_t kMaxConflictFormats = 120;
// Past this many documents their columns share one width (Sheet::same_width_from).
constexpr std::size_t kManyDocs = 256;

const std::vector<std::string> kMeasures = {"value", "growth", "change", "share", "rank", "completion"};
const std::vector<std::string> kStatuses = {"actual", "estimate", "target", "masked"};
const std::vector<std::string> kKinds = {"year", "multi-year", "half", "quarter", "months", "month", ""};
const std::vector<std::string> kQualifiers = {"exact", "approx", "at_least", "at_most"};

std::size_t rank_in(const std::vector<std::string>& order, const std::string& v) {
  return static_cast<std::size_t>(std::find(order.begin(), order.end(), v) - order.begin());
}

// 同比 and 比上年 say what a year's growth is anyway: one row with the growth written bare.
// 年均, 累计 and the rest are other figures and keep rows of their own.
std::string row_basis(const std::string& basis) { return basis == "同比" || basis == "比上年" ? std::string() : basis; }

const char* prefix(std::uint8_t qualifier, Lang lang) {
  switch (qualifier) {
    case 1: return lang == Lang::zh ? "约" : "≈";
    case 2: return "≥";
    case 3: return "≤";
    default: return "";
  }
}

}  // namespace

ComparisonTable::ComparisonTable(const WorkbookOptions& options) : options_(options) {
  picked_.insert(options.picked.begin(), options.picked.end());
}

std::uint32_t ComparisonTable::intern(const std::string& s) {
  auto [it, fresh] = word_ids_.try_emplace(s, static_cast<std::uint32_t>(words_.size()));
  if (fresh) words_.push_back(s);
  return it->second;
}

bool ComparisonTable::picked(const Record& r) const {
  return picked_.empty() || picked_.count(r.indicator_id) || picked_.count(r.indicator);
}

void ComparisonTable::document(const SourceFile& source) {
  if (source.status == "skipped" || source.status == "error" || docs_.size() >= kMaxDocColumns) return;
  if (!doc_col_.emplace(source.path, static_cast<std::uint32_t>(docs_.size())).second) return;
  Doc d;
  d.stem = std::filesystem::path(source.path).stem().string();
  if (d.stem.empty()) d.stem = source.path;
  d.region = source.region;
  d.region_known = !source.region.empty();
  d.year = source.year;
  docs_.push_back(std::move(d));
}

void ComparisonTable::add(const Record& r, std::size_t number) {
  if (r.indicator.empty() || !picked(r)) return;
  std::string status = status_of(r);
  bool masked = r.masked || status == "masked";
  if (!masked && !r.value) return;  // vague: nothing to compare
  auto found = doc_col_.find(r.doc);
  if (found == doc_col_.end()) {
    SourceFile unlisted;
    unlisted.path = r.doc;
    document(unlisted);
    found = doc_col_.find(r.doc);
    if (found == doc_col_.end()) return;  // past Excel's last column
  }
  std::uint32_t col = found->second;
  Doc& doc = docs_[col];
  if (!doc.year && r.doc_year) doc.year = r.doc_year;
  // A document's column holds its own area's figures; 全国 or 京津冀 quoted in it stay in 指标明细.
  if (doc.region_known && !r.region.empty() && r.region != doc.region) return;
  if (!doc.region_known && !r.region.empty()) ++doc.regions[r.region];

  const CatalogueEntry* entry = options_.catalogue.find(r.indicator_id, r.indicator);
  std::string display = display_unit_of(r, options_.catalogue);
  std::optional<double> factor;
  if (r.measure == "value" || r.measure == "change") factor = display_.factor(display, r.unit);
  std::string unit = factor ? display : r.unit;

  Key key{intern(r.indicator_id.empty() ? r.indicator : r.indicator_id),
          intern(r.measure),
          intern(r.of),
          intern(masked ? "masked" : status),
          intern(r.period.empty() ? std::string() : r.period_kind),
          intern(r.period),
          intern(row_basis(r.basis)),
          intern(unit)};
  auto [at, fresh] = row_of_.try_emplace(key, static_cast<std::uint32_t>(rows_.size()));
  if (fresh) {
    rows_.push_back({key, unit, factor.value_or(1.0), factor && *factor != 1.0, {}});
    names_.try_emplace(key.indicator, r.indicator);
    categories_.try_emplace(key.indicator, entry ? entry->category : r.category);
  }
  Row& row = rows_[at->second];

  Cell cell;
  cell.col = static_cast<std::uint16_t>(col);
  cell.number = static_cast<std::uint32_t>(number);
  cell.masked = masked;
  cell.qualifier = static_cast<std::uint8_t>(std::min<std::size_t>(rank_in(kQualifiers, r.qualifier), 3)) & 3u;
  if (!masked) {
    cell.value = r.value->to_double() / row.factor;
    cell.half = static_cast<float>(half_unit(r) / row.factor);
    cell.decimals = static_cast<std::int8_t>(row.scaled ? 2 : std::clamp(written_decimals(r), 0, 12));
  }
  if (row.cells.empty() || row.cells.back().col != col) {
    row.cells.push_back(cell);
    return;
  }
  Cell& old = row.cells.back();
  auto agree = [](double a, float ha, double b, float hb) {
    double slack = 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
    return std::fabs(a - b) <= std::max(ha, hb) + slack;
  };
  if (old.masked || masked) return;  // [c] is [c]
  bool old_exact = old.qualifier == 0, new_exact = cell.qualifier == 0;
  if (new_exact && !old_exact) {  // the figure itself beats a bound written before it
    old = cell;
    return;
  }
  if (!new_exact && old_exact) return;
  if (agree(old.value, old.half, cell.value, cell.half)) return;
  if (old.conflict == 0) {
    conflicts_.push_back({cell.value, cell.half, cell.number, cell.decimals, 0});
    old.conflict = static_cast<std::uint32_t>(conflicts_.size());
    return;
  }
  Conflict& second = conflicts_[old.conflict - 1];
  if (!agree(second.value, second.half, cell.value, cell.half)) ++second.more;
}

void ComparisonTable::settle(Doc& d) {
  if (!d.region_known && !d.regions.empty())
    d.region = std::max_element(d.regions.begin(), d.regions.end(),
                                [](const auto& a, const auto& b) { return a.second < b.second; })
                   ->first;
  d.header = d.region.empty() ? d.stem : d.region;
  if (d.year) d.header += fmt::format(" {}", *d.year);
}

void ComparisonTable::write(Book& book, const DetailSheets& detail) {
  const Lang lang = book.lang();
  const Catalogue& catalogue = options_.catalogue;
  auto entry_of = [&](const Row& row) { return catalogue.find(word(row.key.indicator), names_[row.key.indicator]); };

  // Category and catalogue order; indicators the rules do not know (records read back) after them.
  std::vector<std::size_t> order(rows_.size());
  std::iota(order.begin(), order.end(), 0);
  auto sort_key = [&](const Row& row) {
    const CatalogueEntry* e = entry_of(row);
    constexpr std::size_t none = static_cast<std::size_t>(-1);
    return std::make_tuple(e ? e->category_order : none, e ? e->order : none,
                           std::string_view(categories_[row.key.indicator]), std::string_view(names_[row.key.indicator]),
                           rank_in(kMeasures, word(row.key.measure)), std::string_view(word(row.key.of)),
                           rank_in(kStatuses, word(row.key.status)), rank_in(kKinds, word(row.key.kind)));
  };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Row &x = rows_[a], &y = rows_[b];
    auto kx = sort_key(x), ky = sort_key(y);
    if (kx != ky) return kx < ky;
    // The latest period first: the year a report reviews before the years it looks back on.
    if (x.key.period != y.key.period) return word(x.key.period) > word(y.key.period);
    return std::tie(word(x.key.basis), word(x.key.unit)) < std::tie(word(y.key.basis), word(y.key.unit));
  });

  Sheet s(book, "指标对比", "Comparison",
          {{"类别", "Category", 8},
           {"指标", "Indicator", 22},
           {"度量", "Measure", 10},
           {"状态", "Status", 6},
           {"时期", "Period", 10},
           {"口径", "Basis", 6},
           {"单位", "Unit", 8},
           {"不一致", "Conflicts", 7}},
          "Comparison");
  // Document headers wrap between region and year, so a column is as wide as its figures.
  for (std::size_t k = 0; k < docs_.size(); ++k) {
    settle(docs_[k]);
    double wide = std::max(text_width(docs_[k].region.empty() ? docs_[k].stem : docs_[k].region), 5.0) + 1;
    s.header_cell(static_cast<lxw_col_t>(kLabelColumns + k), docs_[k].header, 16, std::min(wide, 16.0));
  }
  s.header_height(32);
  if (docs_.size() > kManyDocs) s.same_width_from(kLabelColumns);

  std::vector<lxw_row_t> sheet_row(rows_.size(), 0);
  std::size_t conflict_formats = 0;
  for (std::size_t index : order) {
    if (s.data_rows() >= kMaxDataRows) break;
    const Row& row = rows_[index];
    sheet_row[index] = s.row();
    const CatalogueEntry* e = entry_of(row);
    std::string measure = book.label(Field::measure, word(row.key.measure));
    if (!word(row.key.of).empty()) measure += fmt::format(fmt::runtime(lang == Lang::zh ? "（{}）" : " ({})"), word(row.key.of));
    std::size_t conflicts = 0;
    for (const Cell& c : row.cells) conflicts += c.conflict != 0;
    s.text(0, book.label(Field::category, categories_[row.key.indicator]));
    s.text(1, book.indicator_name(e ? e->id : word(row.key.indicator), names_[row.key.indicator]));
    s.text(2, measure);
    s.text(3, book.label(Field::status, word(row.key.status)));
    s.text(4, word(row.key.period));
    s.text(5, book.label(Field::basis, word(row.key.basis)));
    s.text(6, row.unit_label);
    if (conflicts) s.number(7, static_cast<double>(conflicts));
    const std::string unit = row.scaled ? std::string() : row.unit_label;
    for (const Cell& c : row.cells) {
      auto col = static_cast<lxw_col_t>(kLabelColumns + c.col);
      bool linked = s.links() < Sheet::kMaxLinks;
      if (linked) s.link(col, detail.target(c.number));
      Style plain = linked ? Style::link : Style::plain, marked = linked ? Style::link_marked : Style::marked;
      if (c.masked) {
        s.text(col, "[c]", plain);
        continue;
      }
      std::string pre = prefix(c.qualifier, lang);
      if (!c.conflict) {
        s.number(col, c.value, number_format(unit, c.decimals, lang, pre), plain);
        continue;
      }
      const Conflict& other = conflicts_[c.conflict - 1];
      std::string second = formatted(other.value, unit, other.decimals, lang);
      std::string shown = fmt::format(" / {}{}", second, other.more ? " …" : "");
      if (conflict_formats++ < kMaxConflictFormats)
        s.number(col, c.value, number_format(unit, c.decimals, lang, pre, shown), marked);
      else
        s.text(col, fmt::format("{}{}{}", pre, formatted(c.value, unit, c.decimals, lang), shown), marked);
      s.comment(col, lang == Lang::zh
                         ? fmt::format("同一文件中的数值不一致：序号 {} 为 {}，序号 {} 为 {}{}。", c.number,
                                       formatted(c.value, unit, c.decimals, lang), other.number, second,
                                       other.more ? fmt::format("，另有 {} 个不同的数值", other.more) : "")
                         : fmt::format("The document gives two values: No. {} gives {}, No. {} gives {}{}.", c.number,
                                       formatted(c.value, unit, c.decimals, lang), other.number, second,
                                       other.more ? fmt::format(", and {} more", other.more) : ""));
    }
    s.next_row();
  }
  s.finish(kLabelColumns);

  // The charts: each chosen indicator's annual actuals across documents — its growth, or its
  // level where more documents give that — and the lower-is-better ones apart.
  std::vector<const CatalogueEntry*> charted;
  for (const CatalogueEntry& e : catalogue.entries())
    if (picked_.empty() ? e.headline : (picked_.count(e.id) || picked_.count(e.name))) charted.push_back(&e);
  std::vector<ChartRow> charts;
  for (const CatalogueEntry* e : charted) {
    const Row* best = nullptr;
    std::size_t best_index = 0;
    auto better = [&](const Row& a, const Row& b) {  // is a a better headline than b
      if (a.cells.size() != b.cells.size()) return a.cells.size() > b.cells.size();
      std::size_t ma = rank_in(kMeasures, word(a.key.measure)), mb = rank_in(kMeasures, word(b.key.measure));
      if (ma != mb) return (ma == 1 ? 0 : ma + 1) < (mb == 1 ? 0 : mb + 1);  // growth, then level
      return word(a.key.period) > word(b.key.period);
    };
    for (std::size_t k = 0; k < rows_.size(); ++k) {
      const Row& row = rows_[k];
      if (entry_of(row) != e || word(row.key.status) != "actual" || word(row.key.kind) != "year") continue;
      const std::string& m = word(row.key.measure);
      if (!(m == "value" || (m == "growth" && row.unit_label == "%")) || !word(row.key.of).empty()) continue;
      if (!word(row.key.basis).empty() || (sheet_row[k] == 0)) continue;
      if (!best || better(row, *best)) best = &row, best_index = k;
    }
    if (!best) continue;
    std::string title = fmt::format(fmt::runtime(lang == Lang::zh ? "{} {}（{}）{}" : "{} {} ({}) {}"), book.indicator_name(e->id, e->name),
                                    book.label(Field::measure, word(best->key.measure)), best->unit_label,
                                    word(best->key.period));
    if (e->lower_is_better) title += book.pick("，越低越好", ", lower is better");
    charts.push_back({sheet_row[best_index], title, e->lower_is_better, word(best->key.measure) == "value"});
  }
  write_charts(book, s, charts, kLabelColumns, docs_.size());
}

}  // namespace zhibiao::report::detail
