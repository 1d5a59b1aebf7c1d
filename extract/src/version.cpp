#include "zhibiao/version.hpp"

namespace zhibiao {

std::string_view version() { return ZHIBIAO_VERSION; }

}  // namespace zhibiao
