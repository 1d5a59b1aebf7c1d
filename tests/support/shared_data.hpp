// Where the tests find ../shared (corpus, seeds, conformance) and the zhibiao binary.
#pragma once

#include <filesystem>
#include <string>

namespace zhibiao::test {

inline std::filesystem::path shared_dir() { return ZHIBIAO_SHARED_DIR; }
inline std::filesystem::path source_dir() { return ZHIBIAO_SOURCE_DIR; }
inline std::string zhibiao_binary() { return ZHIBIAO_BINARY; }
inline bool have_shared() { return std::filesystem::is_directory(shared_dir()); }

}  // namespace zhibiao::test

// Use at the top of a test that reads ../shared.
#define ZHIBIAO_REQUIRE_SHARED()                                                        \
  do {                                                                                  \
    if (!::zhibiao::test::have_shared())                                                \
      GTEST_SKIP() << "../shared is absent (a user's clone): " << ZHIBIAO_SHARED_DIR;   \
  } while (0)
