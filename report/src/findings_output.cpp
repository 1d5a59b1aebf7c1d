#include "zhibiao/report/findings_output.hpp"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>

#include "atomic_file.hpp"
#include "xlsx_book.hpp"
#include "xlsx_verify.hpp"
#include "zhibiao/json_writer.hpp"
#include "zhibiao/report/checks.hpp"
#include "zhibiao/report/csv.hpp"

namespace zhibiao::report {
namespace {

namespace fs = std::filesystem;

// The records a finding names, skipping indexes outside the batch.
std::vector<std::size_t> named(const Finding& f, const std::vector<Record>& records) {
  std::vector<std::size_t> out;
  for (std::size_t i : f.records)
    if (i < records.size()) out.push_back(i);
  return out;
}

std::string figure_json(const Record& r, std::size_t number) {
  JsonObject o;
  o.field("record", number)
      .field("doc", r.doc)
      .field("start", r.start)
      .field("end", r.end)
      .field("text", r.text)
      .field("indicator", r.indicator)
      .field("mention", r.mention)
      .field("measure", r.measure)
      .field("value", r.value)
      .field("unit", r.unit)
      .field("period", r.period)
      .field("region", r.region)
      .field("status", r.status)
      .field("sentence", r.sentence);
  return o.str();
}

// The fields of a finding's figures, each joined with "; " (sentences once each, with " | ").
struct Joined {
  std::string offsets, texts, names, numbers, sentences;
};

Joined joined(const Finding& f, const std::vector<Record>& records) {
  Joined j;
  std::vector<const std::string*> seen;
  for (std::size_t i : named(f, records)) {
    const Record& r = records[i];
    const char* sep = j.offsets.empty() ? "" : "; ";
    j.offsets += fmt::format("{}{}-{}", sep, r.start, r.end);
    j.texts += fmt::format("{}{}", sep, r.text);
    j.names += fmt::format("{}{}", sep, r.indicator.empty() ? r.mention : r.indicator);
    j.numbers += fmt::format("{}{}", sep, i + 1);
    bool again = false;
    for (const auto* s : seen) again = again || *s == r.sentence.str();
    if (!again) {
      j.sentences += fmt::format("{}{}", seen.empty() ? "" : " | ", r.sentence.str());
      seen.push_back(&r.sentence.str());
    }
  }
  return j;
}

std::string lower_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::exists(a, ec) && fs::exists(b, ec)) return fs::equivalent(a, b, ec);
  return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec);
}

std::optional<Error> write_stream(const std::string& tmp, const std::function<void(std::ostream&)>& write) {
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  if (!out) return Error(fmt::format("cannot write: {}", std::strerror(errno)), tmp);
  write(out);
  out.flush();
  if (!out) return Error("cannot write (disk full?)", tmp);
  return std::nullopt;
}

std::optional<Error> write_book(const std::string& path, const std::vector<Finding>& findings,
                                const std::vector<Record>& records, Lang lang) {
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
  if (!wb) return Error("cannot create the workbook", path);
  lxw_doc_properties props{};
  props.title = const_cast<char*>(lang == Lang::zh ? "一致性检查结果" : "Consistency findings");
  props.author = const_cast<char*>("zhibiao");
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) props.created = static_cast<time_t>(std::strtoll(epoch, nullptr, 10));
  WorkbookOptions book_options(lang);
  detail::Book book(wb, book_options);
  book.check(workbook_set_properties(wb, &props));
  detail::Sheet s(book, "一致性检查", "Checks",
                  {{"级别", "Severity", 10}, {"检查类别", "Kind", 20}, {"检查", "Check", 30}, {"说明", "Message", 60},
                   {"算式", "Arithmetic", 70}, {"文件", "Document", 40}, {"位置", "Offsets", 24}, {"原文", "Figures", 30},
                   {"指标", "Indicators", 30}, {"记录序号", "Record No.", 16}, {"句子", "Sentences", 100}},
                  "Findings");
  for (const auto& f : findings) {
    if (s.row() > 1048575) break;
    Joined j = joined(f, records);
    s.text(0, book.label(detail::Field::severity, f.severity));
    s.text(1, f.kind);
    s.text(2, f.id);
    s.text(3, f.message);
    s.text(4, f.arithmetic);
    s.text(5, f.doc);
    s.text(6, j.offsets);
    s.text(7, j.texts);
    s.text(8, j.names);
    s.text(9, j.numbers);
    s.text(10, j.sentences);
    s.next_row();
  }
  s.finish();
  lxw_error closed = workbook_close(wb);
  if (book.error()) return Error(book.error()->message, path);
  if (closed != LXW_NO_ERROR) return Error(fmt::format("cannot write the workbook: {}", lxw_strerror(closed)), path);
  return detail::verify_xlsx(path);
}

}  // namespace

