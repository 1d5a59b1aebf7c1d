// Running the zhibiao binary as a user does, in a fresh folder per test.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "support/shared_data.hpp"
#include "support/test_dir.hpp"

namespace zhibiao::test {

namespace fs = std::filesystem;

struct Run {
  int status = -1;
  std::string out, err;
};

inline std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string sh(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// `args` through the shell, as written (quote what needs it); standard error kept apart.
inline Run run_shell(const std::string& command) {
  static int n = 0;
  fs::path err = fs::temp_directory_path() / ("zhibiao-test-stderr-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
  Run r;
  FILE* p = ::popen((command + " 2>" + sh(err.string())).c_str(), "r");
  std::array<char, 65536> buf;
  while (std::size_t k = std::fread(buf.data(), 1, buf.size(), p)) r.out.append(buf.data(), k);
  int st = ::pclose(p);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  r.err = slurp(err);
  fs::remove(err);
  return r;
}

inline Run zhibiao(const std::string& args) { return run_shell(sh(zhibiao_binary()) + " " + args); }

// The docs of JSONL records, with how many records each.
inline std::map<std::string, int> records_by_doc(const std::string& jsonl) {
  std::map<std::string, int> out;
  std::istringstream lines(jsonl);
  for (std::string line; std::getline(lines, line);) ++out[nlohmann::json::parse(line)["doc"].get<std::string>()];
  return out;
}

class BatchTest : public ::testing::Test {
 public:
  void SetUp() override {
    dir = test_dir("zhibiao-batch-");
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, ec);
         it != fs::recursive_directory_iterator(); it.increment(ec))
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(dir, ec);
  }
  std::string write(const std::string& name, const std::string& bytes) {
    fs::path p = dir / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string path(const std::string& name) const { return (dir / name).string(); }
  fs::path dir;
};

// A document with exactly two records (a level and its growth).
inline const std::string kGood = "全县地区生产总值完成45.4亿元，增长8％。";

}  // namespace zhibiao::test
