// The period a figure covers: a year, part of a year, or a span of years,
// written normalized (2025, 2025-H1, 2025-Q3, 2025-09, 2025-01/2025-09, 2021/2025;
// XXXX-H1 when the document does not say the year).
#pragma once

#include <string>
#include <string_view>

namespace zhibiao {

struct Period {
  enum class Kind { none, year, half, quarter, month, months, multi_year };
  Kind kind = Kind::none;
  int year = 0;       // 0 while the year is not known
  int last_year = 0;  // multi_year: the span's last year
  int first = 0, last = 0;  // half 1–2, quarter 1–4, month or months 1–12

  bool empty() const { return kind == Kind::none; }
  // Known to the year.
  bool complete() const { return kind != Kind::none && year != 0; }
  // A part of a year prints without its year (XXXX-H1); a year or span of years needs it.
  bool printable() const {
    return complete() || kind == Kind::half || kind == Kind::quarter || kind == Kind::month || kind == Kind::months;
  }
  std::string str() const;
  std::string_view kind_name() const;  // year, half, quarter, month, months, multi-year; empty when not printable

  // The first and last month it covers, counted as year × 12 + month − 1 (needs complete()).
  int first_month() const;
  int last_month() const;
  bool ends_before(const Period& other) const { return complete() && other.complete() && last_month() < other.first_month(); }

  static Period of_year(int y) { return {Kind::year, y, 0, 0, 0}; }
  static Period of_years(int first_year, int last_year) {
    return first_year == last_year ? of_year(first_year) : Period{Kind::multi_year, first_year, last_year, 0, 0};
  }
  friend bool operator==(const Period&, const Period&) = default;
};

}  // namespace zhibiao
