// Patterns never see digits: each quantity and each indicator mention in a
// clause is replaced by one private-use character standing for its kind, so
// {percent} is one character class and a rule is readable Chinese around it.
#pragma once

#include "zhibiao/quantity/quantity.hpp"

namespace zhibiao::placeholder {

inline constexpr char32_t kFirst = 0xE000, kLast = 0xE0FF;
inline constexpr char32_t kPercent = 0xE001;    // 8%, 四成, 百分之五
inline constexpr char32_t kPoints = 0xE002;     // 8.5个百分点
inline constexpr char32_t kMoney = 0xE003;      // 45.4亿元
inline constexpr char32_t kMeasure = 0xE004;    // 10万吨, 3000亩
inline constexpr char32_t kCount = 0xE005;      // 60个, 330万人次
inline constexpr char32_t kRank = 0xE006;       // 第12位, 前三名
inline constexpr char32_t kOrdinal = 0xE007;    // 第三 (no 位/名)
inline constexpr char32_t kNumber = 0xE008;     // a bare number
inline constexpr char32_t kRatio = 0xE00B;      // 2.31：1, a ratio to one
inline constexpr char32_t kDate = 0xE009;       // 2025年, 第二季度
inline constexpr char32_t kDuration = 0xE00A;   // 24小时
inline constexpr char32_t kIndicator = 0xE010;  // an alias of a rule indicator

inline bool is_placeholder(char32_t c) { return c >= kFirst && c <= kLast; }
inline bool is_figure(char32_t c) { return (c >= kPercent && c <= kNumber) || c == kRatio; }

inline char32_t for_quantity(const Quantity& q) {
  QuantityKind k = q.kind == QuantityKind::range ? q.range_of : q.kind;
  switch (k) {
    case QuantityKind::percent: return q.unit == "%" ? kPercent : kPoints;
    case QuantityKind::money: return kMoney;
    case QuantityKind::quantity: return kMeasure;
    case QuantityKind::count: return kCount;
    case QuantityKind::ordinal: return q.unit.empty() ? kOrdinal : kRank;
    case QuantityKind::date: return kDate;
    case QuantityKind::duration: return kDuration;
    default: return q.ratio ? kRatio : kNumber;
  }
}

}  // namespace zhibiao::placeholder
