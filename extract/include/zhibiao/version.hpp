// The version of zhibiao, as the project's CMakeLists.txt names it.
#pragma once

#include <string_view>

namespace zhibiao {

std::string_view version();

}  // namespace zhibiao
