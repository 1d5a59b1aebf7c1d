#include "zhibiao/report/output.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "zhibiao/report/csv.hpp"
#include "zhibiao/report/jsonl.hpp"
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

std::optional<Error> write_stream(const std::string& tmp, const std::string& ext, const Batch& batch) {
  std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
  if (!out) return Error(std::string("cannot write: ") + std::strerror(errno), tmp);
  if (ext == ".csv") write_csv(out, batch.records);
  else write_jsonl(out, batch.records);
  out.flush();
  if (!out) return Error("cannot write (disk full?)", tmp);
  return std::nullopt;
}

}  // namespace

std::optional<Error> write_output(const std::string& path, const Batch& batch, Lang lang,
                                  const std::vector<std::string>& inputs) {
  fs::path target(path);
  std::string ext = lower_extension(target);
  if (ext != ".xlsx" && ext != ".csv" && ext != ".jsonl")
    return Error("the output's extension chooses its format: .xlsx, .csv or .jsonl", path);
  for (const auto& in : inputs)
    if (in != "-" && same_file(target, in)) return Error("the output would overwrite an input; choose another path", path);
  std::error_code ec;
  if (fs::is_directory(target, ec)) return Error("the output is a directory", path);

  // The temporary file lives beside the target so the rename stays on one file system.
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = mkstemp(tmpl.data());
  if (fd < 0) return Error(std::string("cannot create a temporary file beside the output: ") + std::strerror(errno), path);
  ::close(fd);
  std::optional<Error> err = ext == ".xlsx" ? write_xlsx(tmpl, batch, lang) : write_stream(tmpl, ext, batch);
  if (!err) {
    // mkstemp makes the file private (0600); an output gets the usual permissions.
    mode_t mask = ::umask(0);
    ::umask(mask);
    fs::permissions(tmpl, static_cast<fs::perms>(0666 & ~mask), ec);
    fs::rename(tmpl, target, ec);
    if (ec) err = Error("cannot move the finished output into place: " + ec.message(), path);
  }
  if (err) {
    fs::remove(tmpl, ec);
    if (err->file.empty() || err->file == tmpl) err->file = path;
    return err;
  }
  return std::nullopt;
}

}  // namespace zhibiao::report
