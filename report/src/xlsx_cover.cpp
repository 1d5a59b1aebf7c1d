// 说明, the cover: what made the workbook (program, rules, date), how to read each sheet,
// and one table — the inputs with their SHA-256, encoding, status and what each document
// was read to be — as statistics offices publish (lines of text above a single table).
#include <fmt/format.h>

#include <ctime>

#include "xlsx_sheets.hpp"

namespace zhibiao::report::detail {
namespace {

std::string run_date(const WorkbookOptions& o) {
  std::time_t t = o.run_time ? *o.run_time : std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", &tm);
  return buf;
}

// 内置规则 + my-rules/
std::string rules_in_use(const WorkbookOptions& o, Lang lang) {
  std::string out = o.builtin_rules ? (lang == Lang::zh ? "内置规则" : "built-in rules") : "";
  for (const auto& dir : o.rule_folders) out += out.empty() ? dir : fmt::format(" + {}", dir);
  return out;
}

struct Counts {
  std::size_t read = 0, unreadable = 0, skipped = 0;
};

Counts count(const std::vector<SourceFile>& sources) {
  Counts c;
  for (const auto& s : sources) {
    if (s.status == "error") ++c.unreadable;
    else if (s.status == "skipped") ++c.skipped;
    else ++c.read;
  }
  return c;
}

void lines_zh(Sheet& s, const WorkbookOptions& o, const Tally& t) {
  Counts c = count(t.sources());
  s.line("指标提取结果", Style::title);
  s.line(fmt::format("由 zhibiao {} 生成，运行于 {}。", o.version, run_date(o)));
  s.line(fmt::format("规则：{}；规则摘要（SHA-256）{}。", rules_in_use(o, Lang::zh),
                     o.rules_digest.empty() ? "未知" : o.rules_digest));
  s.line(fmt::format("输入 {} 个文件：{} 个已读取，{} 个无法读取，{} 个跳过；{} 条记录，{} 条检查结果。",
                     t.sources().size(), c.read, c.unreadable, c.skipped, t.records(), t.findings()));
  s.line("各工作表：", Style::bold);
  s.line("说明 — 本页：运行信息，下表每个输入文件一行（SHA-256、编码、状态、识别出的地区、年份和文件类型）。");
  s.line("指标明细 — 每个数字一行。数值为基本单位（元、吨、%），显示值为指标的显示单位（亿元）；序号供其他工作表引用。");
  s.line("　　超过 15 位有效数字的数值另在“精确数值”列以文本给出。");
  s.line("指标对比 — 每个指标 × 度量 × 状态 × 时期一行，每个文件一列（表头为地区和年份），数值为显示单位。");
  s.line("　　点击单元格转到指标明细中的记录。多年的数字（年均、累计）另成一行。");
  s.line("　　黄色底纹：同一文件对同一数字给出两个不一致的数值；单元格显示两者，批注给出两者的序号。");
  s.line("　　右侧图表：主要指标在各文件中的年度实际值；越低越好的指标（PM2.5、能耗、失业率）单独成组。");
  s.line("一致性检查 — 每条检查结果一行，写出算式和所涉记录的序号。");
  s.line("文件 — 每个输入文件的读取情况：编码、字节数、句子数、记录数、状态和原因。");
  s.line("规则命中 — 每条规则产生的记录数、涉及的指标和一个例子。");
  s.line("符号：[c] 原文中被遮蔽的数值（×、**）；约、≥、≤ 为原文的限定（约、以上、以内）；空白：该文件没有这个数字。");
  s.line("输入文件：", Style::bold);
}

void lines_en(Sheet& s, const WorkbookOptions& o, const Tally& t) {
  Counts c = count(t.sources());
  s.line("Extracted indicators", Style::title);
  s.line(fmt::format("Written by zhibiao {} on {}.", o.version, run_date(o)));
  s.line(fmt::format("Rules: {}; rules digest (SHA-256) {}.", rules_in_use(o, Lang::en),
                     o.rules_digest.empty() ? "unknown" : o.rules_digest));
  s.line(fmt::format("{} input file(s): {} read, {} could not be read, {} skipped; {} records, {} findings.",
                     t.sources().size(), c.read, c.unreadable, c.skipped, t.records(), t.findings()));
  s.line("The sheets:", Style::bold);
  s.line("Cover: this page, the run, and below a row per input file (SHA-256, encoding, status, region, year, kind).");
  s.line("Records: a row per figure. Value is in base units (yuan, tons, %), Display value in the indicator's display");
  s.line("    unit (亿元 = 100 million yuan); No. is how other sheets refer to a record; Exact value holds, as text, a");
  s.line("    value of more than 15 significant digits.");
  s.line("Comparison: a row per indicator, measure, status and period, a column per document (its region and year);");
  s.line("    figures in display units, each linked to its record. Multi-year figures (average, cumulative) have rows");
  s.line("    of their own. Yellow: the document gives two values that disagree; the cell shows both, its comment");
  s.line("    their numbers. The charts beside it: headline indicators across documents, lower-is-better ones apart.");
  s.line("Checks: a row per finding, with its arithmetic and the numbers of the records it names.");
  s.line("Files: how each input was read: encoding, bytes, sentences, records, status and why.");
  s.line("Rule hits: the records each rule gave, which indicators, one example.");
  s.line("Symbols: [c] a figure masked in the text (×, **); ≈, ≥, ≤ qualify a figure as the text does (约, 以上,");
  s.line("    以内); a blank cell: the document does not give that figure.");
  s.line("Input files:", Style::bold);
}

}  // namespace

std::unique_ptr<Sheet> open_cover(Book& book) {
  return std::make_unique<Sheet>(book, "说明", "Cover",
                                 std::vector<Column>{{"文件", "Document", 60},
                                                     {"SHA-256", "SHA-256", 66},
                                                     {"编码", "Encoding", 14},
                                                     {"状态", "Status", 10},
                                                     {"地区", "Region", 16},
                                                     {"年份", "Year", 8},
                                                     {"类型", "Kind", 14}},
                                 "Inputs", true);
}

void write_cover(Book& book, Sheet& s, const Tally& tally) {
  if (book.lang() == Lang::zh) lines_zh(s, book.options(), tally);
  else lines_en(s, book.options(), tally);
  s.table();
  for (const auto& f : tally.sources()) {
    if (s.data_rows() >= kMaxDataRows - s.header_row()) break;
    s.text(0, f.path);
    s.text(1, f.sha256);
    s.text(2, f.encoding);
    s.text(3, book.label(Field::file_status, f.status));
    s.text(4, f.region);
    if (f.year) s.number(5, *f.year);
    s.text(6, f.kind);
    s.next_row();
  }
  s.finish(0, false);
  worksheet_activate(s.raw());
}

}  // namespace zhibiao::report::detail
