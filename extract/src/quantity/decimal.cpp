// Decimal arithmetic on digit strings: numbers in this genre are short, so
// schoolbook addition and multiplication are fast enough and always exact.
#include "zhibiao/quantity/decimal.hpp"

#include <algorithm>
#include <vector>
#include <cstdlib>

namespace zhibiao {
namespace {

// Unsigned digit-string helpers; both operands share the same exponent.
int compare_magnitude(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return a.compare(b) < 0 ? -1 : (a == b ? 0 : 1);
}

std::string add_digits(const std::string& a, const std::string& b) {
  std::string out;
  int carry = 0;
  auto i = a.rbegin(), j = b.rbegin();
  while (i != a.rend() || j != b.rend() || carry) {
    int s = carry;
    if (i != a.rend()) s += *i++ - '0';
    if (j != b.rend()) s += *j++ - '0';
    out.push_back(static_cast<char>('0' + s % 10));
    carry = s / 10;
  }
  std::reverse(out.begin(), out.end());
  return out;
}

// a >= b required.
std::string sub_digits(const std::string& a, const std::string& b) {
  std::string out;
  int borrow = 0;
  auto i = a.rbegin(), j = b.rbegin();
  while (i != a.rend()) {
    int d = (*i++ - '0') - borrow - (j != b.rend() ? *j++ - '0' : 0);
    borrow = d < 0;
    out.push_back(static_cast<char>('0' + (d + 10) % 10));
  }
  std::reverse(out.begin(), out.end());
  return out;
}

}  // namespace

Decimal Decimal::from_int(std::int64_t v) {
  Decimal d;
  d.negative_ = v < 0;
  std::uint64_t m = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  d.digits_ = m == 0 ? std::string() : std::to_string(m);
  d.canonicalize();
  return d;
}

std::optional<Decimal> Decimal::parse(std::string_view s) {
  Decimal d;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) {
    d.negative_ = s[0] == '-';
    s.remove_prefix(1);
  }
  bool seen_point = false, seen_digit = false;
  for (char c : s) {
    if (c == '.' && !seen_point) {
      seen_point = true;
    } else if (c >= '0' && c <= '9') {
      d.digits_.push_back(c);
      if (seen_point) --d.exponent_;
      seen_digit = true;
    } else {
      return std::nullopt;
    }
  }
  if (!seen_digit) return std::nullopt;
  d.canonicalize();
  return d;
}

void Decimal::canonicalize() {
  auto nz = digits_.find_first_not_of('0');
  if (nz == std::string::npos) {
    digits_.clear();
    exponent_ = 0;
    negative_ = false;
    return;
  }
  digits_.erase(0, nz);
  while (digits_.size() > 1 && digits_.back() == '0') {
    digits_.pop_back();
    ++exponent_;
  }
}

bool Decimal::is_integer() const { return exponent_ >= 0; }

Decimal Decimal::scaled(int p) const {
  Decimal d = *this;
  if (!d.is_zero()) d.exponent_ += p;
  return d;
}

Decimal Decimal::negated() const {
  Decimal d = *this;
  if (!d.is_zero()) d.negative_ = !d.negative_;
  return d;
}

Decimal Decimal::operator+(const Decimal& o) const {
  if (is_zero()) return o;
  if (o.is_zero()) return *this;
  int e = std::min(exponent_, o.exponent_);
  std::string a = digits_ + std::string(static_cast<size_t>(exponent_ - e), '0');
  std::string b = o.digits_ + std::string(static_cast<size_t>(o.exponent_ - e), '0');
  Decimal r;
  r.exponent_ = e;
  if (negative_ == o.negative_) {
    r.digits_ = add_digits(a, b);
    r.negative_ = negative_;
  } else {
    int c = compare_magnitude(a, b);
    if (c == 0) return Decimal();
    r.digits_ = c > 0 ? sub_digits(a, b) : sub_digits(b, a);
    r.negative_ = c > 0 ? negative_ : o.negative_;
  }
  r.canonicalize();
  return r;
}

Decimal Decimal::operator-(const Decimal& o) const { return *this + o.negated(); }

