// Exact decimal numbers: 16.4亿 is 1640000000, never 1639999999.9999998.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace zhibiao {

// A signed decimal: digits × 10^exponent, digits without leading zeros.
class Decimal {
 public:
  Decimal() = default;  // zero
  static Decimal from_int(std::int64_t v);
  // Parses "45.4", "-1234.5", "0.05"; ASCII digits only, no grouping commas.
  static std::optional<Decimal> parse(std::string_view text);

  Decimal operator+(const Decimal& o) const;
  Decimal operator-(const Decimal& o) const;
  Decimal operator*(const Decimal& o) const;
  Decimal scaled(int power_of_ten) const;  // × 10^power_of_ten
  Decimal negated() const;
  // Quotient rounded to `significant` digits (exact when it terminates sooner):
  // 1/5 is 0.2, 1/3 is 0.333…3. Empty when dividing by zero.
  std::optional<Decimal> divided(const Decimal& divisor, int significant = 20) const;

  bool is_zero() const { return digits_.empty(); }
  bool negative() const { return negative_; }
  bool is_integer() const;
  // The power of ten of the leading digit: 10^order <= |x| < 10^(order+1); 0 for zero.
  long order() const { return digits_.empty() ? 0 : static_cast<long>(digits_.size()) - 1 + exponent_; }
  // Digits after the decimal point as written in str() (0 for integers).
  int fraction_digits() const { return exponent_ < 0 ? -exponent_ : 0; }
  // Plain notation, no exponent, no trailing zeros after the point: "1640000000", "0.05".
  std::string str() const;
  double to_double() const;
  // The integer part (toward zero), or empty when it does not fit in 64 bits:
  // text can hold 100000000000000000000000年, and a cast of its double is undefined.
  std::optional<std::int64_t> to_int64() const;

  friend bool operator==(const Decimal& a, const Decimal& b) {
    return a.negative_ == b.negative_ && a.digits_ == b.digits_ && a.exponent_ == b.exponent_;
  }
  std::strong_ordering operator<=>(const Decimal& o) const;

 private:
  void canonicalize();
  bool negative_ = false;
  std::string digits_;  // most significant first; empty means zero
  int exponent_ = 0;
};

}  // namespace zhibiao
