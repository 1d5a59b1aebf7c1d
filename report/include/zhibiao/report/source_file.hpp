// One input file as the batch saw it: the 文件 sheet's row.
#pragma once

#include <cstddef>
#include <string>

namespace zhibiao::report {

struct SourceFile {
  std::string path, encoding;
  std::size_t bytes = 0, sentences = 0, records = 0;
  std::string status = "ok";  // ok, empty, error
  std::string error;          // plain message when status is error (or a warning)
};

}  // namespace zhibiao::report
