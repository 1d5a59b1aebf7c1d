#include "check_support.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "zhibiao/quantity/units.hpp"
#include "zhibiao/report/checks.hpp"
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


bool bare_magnitude(const Record& r) {
  if (r.raw_value.empty()) return false;
  const int* power = UnitTable::builtin().magnitudes.find(from_utf8(r.raw_value));
  return power != nullptr && *power >= 2;
}

std::string status_of(const Record& r) {
  if ((r.status.empty() || r.status == "actual") && r.modality == "target") return "target";
  return r.status.empty() ? r.modality : r.status;
}

namespace {

bool digits(const std::string& s, std::size_t at, std::size_t n) {
  if (at + n > s.size()) return false;
  for (std::size_t i = at; i < at + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

// 2025, 2025-H1, 2025-Q3, 2025-06: the length of one such point at `at`, or 0.
std::size_t period_point(const std::string& s, std::size_t at) {
  if (!digits(s, at, 4)) return 0;
  std::size_t i = at + 4;
  if (i == s.size() || s[i] != '-') return 4;
  if (i + 2 < s.size() && (s[i + 1] == 'H' || s[i + 1] == 'Q') && digits(s, i + 2, 1)) return 7;
  if (digits(s, i + 1, 2)) return 7;
  return 0;
}

}  // namespace

bool known_period(const std::string& p) {
  std::size_t a = period_point(p, 0);
  if (a == 0) return false;
  if (a == p.size()) return true;
  if (p[a] != '/') return false;
  std::size_t b = period_point(p, a + 1);
  return b != 0 && a + 1 + b == p.size();
}

std::string fixed(double v, int decimals) {
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

std::string fixed_span(Span s, int decimals) {
  if (std::isinf(s.hi) && !std::isinf(s.lo)) return fmt::format("≥ {}", fixed(s.lo, decimals));
  if (std::isinf(s.lo) && !std::isinf(s.hi)) return fmt::format("≤ {}", fixed(s.hi, decimals));
  return fmt::format("{}–{}", fixed(s.lo, decimals), fixed(s.hi, decimals));
}

std::string shown(const Record& r) {
  if (!r.text.empty()) return r.text;
  return (r.value ? r.value->str() : std::string("?")) + r.unit;
}


WordList word_list(const std::vector<std::string>& words) {
  WordList out;
  for (const auto& w : words) {
    if (w.empty()) continue;
    out.words.push_back(from_utf8(w));
    out.utf8.push_back(w);
  }
  return out;
}

Words::Words(const CheckRules& r)
    : plan(word_list(r.plan_words)),
      share(word_list(r.share_words)),
      share_whole_ends(word_list(r.share_whole_ends)),
      connectors(word_list(r.level_connectors)),
      level_from(word_list(r.level_from)),
      average(word_list(r.average_words)),
      up(word_list(r.growth_up)),
      down(word_list(r.growth_down)),
      compare(word_list(r.growth_compare)),
      better(word_list(r.rank_better)),
      worse(word_list(r.rank_worse)),
      milestone_after(word_list(r.milestone_after)) {}

long long Sentence::local(std::size_t offset) const {
  return std::clamp(static_cast<long long>(offset) - base.value_or(0), 0LL, static_cast<long long>(text.size()));
}

std::string Sentence::slice(std::size_t from, std::size_t to) const {
  if (!base || to < from) return {};
  long long a = local(from), b = local(to);
  if (b <= a) return {};
  return to_utf8(std::u32string_view(text).substr(static_cast<std::size_t>(a), static_cast<std::size_t>(b - a)));
}

void Sentence::index() {
  delimiters_.clear();
  for (std::size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (c == U'，' || c == U'；' || c == U'。' || c == U',' || c == U';' || c == U'！' || c == U'？')
      delimiters_.push_back(i);
  }
}

std::size_t Sentence::clause_start(std::size_t offset) const {
  if (!base) return offset;
  auto end = static_cast<std::size_t>(local(offset));
  auto it = std::lower_bound(delimiters_.begin(), delimiters_.end(), end);
  std::size_t begin = it == delimiters_.begin() ? 0 : *std::prev(it) + 1;
  return static_cast<std::size_t>(static_cast<long long>(begin) + *base);
}

const std::vector<Sentence::Match>& Sentence::matches(const WordList& list) const {
  auto [it, fresh] = found_.try_emplace(&list);
  if (!fresh) return it->second;
  auto& out = it->second;
  for (std::size_t k = 0; k < list.words.size(); ++k) {
    const auto& w = list.words[k];
    for (auto p = text.find(w); p != std::u32string::npos; p = text.find(w, p + 1)) out.push_back({p, p + w.size(), k});
  }
  // By end, then shorter first: scanning back from an end meets the longest word first.
  std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
    return a.end != b.end ? a.end < b.end : a.start > b.start;
  });
  return out;
}

std::optional<Found> Sentence::last_word(const WordList& list, std::size_t from, std::size_t to) const {
  if (!base || to <= from || list.words.empty()) return std::nullopt;
  auto lf = static_cast<std::size_t>(local(from)), lt = static_cast<std::size_t>(local(to));
  const auto& ms = matches(list);
  auto it = std::upper_bound(ms.begin(), ms.end(), lt, [](std::size_t v, const Match& m) { return v < m.end; });
  while (it != ms.begin()) {
    --it;
    if (it->end <= lf) break;
    if (it->start >= lf)
      return Found{list.utf8[it->word], static_cast<std::size_t>(static_cast<long long>(it->start) + *base),
                   static_cast<std::size_t>(static_cast<long long>(it->end) + *base)};
  }
  return std::nullopt;
}

std::optional<Found> Sentence::word_at(const WordList& list, std::size_t offset) const {
  if (!base || list.words.empty()) return std::nullopt;
  auto p = static_cast<std::size_t>(local(offset));
  if (static_cast<long long>(offset) - *base != static_cast<long long>(p)) return std::nullopt;
  const auto& ms = matches(list);
  std::optional<Found> best;
  for (auto it = std::upper_bound(ms.begin(), ms.end(), p, [](std::size_t v, const Match& m) { return v < m.end; });
       it != ms.end(); ++it) {
    if (it->start != p) {
      if (it->end - p > 64) break;  // words are short: past this no match can start at p
      continue;
    }
    best = Found{list.utf8[it->word], offset, offset + (it->end - it->start)};
  }
  return best;
}

namespace {

// Where the sentence starts in the document. Every record lies inside it, so the start
// is at most the first record's and at least the last end minus the sentence's length;
// each place the first figure's text occurs in that window is tried against a few
// records spread over the sentence. Linear in the sentence, whatever its records.
std::optional<long long> locate(const std::vector<Record>& all, const Sentence& s) {
  const Record* first = nullptr;
  std::u32string first_text;
  long long max_end = 0;
  for (std::size_t i : s.records) {
    if (!first && !all[i].text.empty()) first = &all[i], first_text = from_utf8(all[i].text);
    max_end = std::max(max_end, static_cast<long long>(all[i].end));
  }
  if (!first) return std::nullopt;
  const long long n = static_cast<long long>(s.text.size());
  const long long lo = std::max(0LL, max_end - n), hi = static_cast<long long>(first->start);  // base range
  std::vector<std::pair<long long, std::u32string>> probes;  // document offset, text
  constexpr std::size_t kProbes = 8;
  std::size_t step = std::max<std::size_t>(1, s.records.size() / kProbes);
  for (std::size_t k = 0; k < s.records.size(); k += step) {
    const Record& r = all[s.records[k]];
    if (!r.text.empty()) probes.emplace_back(static_cast<long long>(r.start), from_utf8(r.text));
  }
  if (const Record& last = all[s.records.back()]; !last.text.empty())
    probes.emplace_back(static_cast<long long>(last.start), from_utf8(last.text));
  std::optional<long long> best;
  std::size_t most = 0;
  for (auto p = s.text.find(first_text); p != std::u32string::npos; p = s.text.find(first_text, p + 1)) {
    long long base = static_cast<long long>(first->start) - static_cast<long long>(p);
    if (base < lo) break;  // later places give smaller bases
    if (base > hi) continue;
    std::size_t agree = 0;
    for (const auto& [start, t] : probes) {
      long long at = start - base;
      if (at >= 0 && at + static_cast<long long>(t.size()) <= n &&
          s.text.compare(static_cast<std::size_t>(at), t.size(), t) == 0)
        ++agree;
    }
    if (agree > most) most = agree, best = base;
    if (agree == probes.size()) break;
  }
  return best;
}

}  // namespace

Context::Context(const std::vector<Record>& records, const CheckRules& r)
    : rs(records),
      rules(r),
      words(r),
      sentence_of(records.size()),
      threshold(records.size(), 0),
      from_level(records.size(), 0) {
  // Documents in the order the batch first names them; records by offset inside each.
  std::unordered_map<std::string, std::size_t> doc_number;
  std::vector<std::size_t> doc_of(records.size());
  for (std::size_t i = 0; i < records.size(); ++i) {
    auto [it, fresh] = doc_number.try_emplace(records[i].doc, doc_number.size());
    doc_of[i] = it->second;
  }
  std::vector<std::size_t> order(records.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return doc_of[a] != doc_of[b] ? doc_of[a] < doc_of[b] : records[a].start < records[b].start;
  });
  documents.resize(doc_number.size());
  std::size_t limit = 0;  // document offset past which the current sentence cannot reach
  for (std::size_t i : order) {
    const Record& rec = records[i];
    documents[doc_of[i]].push_back(i);
    bool same = false;
    if (!sentences.empty()) {
      std::size_t prev = sentences.back().records.front();
      // Equal text and within reach: a sentence written twice in a row is two sentences.
      same = doc_of[prev] == doc_of[i] && records[prev].sentence.size() == rec.sentence.size() && rec.start < limit &&
             records[prev].sentence == rec.sentence;
    }
    if (!same) {
      sentences.emplace_back();
      sentences.back().text = from_utf8(rec.sentence);
      limit = rec.start + sentences.back().text.size();
    }
    sentences.back().records.push_back(i);
    sentence_of[i] = sentences.size() - 1;
  }
  for (auto& s : sentences) {
    s.base = locate(records, s);
    s.index();
    for (std::size_t i : s.records)
      threshold[i] = bare_magnitude(records[i]) || s.word_at(words.milestone_after, records[i].end).has_value();
  }
  for (const auto& s : sentences)
    for (std::size_t y = 0; y < s.records.size(); ++y)
      if (auto x = change_from(s, y)) from_level[s.records[*x]] = 1;
}

