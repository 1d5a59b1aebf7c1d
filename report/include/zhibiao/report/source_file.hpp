// One input file as the batch saw it: the 文件 sheet's row, and the cover's.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace zhibiao::report {

struct SourceFile {
  std::string path, encoding;
  std::size_t bytes = 0, sentences = 0, records = 0;
  std::string status = "ok";  // ok, empty, error, partial, skipped
  std::string error;          // plain message when status is error (or a warning)
  // Initialized here so that the file list's older brace lists (path … error) stay complete.
  std::string sha256 = {};    // of the file's bytes, lower-case hex; empty when not read
  // What the document is, as read from its opening (or given by --meta).
  std::string region = {}, kind = {};
  std::optional<int> year = {};
};

}  // namespace zhibiao::report
