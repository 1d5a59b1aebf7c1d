#include "zhibiao/text/document.hpp"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace zhibiao {

Document make_document(std::string path, std::string_view bytes, const std::string& forced) {
  Document doc;
  doc.path = std::move(path);
  doc.bytes = bytes.size();
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
    doc.error = std::to_string(decoded->invalid) + " invalid byte sequence(s) replaced by U+FFFD, first at character " +
                std::to_string(*decoded->first_invalid);
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

// Formats people save reports in that are not plain text: say so instead of
// reporting "binary data".
bool is_office_format(const std::string& path) {
  auto dot = path.rfind('.');
  if (dot == std::string::npos) return false;
  std::string ext = path.substr(dot);
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* e : {".docx", ".doc", ".wps", ".pdf", ".xlsx", ".xls", ".rtf", ".odt"})
    if (ext == e) return true;
  return false;
}

}  // namespace

Document load_document(const std::string& path, const std::string& forced) {
  if (is_office_format(path)) {
    Document doc;
    doc.path = path;
    doc.status = "error";
    doc.error = "unsupported format: zhibiao reads plain text; save the document as .txt first";
    return doc;
  }
  std::string bytes;
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    bytes = ss.str();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      Document doc;
      doc.path = path;
      doc.status = "error";
      doc.error = std::string("cannot open: ") + std::strerror(errno);
      return doc;
    }
    bytes.assign(std::istreambuf_iterator<char>(in), {});
    if (in.bad()) {
      Document doc;
      doc.path = path;
      doc.status = "error";
      doc.error = "read error";
      return doc;
    }
  }
  return make_document(path, bytes, forced);
}

}  // namespace zhibiao