namespace {

// A level a change can start from: an amount, or a share (占全国份额从14%提升到15.5%).
bool level(const Context& c, std::size_t i) {
  const Record& r = c.rs[i];
  if (!c.figure(i) || (r.indicator.empty() && r.mention.empty())) return false;
  return (r.measure == "value" && !is_percent(r)) || (r.measure == "share" && r.unit == "%");
}

}  // namespace

std::optional<std::size_t> Context::change_from(const Sentence& s, std::size_t y) const {
  std::size_t bi = s.records[y];
  if (!level(*this, bi)) return std::nullopt;
  const Record& b = rs[bi];
  // The nearest earlier level of the same indicator and unit, in the same status and region.
  std::size_t lo = y > kChangeReach ? y - kChangeReach : 0;
  for (std::size_t j = y; j-- > lo;) {
    std::size_t ai = s.records[j];
    const Record& a = rs[ai];
    if (!level(*this, ai) || a.indicator != b.indicator || a.measure != b.measure || a.unit != b.unit ||
        a.end > b.start || (a.indicator.empty() && a.mention != b.mention))
      continue;
    if (status_of(a) != status_of(b) || a.region != b.region) return std::nullopt;
    // 由40亿元增加到45.4亿元: the first level follows 从 or 由, the second a connector.
    if (!s.last_word(words.connectors, a.end, b.start)) return std::nullopt;
    if (!s.last_word(words.level_from, s.clause_start(a.start), a.start)) return std::nullopt;
    return j;
  }
  return std::nullopt;
}

bool comparable(const Context& c, std::size_t a, std::size_t b) {
  const Record &x = c.rs[a], &y = c.rs[b];
  if (status_of(x) != status_of(y) || x.region != y.region || x.basis != y.basis) return false;
  if (c.same_sentence(a, b)) return x.period == y.period || x.period.empty() || y.period.empty();
  return known_period(x.period) && x.period == y.period;
}

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool contains(const std::string& s, const std::string& part) { return !part.empty() && s.find(part) != std::string::npos; }

Finding finding(std::string id, std::string severity, std::vector<std::size_t> records, std::string arithmetic,
                std::string message, const std::vector<Record>& all) {
  Finding f;
  f.id = std::move(id);
  f.kind = kind_of(f.id);
  f.severity = std::move(severity);
  f.records = std::move(records);
  f.arithmetic = std::move(arithmetic);
  f.message = std::move(message);
  if (!f.records.empty()) f.doc = all[f.records.front()].doc;
  return f;
}

}  // namespace zhibiao::report::detail
