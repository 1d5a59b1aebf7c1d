// The workbook's sheets, in the order they appear (libxlsxwriter orders sheets by
// creation): 说明 (created first, written last), 指标明细 as documents finish, then
// 指标对比, 一致性检查, 文件, 规则命中 at the end. Each sheet written at the end gathers
// what it needs from every record as it passes (a few numbers, never the sentence).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "xlsx_book.hpp"
#include "zhibiao/report/batch_finding.hpp"
#include "zhibiao/report/source_file.hpp"
#include "zhibiao/report/tally.hpp"

namespace zhibiao::report::detail {

// Rows below the header a sheet can hold.
inline constexpr std::size_t kMaxDataRows = 1048575;

// 指标明细 (指标明细 2 … past Excel's row limit), a row per record as it comes.
class DetailSheets {
 public:
  explicit DetailSheets(Book& book);
  ~DetailSheets();
  void add(const Record& r, std::size_t number);
  // Where record `number` (1-based, in the order added) is: "'指标明细'!A13".
  std::string target(std::size_t number) const;
  void finish();

 private:
  void open();
  Book& book_;
  std::unique_ptr<Sheet> sheet_;
  std::vector<std::string> names_;
  std::size_t rows_ = 0;
};

// 指标对比: a row per indicator × measure × status × period (and basis, unit), a column
// per document; each cell the document's figure in display units, linked to its record.
class ComparisonTable {
 public:
  explicit ComparisonTable(const WorkbookOptions& options);
  // The document's column, in input order: headed by its region and year (or file stem).
  void document(const SourceFile& source);
  void add(const Record& r, std::size_t number);
  // The sheet, and the headline charts beside it.
  void write(Book& book, const DetailSheets& detail);

 private:
  struct Key {
    std::uint32_t indicator, measure, of, status, kind, period, basis, unit;
    auto operator<=>(const Key&) const = default;
  };
  struct Cell {  // 24 bytes: a batch keeps one for each figure of each document and row
    double value = 0;
    float half = 0;               // half a unit of the last digit written, in display units
    std::uint32_t number = 0;     // the record's 序号
    std::uint32_t conflict = 0;   // 1 + index into conflicts_, or 0
    std::uint16_t col = 0;        // the document's column (Excel has 16,384)
    std::int8_t decimals = 0;
    std::uint8_t qualifier : 2 = 0;  // exact, approx, at_least, at_most
    bool masked : 1 = false;
  };
  static_assert(sizeof(Cell) <= 24);
  struct Conflict {
    double value = 0;
    float half = 0;
    std::uint32_t number = 0;
    std::int8_t decimals = 0;
    std::uint32_t more = 0;  // further values beyond these two
  };
  struct Row {
    Key key;
    std::string unit_label;  // the display unit, or the unit
    double factor = 1;       // base units per display unit
    bool scaled = false;
    std::vector<Cell> cells;  // in column order (documents come in order)
  };
  struct Doc {
    std::string header;      // 河北省 2026
    std::string region;      // the document's, from the file list or its records
    std::string stem;        // when the region is not known
    std::map<std::string, std::size_t> regions;  // of its records, when the file list has none
    std::optional<int> year;
    bool region_known = false;
  };
  std::uint32_t intern(const std::string& s);
  const std::string& word(std::uint32_t id) const { return words_[id]; }
  static void settle(Doc& d);  // the header, once the document's records are in
  bool picked(const Record& r) const;

  const WorkbookOptions& options_;
  DisplayUnits display_;
  std::set<std::string> picked_;
  std::vector<std::string> words_;
  std::map<std::string, std::uint32_t> word_ids_;
  std::map<std::uint32_t, std::string> names_;  // indicator key → its name as recorded
  std::map<std::uint32_t, std::string> categories_;
  std::vector<Doc> docs_;
  std::map<std::string, std::uint32_t> doc_col_;
  std::vector<Row> rows_;
  std::map<Key, std::uint32_t> row_of_;
  std::vector<Conflict> conflicts_;
};

// The charts beside the comparison: one per headline indicator, one series across documents.
struct ChartRow {
  lxw_row_t row = 0;  // in the comparison sheet
  std::string title;
  bool lower_is_better = false;
  bool level = false;  // a level: its bars start at zero
};
void write_charts(Book& book, Sheet& sheet, const std::vector<ChartRow>& rows, lxw_col_t first_doc_col,
                  std::size_t docs);

// 规则命中: how many records each rule gave, which indicators, one example.
class RuleHits {
 public:
  void add(const Record& r);
  void write(Book& book) const;

 private:
  struct Hits {
    std::size_t count = 0;
    std::set<std::string> indicators;
    std::string example;
  };
  std::map<std::string, Hits> by_rule_;
};

void write_findings_sheet(Book& book, const Tally& tally);                          // 一致性检查
void write_files_sheet(Book& book, const std::vector<SourceFile>& sources);        // 文件
// 说明: created first (so it is the first sheet), written last.
std::unique_ptr<Sheet> open_cover(Book& book);
void write_cover(Book& book, Sheet& cover, const Tally& tally);

}  // namespace zhibiao::report::detail
