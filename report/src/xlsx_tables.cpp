// The small sheets: findings, files, rule hits.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "xlsx_sheets.hpp"

namespace zhibiao::report::detail {

void write_findings_sheet(Book& book, const Tally& tally) {
  Sheet s(book, "一致性检查", "Checks",
          {{"级别", "Severity", 10}, {"检查", "Check", 30}, {"说明", "Message", 60}, {"算式", "Arithmetic", 70},
           {"文件", "Document", 40}, {"位置", "Offsets", 24}, {"原文", "Figures", 30}, {"记录序号", "Record No.", 16}},
          "Checks");
  tally.for_each_finding([&](const BatchFinding& f) {
    if (s.row() > kMaxDataRows) return;
    std::string offsets, texts, numbers;
    for (const FigureRef& r : f.figures) {
      const char* sep = offsets.empty() ? "" : "; ";
      offsets += fmt::format("{}{}-{}", sep, r.start, r.end);
      texts += fmt::format("{}{}", sep, r.text);
      numbers += fmt::format("{}{}", sep, r.number);
    }
    s.text(0, book.label(Field::severity, f.severity));
    s.text(1, f.id);
    s.text(2, f.message);
    s.text(3, f.arithmetic);
    s.text(4, f.doc);
    s.text(5, offsets);
    s.text(6, texts);
    s.text(7, numbers);
    s.next_row();
  });
  s.finish();
}

void write_files_sheet(Book& book, const std::vector<SourceFile>& sources) {
  Sheet s(book, "文件", "Files",
          {{"文件", "Document", 60}, {"编码", "Encoding", 12}, {"字节数", "Bytes", 14}, {"句子数", "Sentences", 10},
           {"记录数", "Records", 10}, {"状态", "Status", 10}, {"信息", "Message", 60}},
          "Files");
  for (const auto& f : sources) {
    if (s.row() > kMaxDataRows) break;
    s.text(0, f.path);
    s.text(1, f.encoding);
    s.number(2, static_cast<double>(f.bytes), "#,##0");
    s.number(3, static_cast<double>(f.sentences), "#,##0");
    s.number(4, static_cast<double>(f.records), "#,##0");
    s.text(5, book.label(Field::file_status, f.status));
    s.text(6, f.error);
    s.next_row();
  }
  s.finish();
}

void RuleHits::add(const Record& r) {
  Hits& h = by_rule_[r.rule];
  ++h.count;
  if (!r.indicator.empty() && h.indicators.size() < 5) h.indicators.insert(r.indicator);
  if (h.example.empty()) h.example = fmt::format("{} ← {}", r.text, r.sentence.str());
}

void RuleHits::write(Book& book) const {
  const auto& by_rule = by_rule_;
  std::vector<std::pair<std::string, Hits>> rows(by_rule.begin(), by_rule.end());
  std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.second.count > b.second.count; });
  Sheet s(book, "规则命中", "Rule hits",
          {{"规则", "Rule", 40}, {"命中数", "Hits", 10}, {"指标", "Indicators", 40}, {"示例", "Example", 80}},
          "RuleHits");
  for (const auto& [rule, h] : rows) {
    std::string names;
    for (const auto& n : h.indicators) names += (names.empty() ? "" : book.pick("、", ", ")) + book.indicator_name({}, n);
    s.text(0, rule.empty() ? std::string(book.pick("（无规则）", "(no rule)")) : rule);
    s.number(1, static_cast<double>(h.count), "#,##0");
    s.text(2, names);
    s.text(3, h.example);
    s.next_row();
  }
  s.finish();
}

}  // namespace zhibiao::report::detail
