#include "zhibiao/report/output.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>

#include "atomic_file.hpp"
#include "zhibiao/report/csv.hpp"
#include "zhibiao/report/jsonl.hpp"
#include "zhibiao/report/tally.hpp"
#include "zhibiao/report/xlsx.hpp"

namespace zhibiao::report {
namespace {

namespace fs = std::filesystem;

std::string lower_extension(const fs::path& p) {
  std::string ext = p.extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// The same file, however spelled (./a.txt, a symlink, ../dir/a.txt).
bool same_file(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  if (fs::exists(a, ec) && fs::exists(b, ec)) return fs::equivalent(a, b, ec);
  return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec);
}

std::optional<Error> refused(const std::string& path, const std::vector<std::string>& inputs) {
  fs::path target(path);
  std::string ext = lower_extension(target);
  if (ext != ".xlsx" && ext != ".csv" && ext != ".jsonl")
    return Error("the output's extension chooses its format: .xlsx, .csv or .jsonl", path);
  for (const auto& in : inputs)
    if (in != "-" && same_file(target, in)) return Error("the output would overwrite an input; choose another path", path);
  std::error_code ec;
  if (fs::is_directory(target, ec)) return Error("the output is a directory", path);
  return std::nullopt;
}

// Any sink writing to the temporary file; finish moves it into place.
class AtomicSink : public Sink {
 public:
  AtomicSink(std::unique_ptr<detail::AtomicFile> file, std::unique_ptr<std::ofstream> stream, std::unique_ptr<Sink> inner)
      : file_(std::move(file)), stream_(std::move(stream)), inner_(std::move(inner)) {}
  std::optional<Error> begin() override { return named(inner_->begin()); }
  std::optional<Error> document(const SourceFile& source, const std::vector<Record>& records,
                                std::size_t first_number) override {
    return named(inner_->document(source, records, first_number));
  }
  bool formats() const override { return inner_->formats(); }
  bool lists_digests() const override { return inner_->lists_digests(); }
  std::string format(const std::vector<Record>& records) const override { return inner_->format(records); }
  std::optional<Error> document_formatted(const SourceFile& source, const std::vector<Record>& records,
                                          std::size_t first_number, const std::string& text) override {
    return named(inner_->document_formatted(source, records, first_number, text));
  }
  std::optional<Error> finish(const Tally& tally) override {
    if (auto err = inner_->finish(tally)) return named(err);
    if (stream_) {
      stream_->close();
      if (stream_->fail()) return Error("cannot write (disk full?)", file_->target());
    }
    return file_->commit();
  }

 private:
  // Messages name the output the user asked for, not the temporary file.
  std::optional<Error> named(std::optional<Error> err) const {
    if (err && (err->file.empty() || err->file == file_->temp_path())) err->file = file_->target();
    return err;
  }
  std::unique_ptr<detail::AtomicFile> file_;
  std::unique_ptr<std::ofstream> stream_;
  std::unique_ptr<Sink> inner_;
};

}  // namespace

Result<std::unique_ptr<Sink>> file_sink(const std::string& path, const WorkbookOptions& options,
                                        const std::vector<std::string>& inputs) {
  if (auto err = refused(path, inputs)) return *err;
  auto file = detail::AtomicFile::create(path);
  if (!file) return file.error();
  std::string ext = lower_extension(fs::path(path));
  const std::string& tmp = (*file)->temp_path();
  if (ext == ".xlsx")
    return std::unique_ptr<Sink>(std::make_unique<AtomicSink>(std::move(*file), nullptr, xlsx_sink(tmp, options)));
  auto stream = std::make_unique<std::ofstream>(tmp, std::ios::binary | std::ios::trunc);
  if (!*stream) return Error(fmt::format("cannot write: {}", std::strerror(errno)), path);
  auto inner = ext == ".csv" ? csv_sink(*stream, path) : jsonl_sink(*stream, path);
  return std::unique_ptr<Sink>(std::make_unique<AtomicSink>(std::move(*file), std::move(stream), std::move(inner)));
}

std::optional<Error> write_output(const std::string& path, const Batch& batch, const WorkbookOptions& options,
                                  const std::vector<std::string>& inputs) {
  if (lower_extension(fs::path(path)) == ".xlsx") {
    if (auto err = refused(path, inputs)) return err;
    auto file = detail::AtomicFile::create(path);
    if (!file) return file.error();
    if (auto err = write_xlsx((*file)->temp_path(), batch, options)) {
      if (err->file.empty() || err->file == (*file)->temp_path()) err->file = path;
      return err;
    }
    return (*file)->commit();
  }
  auto sink = file_sink(path, options, inputs);
  if (!sink) return sink.error();
  Tally tally;
  if (auto err = (*sink)->begin()) return err;
  if (auto err = (*sink)->document(SourceFile{}, batch.records, 1)) return err;
  return (*sink)->finish(tally);
}

}  // namespace zhibiao::report
