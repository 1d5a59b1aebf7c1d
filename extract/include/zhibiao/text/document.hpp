// One input document: read, decoded and normalized, or the reason it could not be.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "zhibiao/text/decode.hpp"
#include "zhibiao/text/text.hpp"

namespace zhibiao {

struct Document {
  std::string path;          // as given by the user; "-" for standard input
  std::size_t bytes = 0;
  std::string encoding;      // detected or forced
  std::size_t invalid = 0;   // byte sequences replaced by U+FFFD
  std::optional<std::size_t> first_invalid;
  std::optional<Text> text;  // empty when the document could not be read
  std::string status = "ok"; // ok, empty, error
  std::string error;         // plain message when status is error, or a warning
  std::string note;          // what the file list should say of it (offsets of a .docx count its extracted text)
  std::string sha256 = {};   // of the bytes read (the file's, for .docx and .html), lower-case hex
};

// Reads a file (or standard input for "-") without modifying it: .docx and
// .html/.htm through their readers (docx_reader.hpp, html_reader.hpp), anything
// else as text in any encoding decode() knows. Never throws for bad input:
// problems (a folder, binary data, an office format it does not read) land in
// status and error.
// With Digest::none, sha256 stays empty: only a workbook's file list shows it, and
// hashing costs as much as reading the text.
enum class Digest { sha256, none };
Document load_document(const std::string& path, const std::string& forced_encoding = {}, Digest digest = Digest::sha256);
// Same, from bytes already in memory.
Document make_document(std::string path, std::string_view bytes, const std::string& forced_encoding = {},
                       Digest digest = Digest::sha256);

}  // namespace zhibiao
