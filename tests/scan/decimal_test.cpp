// Exact decimal arithmetic: no binary floating point anywhere in a value.
#include <gtest/gtest.h>

#include "scan_support.hpp"
#include "zhibiao/quantity/decimal.hpp"

namespace zhibiao::test {
namespace {

Decimal dec(const char* s) { return *Decimal::parse(s); }

TEST(Decimal, SixteenPointFourYiIsExact) {
  auto f = find("16.4亿", "16.4亿");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->value, "1640000000");
  ASSERT_TRUE(f->q.value);
  EXPECT_EQ(*f->q.value, Decimal::from_int(1640000000));
}

TEST(Decimal, TheIntegerPartIsEmptyWhereSixtyFourBitsEnd) {
  EXPECT_EQ(dec("2025").to_int64(), 2025);
  EXPECT_EQ(dec("2.9").to_int64(), 2);
  EXPECT_EQ(dec("-2.9").to_int64(), -2);
  EXPECT_EQ(dec("0.05").to_int64(), 0);
  EXPECT_EQ(dec("1200").scaled(4).to_int64(), 12000000);
  EXPECT_EQ(dec("9223372036854775807").to_int64(), INT64_MAX);
  EXPECT_EQ(dec("-9223372036854775808").to_int64(), INT64_MIN);
  EXPECT_FALSE(dec("9223372036854775808").to_int64());
  EXPECT_FALSE(dec("100000000000000000000000").to_int64());  // found by the fuzzer: a cast of 1e23 is undefined
}

TEST(Decimal, SumsThatFloatsGetWrong) {
  EXPECT_EQ((dec("0.1") + dec("0.2")).str(), "0.3");
  EXPECT_EQ((dec("16.4") * dec("100000000")).str(), "1640000000");
  EXPECT_EQ((dec("2.28") * dec("0.0005")).scaled(8).str(), "114000");
}

TEST(Decimal, ParseAndPrint) {
  EXPECT_EQ(dec("045.400").str(), "45.4");
  EXPECT_EQ(dec("-0.05").str(), "-0.05");
  EXPECT_EQ(dec("0").str(), "0");
  EXPECT_FALSE(Decimal::parse("1.2.3"));
  EXPECT_FALSE(Decimal::parse(""));
  EXPECT_FALSE(Decimal::parse("１"));  // full-width digits are normalized before, not here
}

TEST(Decimal, CompareAcrossExponents) {
  EXPECT_LT(dec("9.99"), dec("10"));
  EXPECT_GT(dec("-1"), dec("-1.5"));
  EXPECT_EQ(dec("1.50"), dec("1.5"));
}

TEST(Decimal, Division) {
  EXPECT_EQ(dec("1").divided(dec("5"))->str(), "0.2");
  EXPECT_EQ(dec("3").divided(dec("4200"), 6)->str(), "0.000714285");
  EXPECT_EQ(dec("-1").divided(dec("8"))->str(), "-0.125");
  EXPECT_EQ(dec("1200").divided(dec("0.5"))->str(), "2400");
  EXPECT_FALSE(dec("1").divided(Decimal()));
}

}  // namespace
}  // namespace zhibiao::test
