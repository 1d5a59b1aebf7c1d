#include "zhibiao/error.hpp"

namespace zhibiao {

std::string Error::describe() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line) {
      out += ':' + std::to_string(line);
      if (column) out += ':' + std::to_string(column);
    }
    out += ": ";
  }
  out += message;
  if (!fragment.empty()) out += " [" + fragment + "]";
  return out;
}

}  // namespace zhibiao
