// A folder of one's own for the running test: named after the test and the process, so
// two builds' suites running at once (CI's and a developer's) never share one.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <string>

namespace zhibiao::test {

inline std::filesystem::path test_dir(const std::string& prefix) {
  return std::filesystem::temp_directory_path() /
         (prefix + std::to_string(::getpid()) + "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
}

}  // namespace zhibiao::test
