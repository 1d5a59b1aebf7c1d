// The workbook's sheets, in the order they appear (libxlsxwriter orders sheets by
// creation). The records sheet is written as documents finish; each other sheet
// gathers what it needs from every record as it passes (a few fields, never the
// sentence) and is written at the end.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
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
  void finish();

 private:
  void open();
  Book& book_;
  std::unique_ptr<Sheet> sheet_;
  std::size_t sheets_ = 0, rows_ = 0;
};

// 指标汇总, with the growth chart: each document's headline figure per indicator.
class SummaryTable {
 public:
  // The document's column, in order of first mention.
  void column(const std::string& doc);
  void add(const Record& r);
  void write(Book& book) const;

 private:
  struct Cell {
    std::uint32_t col = 0;  // the document's column
    std::int16_t decimals = 0;
    bool exact = false;
    double value = 0;
  };
  struct Row {
    std::string indicator, measure, of, modality, unit, display_unit;
    std::vector<Cell> by_doc;  // one per document, in column order (documents come in order)
  };
  std::vector<std::string> docs_;
  std::map<std::string, std::size_t> doc_col_;
  std::vector<Row> rows_;
  std::map<std::tuple<std::string, std::string, std::string, std::string, std::string>, std::size_t> row_of_;
};

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

}  // namespace zhibiao::report::detail
