#include "zhibiao/report/xlsx.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <ctime>

#include "xlsx_verify.hpp"
#include "xlsx_writer.hpp"
#include "zhibiao/report/tally.hpp"

namespace zhibiao::report {
namespace detail {

WorkbookWriter::~WorkbookWriter() {
  // Not closed: free libxlsxwriter's memory; the caller removes the unfinished file.
  if (wb_) {
    detail_.reset();
    cover_.reset();
    lxw_workbook_free(wb_);
  }
}

std::optional<Error> WorkbookWriter::open() {
  lxw_workbook_options options{};
  options.constant_memory = LXW_TRUE;
  // The sheets' temporary data goes beside the output, where the user chose to have room
  // (/tmp may be memory); libxlsxwriter unlinks those files as soon as it opens them.
  auto slash = path_.rfind('/');
  std::string dir = slash == std::string::npos ? "." : slash == 0 ? "/" : path_.substr(0, slash);
  options.tmpdir = dir.data();
  wb_ = workbook_new_opt(path_.c_str(), &options);
  if (!wb_) return Error("cannot create the workbook", path_);
  // Reproducible output for tests and packaging (reproducible-builds.org convention).
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"))
    options_.run_time = static_cast<std::time_t>(std::strtoll(epoch, nullptr, 10));
  bool zh = options_.lang == Lang::zh;
  title_ = zh ? "指标提取结果" : "Extracted indicators";
  subject_ = zh ? "从政府工作报告、统计公报等文件中提取的统计指标" : "Statistical indicators read from Chinese reports";
  keywords_ = zh ? "统计指标, 指标对比, 政府工作报告, zhibiao" : "statistical indicators, comparison, work reports, zhibiao";
  comments_ = fmt::format("zhibiao {}; rules sha256 {}", options_.version, options_.rules_digest);
  lxw_doc_properties props{};
  props.title = title_.data();
  props.subject = subject_.data();
  props.author = const_cast<char*>("zhibiao");
  props.keywords = keywords_.data();
  props.comments = comments_.data();
  if (options_.run_time) props.created = *options_.run_time;
  book_ = std::make_unique<Book>(wb_, options_);
  book_->check(workbook_set_properties(wb_, &props));
  cover_ = open_cover(*book_);
  detail_ = std::make_unique<DetailSheets>(*book_);
  return error();
}

void WorkbookWriter::record(const Record& r, std::size_t number) {
  detail_->add(r, number);
  comparison_.add(r, number);
  rules_.add(r);
}

std::optional<Error> WorkbookWriter::error() const {
  if (book_ && book_->error()) return Error(book_->error()->message, path_);
  return std::nullopt;
}

std::optional<Error> WorkbookWriter::close(const Tally& tally) {
  detail_->finish();
  comparison_.write(*book_, *detail_);
  write_findings_sheet(*book_, tally);
  write_files_sheet(*book_, tally.sources());
  rules_.write(*book_);
  write_cover(*book_, *cover_, tally);
  lxw_error closed = workbook_close(wb_);
  wb_ = nullptr;
  if (auto err = error()) return err;
  if (closed != LXW_NO_ERROR) return Error(fmt::format("cannot write the workbook: {}", lxw_strerror(closed)), path_);
  return verify_xlsx(path_);
}

}  // namespace detail

std::optional<Error> write_xlsx(const std::string& path, const Batch& batch, const WorkbookOptions& options) {
  detail::WorkbookWriter book(path, options);
  if (auto err = book.open()) return err;
  for (const auto& s : batch.sources) book.document(s);
  for (std::size_t i = 0; i < batch.records.size(); ++i) book.record(batch.records[i], i + 1);
  Tally tally;
  std::vector<BatchFinding> findings;
  for (const auto& f : batch.findings) findings.push_back(batch_finding(f, batch.records, 1));
  tally.add_findings(std::move(findings));
  for (const auto& s : batch.sources) tally.add(s, {}, {});
  tally.finish();
  return book.close(tally);
}

}  // namespace zhibiao::report

namespace zhibiao::report {
namespace {

class XlsxSink : public Sink {
 public:
  XlsxSink(const std::string& path, const WorkbookOptions& options) : book_(path, options) {}
  std::optional<Error> begin() override { return book_.open(); }
  std::optional<Error> document(const SourceFile& source, const std::vector<Record>& records,
                                std::size_t first_number) override {
    book_.document(source);
    for (std::size_t i = 0; i < records.size(); ++i) book_.record(records[i], first_number + i);
    return book_.error();
  }
  bool lists_digests() const override { return true; }
  std::optional<Error> finish(const Tally& tally) override { return book_.close(tally); }

 private:
  detail::WorkbookWriter book_;
};

}  // namespace

std::unique_ptr<Sink> xlsx_sink(const std::string& path, const WorkbookOptions& options) {
  return std::make_unique<XlsxSink>(path, options);
}

}  // namespace zhibiao::report
