// The title is the first opening line that names a kind of document (or the
// first line of text); its year and area win over those of later lines.
#include "zhibiao/attribution/document_info.hpp"

#include <algorithm>

#include "zhibiao/quantity/scanner.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/text/text.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

constexpr std::size_t kDateLineLength = 80;  // a date line is short; a body sentence with a date is not one

struct Line {
  std::size_t begin, end;
};

std::vector<Line> lines_of(std::u32string_view s, std::size_t limit) {
  std::vector<Line> out;
  std::size_t end = std::min(limit, s.size());
  for (std::size_t b = 0; b < end;) {
    std::size_t e = s.find(U'\n', b);
    if (e == std::u32string_view::npos || e > end) e = end;
    std::size_t tb = b, te = e;
    while (tb < te && (s[tb] == U' ' || s[tb] == U'\u3000' || s[tb] == U'\r' || s[tb] == U'\t')) ++tb;
    while (te > tb && (s[te - 1] == U' ' || s[te - 1] == U'\u3000' || s[te - 1] == U'\r' || s[te - 1] == U'\t')) --te;
    if (te > tb) out.push_back({tb, te});
    b = e + 1;
  }
  return out;
}

bool contains(std::u32string_view s, const std::vector<std::u32string>& words) {
  return std::any_of(words.begin(), words.end(), [&](const auto& w) { return s.find(w) != std::u32string_view::npos; });
}

const DocumentKind* kind_in(const DocumentRules& rules, std::u32string_view s) {
  for (const auto& k : rules.kinds)
    if (contains(s, k.words)) return &k;
  return nullptr;
}

bool has_han(std::u32string_view s) {
  return std::any_of(s.begin(), s.end(), is_cjk);
}

std::optional<std::u32string> region_in(const RuleSet& rules, std::u32string_view s) {
  const auto* b = reinterpret_cast<const UChar32*>(s.data());
  for (const auto& re : rules.documents.region_patterns) {
    boost::match_results<const UChar32*> m;
    if (!boost::u32regex_search(b, b + s.size(), m, re) || !m["region"].matched) continue;
    std::u32string_view name(reinterpret_cast<const char32_t*>(m["region"].first), static_cast<std::size_t>(m["region"].length()));
    for (const auto& cut : rules.documents.region_cut_after)
      if (auto at = name.rfind(cut); at != std::u32string_view::npos) name = name.substr(at + cut.size());
    if (name.size() < 2) continue;
    return rules.regions.full_name(name);
  }
  return std::nullopt;
}

bool is_year(const Quantity& q) {
  return q.kind == QuantityKind::date && q.unit == "年" && q.value && q.value->to_double() >= 1949 &&
         q.value->to_double() <= 2100;
}

}  // namespace

DocumentInfo read_document_info(const RuleSet& rules, const Text& text) {
  DocumentInfo info;
  std::u32string_view s = text.norm_view();
  auto lines = lines_of(s, rules.documents.opening);
  if (lines.empty()) return info;
  const Line* title = nullptr;
  for (const auto& l : lines)
    if (kind_in(rules.documents, s.substr(l.begin, l.end - l.begin))) {
      title = &l;
      break;
    }
  if (!title) {
    auto first = std::find_if(lines.begin(), lines.end(), [&](const Line& l) { return has_han(s.substr(l.begin, l.end - l.begin)); });
    if (first != lines.end()) title = &*first;
  }
  std::size_t opening_end = lines.back().end;
  const DocumentKind* kind = title ? kind_in(rules.documents, s.substr(title->begin, title->end - title->begin)) : nullptr;
  if (!kind) kind = kind_in(rules.documents, s.substr(0, opening_end));
  if (kind) {
    info.kind = kind->kind;
    info.review_offset = kind->review;
    info.plan_offset = kind->plan;
    info.plan_years = kind->plan_years;
  }

  Scanner scanner(rules.units);
  if (title)
    for (const auto& q : scanner.scan(text, title->begin, title->end))
      if (is_year(q)) {
        info.year = static_cast<int>(*q.value->to_int64());  // is_year: 1949–2100
        break;
      }
  // The year of a date written to the month (2025年1月) that starts at qs[i].
  auto year_of_date = [](const std::vector<Quantity>& qs, std::size_t i) -> std::optional<int> {
    if (i + 1 >= qs.size() || !is_year(qs[i]) || qs[i + 1].kind != QuantityKind::date || qs[i + 1].unit != "月" ||
        qs[i + 1].span.begin != qs[i].span.end)
      return std::nullopt;
    return static_cast<int>(*qs[i].value->to_int64());
  };
  if (!info.year) {  // the date line: 2025年1月16日
    auto qs = scanner.scan(text, 0, opening_end);
    for (std::size_t i = 0; i < qs.size() && !info.year; ++i) info.year = year_of_date(qs, i);
  }
  // A line of its own with a full date (——2026年1月20日在…, （2026年1月15日…批准）, 时间：2026年1月23日).
  for (const auto& l : lines) {
    if (&l == title || l.end - l.begin > kDateLineLength || info.written_year) continue;
    auto qs = scanner.scan(text, l.begin, l.end);
    for (std::size_t i = 0; i < qs.size(); ++i)
      if (auto y = year_of_date(qs, i); y && s.substr(qs[i + 1].span.end, 4).find(U'日') != std::u32string_view::npos) {
        if (info.year && (*y == *info.year || *y == *info.year + 1)) info.written_year = y;
        break;
      }
  }

  std::optional<std::u32string> region;
  if (title) region = region_in(rules, s.substr(title->begin, title->end - title->begin));
  if (!region && contains(s.substr(0, opening_end), rules.documents.national)) region = rules.regions.national.empty()
                                                                                           ? U"全国"
                                                                                           : rules.regions.national.front();
  for (std::size_t i = 0; !region && i < lines.size(); ++i) region = region_in(rules, s.substr(lines[i].begin, lines[i].end - lines[i].begin));
  if (region) info.region = to_utf8(*region);
  return info;
}

DocumentInfo with_meta(const RuleSet& rules, DocumentInfo info, const DocumentMeta& meta) {
  if (meta.region) info.region = to_utf8(rules.regions.full_name(from_utf8(*meta.region)));
  if (meta.year) info.year = meta.year;
  if (meta.kind) {
    info.kind = *meta.kind;
    info.review_offset = info.plan_offset = 0;
    info.plan_years = 1;
    for (const auto& k : rules.documents.kinds)
      if (k.kind == *meta.kind) info.review_offset = k.review, info.plan_offset = k.plan, info.plan_years = k.plan_years;
  }
  return info;
}

}  // namespace zhibiao
