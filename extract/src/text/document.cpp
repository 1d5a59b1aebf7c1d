#include "zhibiao/text/document.hpp"

#include "zhibiao/sha256.hpp"
#include "zhibiao/text/docx_reader.hpp"
#include "zhibiao/text/html_reader.hpp"
#include "zhibiao/text/utf.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace zhibiao {

Document make_document(std::string path, std::string_view bytes, const std::string& forced, Digest digest) {
  Document doc;
  doc.path = std::move(path);
  doc.bytes = bytes.size();
  if (digest == Digest::sha256) doc.sha256 = sha256_hex(bytes);
  auto decoded = decode(bytes, forced);
  if (!decoded) {
    doc.status = "error";
    doc.error = decoded.error().message;
    return doc;
  }
  doc.encoding = decoded->encoding;
  doc.invalid = decoded->invalid;
  doc.first_invalid = decoded->first_invalid;
  if (decoded->invalid)
    doc.error = fmt::format("{} invalid byte sequence(s) replaced by U+FFFD, first at character {}", decoded->invalid,
                            *decoded->first_invalid);
  bool blank = true;
  for (char32_t c : decoded->text)
    if (c != U' ' && c != U'\n' && c != U'\r' && c != U'\t' && c != U'\u3000') {
      blank = false;
      break;
    }
  if (blank) {
    doc.status = "empty";
    doc.error = "no text";
  }
  doc.text.emplace(std::move(decoded->text));
  return doc;
}

namespace {

std::string lower_extension(const std::string& path) {
  auto dot = path.rfind('.');
  auto slash = path.rfind('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return {};
  std::string ext = path.substr(dot);
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

// Formats people save reports in that zhibiao does not read: say so instead of
// reporting "binary data".
bool is_office_format(const std::string& ext) {
  for (const char* e : {".doc", ".wps", ".pdf", ".xlsx", ".xls", ".rtf", ".odt", ".pptx", ".ppt"})
    if (ext == e) return true;
  return false;
}

Document failed(const std::string& path, std::string error, std::size_t bytes = 0) {
  Document doc;
  doc.path = path;
  doc.bytes = bytes;
  doc.status = "error";
  doc.error = std::move(error);
  return doc;
}

// The whole file, or why not: a folder, a device that fails, a file that vanished.
std::optional<std::string> read_file(const std::string& path, std::string& error) {
  std::string bytes;
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    error = fmt::format("cannot open: {}", std::strerror(errno));
    return std::nullopt;
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    error = "is a folder, not a document (give it to extract or scan to read the documents in it)";
    return std::nullopt;
  }
  // Straight into the string (no bounce buffer): the size from fstat, then grown for a
  // file that is longer than it said (a pipe, a file being written).
  std::size_t have = 0;
  bytes.resize(st.st_size > 0 ? static_cast<std::size_t>(st.st_size) + 1 : std::size_t{1} << 16);
  for (;;) {
    if (have == bytes.size()) bytes.resize(bytes.size() * 2);
    ssize_t n = ::read(fd, bytes.data() + have, bytes.size() - have);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      error = fmt::format("read error: {}", std::strerror(errno));
      ::close(fd);
      return std::nullopt;
    }
    if (n == 0) break;
    have += static_cast<std::size_t>(n);
  }
  bytes.resize(have);
  ::close(fd);
  return bytes;
}

Document docx_document(const std::string& path, const std::string& bytes) {
  auto text = docx_text(bytes);
  if (!text) return failed(path, text.error().message, bytes.size());
  Document doc = make_document(path, *text, "utf-8", Digest::none);
  doc.bytes = bytes.size();
  doc.encoding = "DOCX";
  doc.note = "offsets count code points of the text extracted from word/document.xml (a line per paragraph, "
             "table cells joined by tabs), not bytes of the .docx file";
  return doc;
}

Document html_document(const std::string& path, const std::string& bytes, const std::string& forced) {
  // Strict UTF-8 and a BOM win over what the page declares (pages are often re-saved as
  // UTF-8 with the old declaration); otherwise the declared charset, else detection.
  std::string encoding = forced;
  if (encoding.empty()) {
    auto detected = decode(bytes);
    bool trusted = detected && ((detected->encoding == "UTF-8" && detected->invalid == 0) || detected->had_bom);
    if (!trusted) encoding = html_charset(bytes);
  }
  auto decoded = decode(bytes, encoding);
  if (!decoded) return failed(path, decoded.error().message, bytes.size());
  std::u32string text = html_text(decoded->text);
  Document doc = make_document(path, to_utf8(text), "utf-8", Digest::none);
  doc.bytes = bytes.size();
  doc.encoding = fmt::format("HTML {}", decoded->encoding);
  doc.note = "offsets count code points of the page's text (tags left out, a line per block), not of the .html file";
  if (decoded->invalid)
    doc.error = fmt::format("{} invalid byte sequence(s) replaced by U+FFFD", decoded->invalid);
  return doc;
}

}  // namespace

Document load_document(const std::string& path, const std::string& forced, Digest digest) {
  std::string ext = lower_extension(path);
  if (is_office_format(ext))
    return failed(path, fmt::format("unsupported format ({}): zhibiao reads .txt, .docx and .html; save the document "
                                    "as .txt or .docx first",
                                    ext));
  std::string error;
  auto bytes = read_file(path, error);
  if (!bytes) return failed(path, error);
  Document doc = ext == ".docx"                    ? docx_document(path, *bytes)
                 : ext == ".html" || ext == ".htm" ? html_document(path, *bytes, forced)
                                                   : make_document(path, *bytes, forced, Digest::none);
  if (digest == Digest::sha256) doc.sha256 = sha256_hex(*bytes);  // of the file (a .docx: not of its text)
  return doc;
}

}  // namespace zhibiao
