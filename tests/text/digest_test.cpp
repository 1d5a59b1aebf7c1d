// The SHA-256 an input is listed with is the one everybody else computes: FIPS 180's
// own examples, and coreutils' sha256sum over a sample as saved.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "zhibiao/sha256.hpp"

namespace zhibiao {
namespace {

TEST(Digest, FipsExamplesHashAsPublished) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(Digest, PiecesHashAsTheWhole) {
  std::string million(1'000'000, 'a');
  Sha256 h;
  for (std::size_t i = 0; i < million.size(); i += 999) h.update(std::string_view(million).substr(i, 999));
  EXPECT_EQ(h.hex(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  EXPECT_EQ(sha256_hex(million), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Digest, ASampleHashesAsSha256sumHashesIt) {
  std::string path = ZHIBIAO_SOURCE_DIR "/samples/gb18030-report.txt";
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in) << path;
  std::stringstream bytes;
  bytes << in.rdbuf();
  FILE* p = ::popen(("sha256sum '" + path + "'").c_str(), "r");
  ASSERT_NE(p, nullptr);
  char line[128] = {};
  ASSERT_NE(std::fgets(line, sizeof line, p), nullptr);
  ::pclose(p);
  EXPECT_EQ(sha256_hex(bytes.str()), std::string(line).substr(0, 64));
}

}  // namespace
}  // namespace zhibiao
