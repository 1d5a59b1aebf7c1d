#include "zhibiao/document.hpp"

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

Document load_document(const std::string& path, const std::string& forced) {
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
