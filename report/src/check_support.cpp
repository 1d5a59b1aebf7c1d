#include "check_support.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>

#include "zhibiao/quantity/units.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao::report::detail {

int written_decimals(const Record& r) {
  // From the text, not the Decimal: 40.0 states one decimal though it equals 40.
  if (Decimal::parse(r.raw_value)) {
    auto dot = r.raw_value.find('.');
    return dot == std::string::npos ? 0 : static_cast<int>(r.raw_value.size() - dot - 1);
  }
  return r.value ? r.value->fraction_digits() : 0;
}

bool usable(const Record& r) { return r.value.has_value() && !r.masked; }

bool is_percent(const Record& r) {
  return UnitTable::builtin().percents.find(from_utf8(r.unit)) != nullptr || r.unit == "%" || r.unit == "百分点";
}

bool is_count(const Record& r) {
  if (r.unit.empty() || is_percent(r) || r.measure == "rank") return false;
  const UnitInfo* u = UnitTable::builtin().units.find(from_utf8(r.unit));
  return u == nullptr || u->kind == QuantityKind::count;
}

double half_unit(const Record& r) {
  if (!r.value) return 0;
  double value = r.value->to_double();
  if (is_count(r) && r.value->is_integer() && written_decimals(r) == 0) {
    // 97件 is exact; 12万人 is rounded to 万.
    auto raw = Decimal::parse(r.raw_value);
    if (!raw || raw->to_double() == value) return 0;
  }
  double unit_scale = 1;  // base units per written unit: 1e8 for 45.4亿元
  if (auto raw = Decimal::parse(r.raw_value); raw && !raw->is_zero()) unit_scale = std::fabs(value / raw->to_double());
  return 0.5 * std::pow(10.0, -written_decimals(r)) * unit_scale;
}

Span allowed(const Record& r, const CheckRules& rules) {
  double v = r.value ? r.value->to_double() : 0;
  double h = half_unit(r);
  constexpr double inf = std::numeric_limits<double>::infinity();
  if (r.qualifier == "approx") return {v - h * rules.approx_widen, v + h * rules.approx_widen};
  if (r.qualifier == "at_least") return {v - h, inf};
  if (r.qualifier == "at_most") return {-inf, v + h};
  return {v - h, v + h};
}

bool overlaps(Span a, Span b) {
  // Binary doubles cannot hold 93.75 exactly: forgive what rounding of the
  // arithmetic itself can cause, far below any written precision.
  double slack = 1e-9 * std::max({1.0, std::fabs(a.lo), std::fabs(a.hi), std::fabs(b.lo), std::fabs(b.hi)});
  if (std::isinf(slack)) slack = 0;
  return a.lo <= b.hi + slack && b.lo <= a.hi + slack;
}

std::string fmt(double v, int decimals) {
  if (std::isinf(v)) return v > 0 ? "∞" : "−∞";
  // Half away from zero, as analysts round: 90.625 → 90.63.
  double scale = std::pow(10.0, std::max(0, decimals));
  double rounded = std::round(v * scale) / scale;
  if (std::isfinite(rounded)) v = rounded;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", std::max(0, decimals), v);
  std::string s = buf;
  if (s == "-0" || s.find_first_not_of("-0.") == std::string::npos) s.erase(0, s[0] == '-' ? 1 : 0);
  return s;
}

std::string fmt_span(Span s, int decimals) {
  if (std::isinf(s.hi) && !std::isinf(s.lo)) return "≥ " + fmt(s.lo, decimals);
  if (std::isinf(s.lo) && !std::isinf(s.hi)) return "≤ " + fmt(s.hi, decimals);
  return fmt(s.lo, decimals) + "–" + fmt(s.hi, decimals);
}

std::string shown(const Record& r) {
  if (!r.text.empty()) return r.text;
  return (r.value ? r.value->str() : std::string("?")) + r.unit;
}

std::string Sentence::slice(std::size_t from, std::size_t to) const {
  if (!base || to < from) return {};
  long long a = static_cast<long long>(from) - *base, b = static_cast<long long>(to) - *base;
  long long n = static_cast<long long>(text.size());
  a = std::clamp(a, 0LL, n);
  b = std::clamp(b, 0LL, n);
  if (b <= a) return {};
  return to_utf8(std::u32string_view(text).substr(static_cast<std::size_t>(a), static_cast<std::size_t>(b - a)));
}

std::string Sentence::clause_before(std::size_t offset) const {
  if (!base) return {};
  long long end = std::clamp(static_cast<long long>(offset) - *base, 0LL, static_cast<long long>(text.size()));
  long long begin = end;
  while (begin > 0) {
    char32_t c = text[static_cast<std::size_t>(begin - 1)];
    if (c == U'，' || c == U'；' || c == U'。' || c == U',' || c == U';' || c == U'！' || c == U'？') break;
    --begin;
  }
  return to_utf8(std::u32string_view(text).substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(end - begin)));
}

namespace {

// Where the sentence starts in the document: the placement of the records' texts
// that most of them agree with.
std::optional<long long> locate(const std::vector<Record>& all, const Sentence& s) {
  std::map<long long, int> votes;
  for (std::size_t i : s.records) {
    std::u32string t = from_utf8(all[i].text);
    if (t.empty()) continue;
    for (std::size_t p = s.text.find(t); p != std::u32string::npos; p = s.text.find(t, p + 1))
      ++votes[static_cast<long long>(all[i].start) - static_cast<long long>(p)];
  }
  std::optional<long long> best;
  int most = 0;
  for (auto [base, n] : votes)
    if (n > most) most = n, best = base;
  return best;
}

}  // namespace

std::vector<Sentence> sentences(const std::vector<Record>& records) {
  std::vector<std::size_t> order(records.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (records[a].doc != records[b].doc) return records[a].doc < records[b].doc;
    return records[a].start < records[b].start;
  });
  std::vector<Sentence> out;
  for (std::size_t i : order) {
    const Record& r = records[i];
    if (out.empty() || records[out.back().records.front()].doc != r.doc ||
        records[out.back().records.front()].sentence != r.sentence) {
      out.emplace_back();
      out.back().text = from_utf8(r.sentence);
    }
    out.back().records.push_back(i);
  }
  for (auto& s : out) s.base = locate(records, s);
  return out;
}

std::string last_word(const std::string& text, const std::vector<std::string>& words) {
  std::string best;
  std::size_t best_end = 0;
  for (const auto& w : words) {
    if (w.empty()) continue;
    auto p = text.rfind(w);
    if (p == std::string::npos) continue;
    std::size_t end = p + w.size();
    if (best.empty() || end > best_end || (end == best_end && w.size() > best.size())) best = w, best_end = end;
  }
  return best;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool contains(const std::string& s, const std::string& part) { return !part.empty() && s.find(part) != std::string::npos; }

Finding finding(std::string id, std::string severity, std::vector<std::size_t> records, std::string arithmetic,
                std::string message, const std::vector<Record>& all) {
  Finding f;
  f.id = std::move(id);
  f.severity = std::move(severity);
  f.records = std::move(records);
  f.arithmetic = std::move(arithmetic);
  f.message = std::move(message);
  if (!f.records.empty()) f.doc = all[f.records.front()].doc;
  return f;
}

}  // namespace zhibiao::report::detail
