// Every record `zhibiao scan` prints for the shared corpus and seeds (BOM, CRLF,
// CR CR LF, full-width digits, NBSP escapes) must point at exactly its text in
// the original decoded document.
#include <gtest/gtest.h>

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "support/shared_data.hpp"
#include "zhibiao/text/document.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::test {
namespace {

std::string run(const std::string& command) {
  std::string out;
  FILE* p = popen(command.c_str(), "r");
  if (!p) return out;
  char buf[65536];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  pclose(p);
  return out;
}

TEST(CorpusOffsets, TextEqualsOriginalSubstring) {
  ZHIBIAO_REQUIRE_SHARED();
  std::size_t records = 0, files = 0;
  for (const char* dir : {"corpus", "seeds"}) {
    for (const auto& entry : std::filesystem::directory_iterator(shared_dir() / dir)) {
      if (entry.path().extension() != ".txt") continue;
      const std::string path = entry.path().string();
      Document doc = load_document(path);
      ASSERT_TRUE(doc.text) << path << ": " << doc.error;
      const std::u32string& original = doc.text->original();
      std::string jsonl = run("'" + zhibiao_binary() + "' scan '" + path + "' 2>/dev/null");
      std::size_t in_file = 0;
      for (std::size_t at = 0, nl; at < jsonl.size(); at = nl + 1) {
        nl = jsonl.find('\n', at);
        if (nl == std::string::npos) nl = jsonl.size();
        auto rec = nlohmann::json::parse(jsonl.substr(at, nl - at));
        auto start = rec["start"].get<std::size_t>(), end = rec["end"].get<std::size_t>();
        ASSERT_LE(start, end);
        ASSERT_LE(end, original.size()) << path;
        EXPECT_EQ(to_utf8(original.substr(start, end - start)), rec["text"].get<std::string>())
            << path << " [" << start << "," << end << ")";
        ++in_file;
      }
      EXPECT_GT(in_file, 0u) << path << " has figures, the scan found none";
      records += in_file;
      ++files;
    }
  }
  std::cout << "offset test: " << records << " records in " << files << " files\n";
  RecordProperty("records_checked", std::to_string(records));
  EXPECT_GE(files, 8u);
}

}  // namespace
}  // namespace zhibiao::test
