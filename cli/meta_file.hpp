// --meta FILE.csv: what the user says of each document (region, year, kind),
// overriding what zhibiao reads from its opening.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "zhibiao/attribution/document_info.hpp"
#include "zhibiao/error.hpp"

namespace zhibiao::cli {

class MetaFile {
 public:
  // Columns doc, region, year, kind in any order after a header row; empty cells
  // keep what is read. UTF-8 (with or without BOM); errors name file:line:column.
  static Result<MetaFile> read(const std::string& path);
  // The entry for a document as given on the command line: its path, the same
  // path normalized, or its file name when only one entry has that name.
  const DocumentMeta* find(const std::string& doc) const;
  std::size_t size() const { return by_path_.size(); }

 private:
  std::map<std::string, DocumentMeta> by_path_;
  std::map<std::string, std::vector<const DocumentMeta*>> by_name_;
};

}  // namespace zhibiao::cli