void write_findings_text(std::ostream& out, const std::vector<Finding>& findings, const std::vector<Record>& records) {
  for (const auto& f : findings) out << describe(f, records) << "\n";
}

void write_findings_jsonl(std::ostream& out, const std::vector<Finding>& findings, const std::vector<Record>& records) {
  for (const auto& f : findings) {
    std::string figures = "[";
    for (std::size_t i : named(f, records)) figures += fmt::format("{}{}", figures.size() > 1 ? "," : "", figure_json(records[i], i + 1));
    figures += "]";
    JsonObject o;
    o.field("kind", f.kind)
        .field("id", f.id)
        .field("severity", f.severity)
        .field("message", f.message)
        .field("arithmetic", f.arithmetic)
        .field("doc", f.doc)
        .raw_field("figures", figures);
    out << o.str() << '\n';
  }
}

void write_findings_csv(std::ostream& out, const std::vector<Finding>& findings, const std::vector<Record>& records) {
  out << "\xEF\xBB\xBF" << "severity,kind,id,message,arithmetic,doc,offsets,figures,indicators,records,sentences\r\n";
  for (const auto& f : findings) {
    const Joined j = joined(f, records);
    for (const std::string* field : {&f.severity, &f.kind, &f.id, &f.message, &f.arithmetic, &f.doc, &j.offsets,
                                     &j.texts, &j.names, &j.numbers, &j.sentences})
      out << (field == &f.severity ? "" : ",") << csv_field(*field);
    out << "\r\n";
  }
}

std::optional<Error> write_findings(const std::string& path, const std::vector<Finding>& findings,
                                    const std::vector<Record>& records, Lang lang,
                                    const std::vector<std::string>& inputs) {
  fs::path target(path);
  std::string ext = lower_extension(target);
  if (ext != ".xlsx" && ext != ".csv" && ext != ".jsonl")
    return Error("the findings' extension chooses their format: .jsonl, .csv or .xlsx", path);
  for (const auto& in : inputs)
    if (in != "-" && same_file(target, in)) return Error("the output would overwrite an input; choose another path", path);
  std::error_code ec;
  if (fs::is_directory(target, ec)) return Error("the output is a directory", path);
  // A temporary file beside the target, fsynced and renamed over it when complete; a signal
  // removes it, and one left by kill -9 goes at the next write (atomic_file.hpp).
  auto file = detail::AtomicFile::create(path);
  if (!file) return file.error();
  const std::string& tmpl = (*file)->temp_path();
  std::optional<Error> err;
  if (ext == ".xlsx") err = write_book(tmpl, findings, records, lang);
  else if (ext == ".csv") err = write_stream(tmpl, [&](std::ostream& o) { write_findings_csv(o, findings, records); });
  else err = write_stream(tmpl, [&](std::ostream& o) { write_findings_jsonl(o, findings, records); });
  if (!err) err = (*file)->commit();
  if (err) {
    if (err->file.empty() || err->file == tmpl) err->file = path;
    return err;
  }
  return std::nullopt;
}

}  // namespace zhibiao::report
