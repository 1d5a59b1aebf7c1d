// Bytes to text: BOMs, UTF-16, GB18030, invalid bytes, binary and empty input.
#include <gtest/gtest.h>
#include <unistd.h>
#include <unicode/ucnv.h>

#include <filesystem>
#include <fstream>

#include "scan_support.hpp"
#include "zhibiao/text/decode.hpp"
#include "zhibiao/text/document.hpp"

namespace zhibiao::test {
namespace {

const std::string kSample = "地区生产总值增长８％，达45.4亿元";

std::string utf16(const std::string& utf8, bool little_endian) {
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char32_t c : from_utf8(utf8)) {
    auto unit = static_cast<std::uint16_t>(c);  // the sample is all BMP
    char hi = static_cast<char>(unit >> 8), lo = static_cast<char>(unit & 0xFF);
    out += little_endian ? std::string{lo, hi} : std::string{hi, lo};
  }
  return out;
}

std::string gb18030(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 8, '\0');
  auto n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                        static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

TEST(Decode, Utf8WithoutBom) {
  auto d = decode(kSample);
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->encoding, "UTF-8");
  EXPECT_FALSE(d->had_bom);
  EXPECT_EQ(d->text, from_utf8(kSample));
}

TEST(Decode, Utf8BomIsExcluded) {
  auto d = decode("\xEF\xBB\xBF" + kSample);
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->had_bom);
  EXPECT_EQ(d->text, from_utf8(kSample));
}

TEST(Decode, Utf16LittleAndBigEndianWithBom) {
  for (bool le : {true, false}) {
    auto d = decode(utf16(kSample, le));
    ASSERT_TRUE(d) << d.error().message;
    EXPECT_EQ(d->encoding, le ? "UTF-16LE" : "UTF-16BE");
    EXPECT_TRUE(d->had_bom);
    EXPECT_EQ(d->text, from_utf8(kSample));
    EXPECT_EQ(d->invalid, 0u);
  }
}

TEST(Decode, Gb18030IsDetected) {
  std::string bytes = gb18030(kSample + "。各项工作取得新进展，城乡居民收入稳步增长。");
  ASSERT_NE(bytes, kSample);
  auto d = decode(bytes);
  ASSERT_TRUE(d) << d.error().message;
  // ICU names the converter in lower case; users read GB18030.
  EXPECT_EQ(d->encoding, "GB18030");
  EXPECT_EQ(d->text, from_utf8(kSample + "。各项工作取得新进展，城乡居民收入稳步增长。"));
}

TEST(Decode, ForcedEncoding) {
  auto d = decode(gb18030("增长８％"), "gbk");
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->text, from_utf8("增长８％"));
  EXPECT_FALSE(decode("abc", "no-such-encoding"));
}

TEST(Decode, InvalidUtf8BecomesReplacementAndIsCounted) {
  // ASCII with one stray byte: nothing else to guess from.
  auto d = decode("growth 8%\xFF and 9%");
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->invalid, 1u);
  ASSERT_TRUE(d->first_invalid);
  EXPECT_EQ(*d->first_invalid, 9u);
  EXPECT_EQ(d->text[9], U'\uFFFD');
  EXPECT_EQ(d->text.size(), 17u);  // nothing dropped
}

TEST(Decode, InvalidBytesInChineseUtf8) {
  std::string bytes = kSample;
  bytes.insert(6, "\xC3");  // a lead byte without its continuation, after 地区
  auto d = decode(bytes);
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_GE(d->invalid, 1u);
  ASSERT_TRUE(d->first_invalid);
  EXPECT_EQ(d->text[*d->first_invalid], U'\uFFFD');
}

TEST(Decode, MoreStrayContinuationBytesThanCharactersAreEachReplaced) {
  // Each stray byte is one U+FFFD: more code points than the bytes that start a sequence.
  auto d = decode("\xE5\xA2\x9E\x80\x80\x80\x80\x80\x80\x80\x80\x80\x80" "8%", "utf-8");
  ASSERT_TRUE(d) << d.error().message;
  EXPECT_EQ(d->invalid, 10u);
  EXPECT_EQ(d->text, U"增" + std::u32string(10, U'\uFFFD') + U"8%");
}

TEST(Decode, BinaryIsRejected) {
  auto d = decode(std::string(512, '\0'));
  EXPECT_FALSE(d);
  std::string mixed = "PK\x03\x04";
  mixed += std::string(64, '\0') + "\x01\x02\xFF\xFE\x80";
  EXPECT_FALSE(decode(mixed));
}

TEST(Decode, EmptyInput) {
  auto d = decode("");
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->text.empty());
  EXPECT_EQ(d->invalid, 0u);
}


TEST(LoadDocument, AnOfficeFileIsNamedNotCalledBinary) {
  auto path = std::filesystem::temp_directory_path() / ("zhibiao-report-" + std::to_string(::getpid()) + ".doc");
  std::ofstream(path, std::ios::binary) << std::string("\xD0\xCF\x11\xE0\0\0binary", 12);
  Document doc = load_document(path.string());
  std::filesystem::remove(path);
  EXPECT_EQ(doc.status, "error");
  EXPECT_NE(doc.error.find("save the document as .txt or .docx"), std::string::npos) << doc.error;
}

TEST(LoadDocument, ABrokenDocxSaysItIsNoZip) {
  auto path = std::filesystem::temp_directory_path() / ("zhibiao-broken-" + std::to_string(::getpid()) + ".docx");
  std::ofstream(path, std::ios::binary) << std::string("PK\x03\x04\0\0binary", 12);
  Document doc = load_document(path.string());
  std::filesystem::remove(path);
  EXPECT_EQ(doc.status, "error");
  EXPECT_NE(doc.error.find("not a .docx"), std::string::npos) << doc.error;
}

TEST(LoadDocument, AFolderIsRefusedPlainly) {
  Document doc = load_document(std::filesystem::temp_directory_path().string());
  EXPECT_EQ(doc.status, "error");
  EXPECT_NE(doc.error.find("is a folder"), std::string::npos) << doc.error;
}

TEST(LoadDocument, AMissingFileIsAnErrorNotACrash) {
  Document doc = load_document("/nonexistent/zhibiao/report.txt");
  EXPECT_EQ(doc.status, "error");
  EXPECT_NE(doc.error.find("cannot open"), std::string::npos) << doc.error;
}

}  // namespace
}  // namespace zhibiao::test
