// Scanning a phrase in a test, and reading back each quantity as plain strings
// so that assertions compare what a user would see.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "zhibiao/quantity/quantity.hpp"
#include "zhibiao/quantity/scanner.hpp"
#include "zhibiao/text/text.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::test {

struct Found {
  std::string text;       // original substring of the whole quantity
  std::size_t start = 0;  // original code points, half-open
  std::size_t end = 0;
  std::string kind;
  std::string value;      // Decimal::str(), or "null"
  std::string unit;
  std::string qualifier;
  bool masked = false;
  bool vague = false;
  std::string low, high;  // ranges only
  Quantity q;
};

inline std::string str_or_null(const std::optional<Decimal>& d) { return d ? d->str() : "null"; }

inline Found describe(const Text& text, const Quantity& q) {
  Found f;
  f.start = text.to_original_begin(q.span.begin);
  f.end = text.to_original_end(q.span.end);
  f.text = to_utf8(text.original_span(q.span.begin, q.span.end));
  f.kind = std::string(to_string(q.kind));
  f.value = str_or_null(q.value);
  f.unit = q.unit;
  f.qualifier = std::string(to_string(q.qualifier));
  f.masked = q.masked;
  f.vague = q.vague;
  if (q.low) f.low = q.low->str();
  if (q.high) f.high = q.high->str();
  f.q = q;
  return f;
}

inline std::vector<Found> scan_all(std::string_view utf8) {
  Text text(from_utf8(utf8));
  std::vector<Found> out;
  for (const auto& q : Scanner().scan(text)) out.push_back(describe(text, q));
  return out;
}

// The quantity whose original text is `what`, or nothing.
inline std::optional<Found> find(std::string_view utf8, std::string_view what) {
  for (auto& f : scan_all(utf8))
    if (f.text == what) return f;
  return std::nullopt;
}

// For failure messages: every quantity as text/kind/value/unit.
inline std::string listing(std::string_view utf8) {
  std::string out;
  for (const auto& f : scan_all(utf8))
    out += "[" + f.text + " " + f.kind + " " + f.value + " " + f.unit + " " + f.qualifier + "] ";
  return out.empty() ? "(nothing)" : out;
}

}  // namespace zhibiao::test
