// --jobs N gives the same output, byte for byte, for any N; and records are
// written as each document finishes, not at the end of the batch.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>

#include <fmt/format.h>

#include "batch_support.hpp"

namespace zhibiao::test {
namespace {

TEST_F(BatchTest, OutputIsIdenticalForAnyNumberOfJobs) {
  int k = 0;
  for (const auto& e : fs::directory_iterator(ZHIBIAO_SAMPLES)) {
    if (e.path().extension() != ".txt") continue;
    std::string text = slurp(e.path());
    for (int copy = 0; copy < 3; ++copy)
      write("docs/" + std::to_string(100 + k++) + ".txt", copy == 1 ? text.substr(0, text.size() / 3) : text);
  }
  write("docs/broken.txt", std::string("\0\0\0binary", 9));
  std::string docs = sh(path("docs"));
  for (const char* ext : {"jsonl", "csv", "xlsx"}) {
    std::string one, two, four;
    for (auto [jobs, out] : {std::pair{1, &one}, std::pair{2, &two}, std::pair{4, &four}}) {
      std::string file = path("out-" + std::to_string(jobs) + "." + ext);
      auto r = run_shell("SOURCE_DATE_EPOCH=1700000000 " + sh(zhibiao_binary()) + " extract -q --jobs " +
                         std::to_string(jobs) + " " + docs + " -o " + sh(file));
      EXPECT_EQ(r.status, 2) << r.err;  // the broken one
      *out = slurp(file);
    }
    EXPECT_GT(one.size(), 1000u) << ext;
    EXPECT_TRUE(one == two) << ext << ": --jobs 1 and --jobs 2 differ";
    EXPECT_TRUE(one == four) << ext << ": --jobs 1 and --jobs 4 differ";
  }
  // Standard output as well.
  auto a = zhibiao("extract -q -j 1 " + docs), b = zhibiao("extract -q -j 2 " + docs);
  EXPECT_EQ(a.out, b.out);
  EXPECT_EQ(records_by_doc(a.out).size(), static_cast<std::size_t>(k));
}

// A document of more records than a worker formats (20,000) is written line by line by
// the writer, in the same order and the same bytes as a small one's (the 200 MB
// one-line file took 6.7 GB when its whole JSON was made at once).
TEST_F(BatchTest, ADocumentOfVeryManyRecordsIsWrittenLikeAnyOther) {
  std::string many, few;
  for (int i = 0; i < 25000; ++i) many += fmt::format("项目{}投资{}亿元。\n", i, i % 97 + 1);
  for (int i = 0; i < 100; ++i) few += fmt::format("项目{}投资{}亿元。\n", i, i % 97 + 1);
  write("many.txt", many);
  write("few.txt", few);
  for (int jobs : {1, 2}) {
    auto big = zhibiao(fmt::format("extract -q -j {} {} {}", jobs, sh(path("few.txt")), sh(path("many.txt"))));
    ASSERT_EQ(big.status, 0) << big.err;
    auto by_doc = records_by_doc(big.out);
    EXPECT_EQ(by_doc[path("many.txt")], 25000);
    EXPECT_EQ(by_doc[path("few.txt")], 100);
    // The small document's lines open the output; the big one's first 100 lines are the
    // same with the document's name changed (it begins with the same sentences).
    auto small = zhibiao("extract -q " + sh(path("few.txt")));
    ASSERT_EQ(big.out.compare(0, small.out.size(), small.out), 0);
    std::string renamed = small.out;
    for (std::size_t at = 0; (at = renamed.find(path("few.txt"), at)) != std::string::npos; at += path("many.txt").size())
      renamed.replace(at, path("few.txt").size(), path("many.txt"));
    EXPECT_EQ(big.out.compare(small.out.size(), renamed.size(), renamed), 0);
  }
}

// Starts zhibiao with pipes on standard input and output.
struct Child {
  pid_t pid = -1;
  int in = -1, out = -1;
};

Child spawn(const std::vector<std::string>& args) {
  int to[2], from[2];
  EXPECT_EQ(::pipe(to), 0);
  EXPECT_EQ(::pipe(from), 0);
  Child c;
  c.pid = ::fork();
  if (c.pid == 0) {
    ::dup2(to[0], 0);
    ::dup2(from[1], 1);
    ::close(to[1]);
    ::close(from[0]);
    std::vector<char*> argv;
    std::string bin = zhibiao_binary();
    argv.push_back(bin.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(bin.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(to[0]);
  ::close(from[1]);
  c.in = to[1];
  c.out = from[0];
  return c;
}

TEST_F(BatchTest, EachDocumentIsWrittenWhenItIsDoneNotAtTheEnd) {
  Child c = spawn({"extract", "--stdin-jsonl", "-q"});
  std::string line = "{\"doc\":\"first\",\"text\":\"" + kGood + "\"}\n";
  ASSERT_EQ(::write(c.in, line.data(), line.size()), static_cast<ssize_t>(line.size()));
  // Standard input stays open: the first document's records must come out anyway.
  pollfd p{c.out, POLLIN, 0};
  int ready = ::poll(&p, 1, 20000);
  EXPECT_EQ(ready, 1) << "no record within 20 s while the input was still open";
  char buf[4096];
  ssize_t n = ready == 1 ? ::read(c.out, buf, sizeof buf) : 0;
  std::string got(buf, n > 0 ? static_cast<std::size_t>(n) : 0);
  EXPECT_NE(got.find("\"doc\":\"first\""), std::string::npos) << got;
  ::close(c.in);
  while (::read(c.out, buf, sizeof buf) > 0) {
  }
  ::close(c.out);
  int st = 0;
  ::waitpid(c.pid, &st, 0);
  EXPECT_TRUE(WIFEXITED(st) && WEXITSTATUS(st) == 0);
}

// Regression: std::cin was tied to std::cout, so a worker reading the next line flushed
// std::cout while the writer filled it — duplicated records in about one run in ten.
TEST_F(BatchTest, AWorkerReadingStandardInputNeverRacesTheWriter) {
  std::string lines;
  for (const char* name : {"bom-crlf-briefing.txt", "county-work-report.txt", "traps.txt"}) {
    std::string p = (fs::path(ZHIBIAO_SAMPLES) / name).string();
    lines += "{\"doc\":\"" + p + "\",\"path\":\"" + p + "\"}\n";
  }
  auto input = write("in.jsonl", lines);
  std::string first;
  for (int k = 0; k < 30; ++k) {
    auto r = zhibiao("extract -q --jobs 1 --stdin-jsonl < " + sh(input));
    if (k == 0) first = r.out;
    ASSERT_EQ(r.out, first) << "run " << k << " differs";
  }
  EXPECT_EQ(records_by_doc(first).size(), 3u);
}

}  // namespace
}  // namespace zhibiao::test
