// A quantity as the scanner finds it: one whole expression such as 45.4亿元,
// 第三, 百分之三十五点五, **%, 3至5年.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "zhibiao/quantity/decimal.hpp"
#include "zhibiao/text/segment.hpp"

namespace zhibiao {

enum class QuantityKind { number, percent, ordinal, money, quantity, count, date, duration, range };
enum class Qualifier { exact, approx, at_least, at_most };

std::string_view to_string(QuantityKind kind);
std::string_view to_string(Qualifier qualifier);

struct Quantity {
  Span span;                       // the whole expression, normalized positions
  Span number_span;                // the figure as written (45.4, 三十五点五, **)
  Span unit_span;                  // magnitude and unit as written (亿元, %, 位); may be empty
  QuantityKind kind = QuantityKind::number;
  QuantityKind range_of = QuantityKind::number;  // element kind, when kind is range
  std::optional<Decimal> value;    // in the base unit; empty when masked or vague
  std::optional<Decimal> low, high;  // ranges
  std::string unit;                // normalized unit: 元, 吨, %, 百分点, 位, 人次 ...
  std::string dimension;           // money, mass, area ... count, percent, rank, time
  Qualifier qualifier = Qualifier::exact;
  Span qualifier_span;             // 约, 以上 ... when present (outside `span` unless inside)
  bool masked = false;             // X, ×, * in place of digits
  bool vague = false;              // 两三个
  bool from_end = false;           // 倒数第二
  bool top = false;                // 前三: the first N
  bool growth_word = false;        // 翻一番, 持平: a change by itself, not a level
  bool ratio = false;              // 2.31：1: the number of a ratio to one
};

}  // namespace zhibiao
