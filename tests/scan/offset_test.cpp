// Offsets are code points of the original decoded text, whatever NFKC did.
#include <gtest/gtest.h>

#include "scan_support.hpp"
#include "zhibiao/text/decode.hpp"

namespace zhibiao::test {
namespace {

void expect_at(const std::u32string& original, const std::string& what, std::size_t start, std::size_t end) {
  Text text(original);
  for (const auto& q : Scanner().scan(text)) {
    Found f = describe(text, q);
    if (f.text != what) continue;
    EXPECT_EQ(f.start, start) << what;
    EXPECT_EQ(f.end, end) << what;
    EXPECT_EQ(to_utf8(original.substr(f.start, f.end - f.start)), what);
    return;
  }
  ADD_FAILURE() << what << " not found in " << to_utf8(original);
}

TEST(Offsets, FullWidthMapsBack) {
  auto t = from_utf8("增长４５．４％，");
  expect_at(t, "４５．４％", 2, 7);
  auto f = find("增长４５．４％，", "４５．４％");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->value, "45.4");
}

TEST(Offsets, CrlfIsKept) {
  expect_at(from_utf8("第一行\r\n增长8%"), "8%", 7, 9);
  expect_at(from_utf8("a\r\r\nb 45.4亿元"), "45.4亿元", 6, 12);
}

TEST(Offsets, BomIsExcluded) {
  auto d = decode("\xEF\xBB\xBF增长8%");
  ASSERT_TRUE(d);
  expect_at(d->text, "8%", 2, 4);
}

TEST(Offsets, ExpandingCharactersBefore) {
  // ㈱ becomes three characters and … three dots under NFKC; offsets stay in the original.
  expect_at(from_utf8("㈱……5万元"), "5万元", 3, 6);
  expect_at(from_utf8("\u3000\u3000增长８．７％"), "８．７％", 4, 8);
}

TEST(Offsets, ExpandingCharactersAfterAndBetween) {
  // The map starts where the first character expands: figures before it and after it.
  expect_at(from_utf8("增长8%，约5㎡，达到９亿元"), "8%", 2, 4);
  expect_at(from_utf8("增长8%，约5㎡，达到９亿元"), "９亿元", 11, 14);
  Text text(from_utf8("a㎡b"));
  EXPECT_EQ(text.norm(), U"am2b");
  EXPECT_EQ(text.original_at(2), U'㎡');
  EXPECT_EQ(text.to_original_begin(3), 2u);
  EXPECT_EQ(text.to_original_end(3), 2u);
  EXPECT_EQ(text.to_original_end(4), 3u);
}

}  // namespace
}  // namespace zhibiao::test
