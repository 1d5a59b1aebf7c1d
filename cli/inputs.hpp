// What a batch reads, in order: the files, folders (walked), glob patterns and
// lists the user named. An entry a walk cannot read (permission, symlink loop,
// vanished) is kept in place as an error, and a file zhibiao does not read as
// skipped, so the file list shows both and the batch goes on.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "zhibiao/attribution/record.hpp"

namespace zhibiao::cli {

struct Job {
  std::string path;                         // as given or found; for --stdin-jsonl the line's "doc"
  std::string file;                         // the file to read when it is not `path` ("doc" names it)
  std::uintmax_t bytes = 0;                 // size when known, for progress
  std::optional<std::string> text;          // --stdin-jsonl "text": the document itself (UTF-8)
  std::optional<std::vector<Record>> records;  // --from-jsonl: records read back, not extracted again
  std::string status;                       // empty: read it; "error" or "skipped": listed with `reason` only
  std::string reason;
};

// Document extensions a walk reads: .txt, .docx, .html, .htm (any case).
bool is_document_path(const std::string& path);

// Files as given ("-" is standard input), folders walked recursively (hidden
// names left out; reports in office formats it does not read are listed as
// skipped, other files are not documents), patterns expanded; then the paths listed one a line in
// `files_from` ("-": standard input), when given. Folders and patterns list
// what they find in path order.
std::vector<Job> expand_inputs(const std::vector<std::string>& inputs, const std::string& files_from = {});

}  // namespace zhibiao::cli
