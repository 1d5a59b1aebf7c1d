#include "inputs.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>

#include "glob.hpp"

namespace zhibiao::cli {
namespace {

namespace fs = std::filesystem;

std::string lower_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool is_office_path(const std::string& path) {
  std::string ext = lower_extension(path);
  for (const char* e : {".doc", ".wps", ".pdf", ".xlsx", ".xls", ".rtf", ".odt", ".pptx", ".ppt"})
    if (ext == e) return true;
  return false;
}

Job named_job(std::string path, std::uintmax_t bytes = 0) {
  Job j;
  j.path = std::move(path);
  j.bytes = bytes;
  return j;
}

Job fault(std::string path, std::string reason, const char* status = "error") {
  Job j;
  j.path = std::move(path);
  j.status = status;
  j.reason = std::move(reason);
  return j;
}

// Why an entry that readdir listed cannot be stat'ed.
std::string unreadable_entry(const std::string& path, int err) {
  struct stat ls {};
  bool link = ::lstat(path.c_str(), &ls) == 0 && S_ISLNK(ls.st_mode);
  if (err == ELOOP) return "symlink loop: the link leads back to itself";
  if (err == ENOENT) return link ? "broken symlink: its target does not exist" : "vanished during the walk";
  return fmt::format("cannot read: {}", std::strerror(err));
}

struct Walk {
  std::vector<Job>& out;
  std::vector<std::pair<dev_t, ino_t>> above;  // folders on the way down, to catch links back up

  void folder(const std::string& dir) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) return out.push_back(fault(dir, unreadable_entry(dir, errno)));
    std::pair<dev_t, ino_t> id{st.st_dev, st.st_ino};
    if (std::find(above.begin(), above.end(), id) != above.end())
      return out.push_back(fault(dir, "symlink loop: the folder leads back to a folder above it"));
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) return out.push_back(fault(dir, fmt::format("cannot read the folder: {}", ec.message())));
    std::vector<std::string> names;
    for (fs::directory_iterator end; it != end; it.increment(ec)) {
      names.push_back(it->path().filename().string());
      if (ec) break;
    }
    if (ec) out.push_back(fault(dir, fmt::format("the folder could not be read to its end: {}", ec.message())));
    std::sort(names.begin(), names.end());
    above.push_back(id);
    for (const auto& name : names) {
      if (name.empty() || name[0] == '.') continue;  // hidden files and folders, our own temporary files
      entry(dir == "/" ? "/" + name : dir + "/" + name);
    }
    above.pop_back();
  }

  void entry(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) return out.push_back(fault(path, unreadable_entry(path, errno)));
    if (S_ISDIR(st.st_mode)) return folder(path);
    if (!S_ISREG(st.st_mode)) return out.push_back(fault(path, "not a regular file", "skipped"));
    if (!is_document_path(path)) {
      // Reports saved in a format zhibiao does not read are listed; other files (notes, data) are not documents.
      if (is_office_path(path))
        out.push_back(fault(path, fmt::format("unsupported format ({}): save it as .txt or .docx to read it",
                                              lower_extension(path)),
                            "skipped"));
      return;
    }
    out.push_back(named_job(path, static_cast<std::uintmax_t>(st.st_size)));
  }
};

// A folder lists its files in path order, as one sorted list (a/b.txt after a-c.txt).
void walk_folder(const std::string& dir, std::vector<Job>& out) {
  std::vector<Job> found;
  Walk w{found, {}};
  std::string root = dir.size() > 1 && dir.back() == '/' ? dir.substr(0, dir.size() - 1) : dir;
  w.folder(root);
  std::stable_sort(found.begin(), found.end(), [](const Job& a, const Job& b) { return a.path < b.path; });
  std::move(found.begin(), found.end(), std::back_inserter(out));
}

void named(const std::string& in, std::vector<Job>& out) {
  if (in == "-") return out.push_back(named_job("-"));
  struct stat st {};
  if (::stat(in.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return walk_folder(in, out);
    return out.push_back(named_job(in, S_ISREG(st.st_mode) ? static_cast<std::uintmax_t>(st.st_size) : 0));
  }
  int err = errno;
  if (err == ENOENT && has_glob(in)) {
    auto found = expand_glob(in);
    if (found.empty()) return out.push_back(fault(in, "no file matches this pattern"));
    for (const auto& path : found) {
      std::error_code ec;
      if (fs::is_directory(path, ec)) walk_folder(path, out);
      else named(path, out);
    }
    return;
  }
  // Let the reader say what is wrong with it (cannot open: No such file or directory).
  if (err == ENOENT) return out.push_back(named_job(in));
  out.push_back(fault(in, unreadable_entry(in, err)));
}

}  // namespace

bool is_document_path(const std::string& path) {
  std::string ext = lower_extension(path);
  return ext == ".txt" || ext == ".docx" || ext == ".html" || ext == ".htm";
}

std::vector<Job> expand_inputs(const std::vector<std::string>& inputs, const std::string& files_from) {
  std::vector<Job> out;
  for (const auto& in : inputs) named(in, out);
  if (files_from.empty()) return out;
  std::ifstream file;
  if (files_from != "-") {
    file.open(files_from);
    if (!file) {
      out.push_back(fault(files_from, fmt::format("cannot read the list of files: {}", std::strerror(errno))));
      return out;
    }
  }
  std::istream& list = files_from == "-" ? std::cin : file;
  for (std::string line; std::getline(list, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    // A listed path is taken as written: no pattern, and "-" is a file named "-".
    struct stat st {};
    if (::stat(line.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) walk_folder(line, out);
    else out.push_back(named_job(line == "-" ? "./-" : line, st.st_size > 0 ? static_cast<std::uintmax_t>(st.st_size) : 0));
  }
  if (list.bad()) out.push_back(fault(files_from, "the list of files could not be read to its end"));
  return out;
}

}  // namespace zhibiao::cli
