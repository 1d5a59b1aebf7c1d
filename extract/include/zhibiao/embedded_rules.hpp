// The default rules/ files, compiled into the binary (see cmake/embed_rules.cmake).
#pragma once

#include <string_view>
#include <vector>

namespace zhibiao {

struct EmbeddedFile {
  std::string_view path;     // relative to rules/, e.g. "units.yaml"
  std::string_view content;
};

const std::vector<EmbeddedFile>& embedded_rules();

}  // namespace zhibiao