Decimal Decimal::operator*(const Decimal& o) const {
  if (is_zero() || o.is_zero()) return Decimal();
  std::string prod(digits_.size() + o.digits_.size(), '\0');
  std::vector<int> acc(prod.size(), 0);
  for (size_t i = 0; i < digits_.size(); ++i)
    for (size_t j = 0; j < o.digits_.size(); ++j)
      acc[i + j + 1] += (digits_[i] - '0') * (o.digits_[j] - '0');
  for (size_t k = acc.size(); k-- > 1;) {
    acc[k - 1] += acc[k] / 10;
    acc[k] %= 10;
  }
  for (size_t k = 0; k < acc.size(); ++k) prod[k] = static_cast<char>('0' + acc[k]);
  Decimal r;
  r.digits_ = prod;
  r.exponent_ = exponent_ + o.exponent_;
  r.negative_ = negative_ != o.negative_;
  r.canonicalize();
  return r;
}

std::optional<Decimal> Decimal::divided(const Decimal& o, int significant) const {
  if (o.is_zero()) return std::nullopt;
  if (is_zero()) return Decimal();
  // Long division of the digit strings, one quotient digit at a time.
  std::string rem;
  std::string q;
  int produced = 0;  // significant quotient digits so far
  std::size_t next = 0;
  int extra = 0;     // zeros appended after the dividend's own digits
  while (true) {
    if (next < digits_.size()) rem.push_back(digits_[next++]);
    else {
      if (rem.empty() || produced >= significant) break;
      rem.push_back('0');
      ++extra;
    }
    rem.erase(0, std::min(rem.find_first_not_of('0'), rem.size()));
    int d = 0;
    while (compare_magnitude(rem, o.digits_) >= 0) {
      rem = sub_digits(rem, o.digits_);
      rem.erase(0, std::min(rem.find_first_not_of('0'), rem.size()));
      ++d;
    }
    q.push_back(static_cast<char>('0' + d));
    if (d || produced) ++produced;
  }
  Decimal r;
  r.digits_ = q;
  r.exponent_ = exponent_ - o.exponent_ - extra;
  r.negative_ = negative_ != o.negative_;
  r.canonicalize();
  return r;
}

std::strong_ordering Decimal::operator<=>(const Decimal& o) const {
  Decimal diff = *this - o;
  if (diff.is_zero()) return std::strong_ordering::equal;
  return diff.negative_ ? std::strong_ordering::less : std::strong_ordering::greater;
}

std::string Decimal::str() const {
  if (is_zero()) return "0";
  std::string out = negative_ ? "-" : "";
  if (exponent_ >= 0) {
    out += digits_;
    out.append(static_cast<size_t>(exponent_), '0');
  } else {
    size_t frac = static_cast<size_t>(-exponent_);
    if (digits_.size() > frac) {
      out += digits_.substr(0, digits_.size() - frac);
      out += '.';
      out += digits_.substr(digits_.size() - frac);
    } else {
      out += "0.";
      out.append(frac - digits_.size(), '0');
      out += digits_;
    }
  }
  return out;
}

double Decimal::to_double() const { return std::strtod(str().c_str(), nullptr); }

std::optional<std::int64_t> Decimal::to_int64() const {
  if (digits_.empty() || order() < 0) return std::int64_t{0};
  if (order() > 18) return std::nullopt;  // 10^19 > 2^63
  // At most 19 digits: the magnitude fits in an unsigned 64-bit word.
  std::uint64_t magnitude = 0;
  for (std::size_t i = 0; i < static_cast<std::size_t>(order() + 1); ++i)
    magnitude = magnitude * 10 + (i < digits_.size() ? static_cast<std::uint64_t>(digits_[i] - '0') : 0);
  constexpr std::uint64_t kMax = static_cast<std::uint64_t>(INT64_MAX);
  if (magnitude > kMax + (negative_ ? 1 : 0)) return std::nullopt;
  if (!negative_) return static_cast<std::int64_t>(magnitude);
  return magnitude == kMax + 1 ? INT64_MIN : -static_cast<std::int64_t>(magnitude);
}

}  // namespace zhibiao
