#include "region_finder.hpp"

#include <algorithm>
#include <optional>

#include "zhibiao/text/utf.hpp"

namespace zhibiao::detail {
namespace {

// The longest word of `words` ending at `pos` (not before `floor`); its length, or 0.
std::size_t ending_at(std::u32string_view s, std::size_t floor, std::size_t pos, const std::vector<std::u32string>& words) {
  std::size_t best = 0;
  for (const auto& w : words)
    if (w.size() > best && pos >= floor + w.size() && s.substr(pos - w.size(), w.size()) == w) best = w.size();
  return best;
}

// 雁岭市地区生产总值: a place the rules do not name, written as two characters and a suffix
// (市, 县) — unless the last of them makes a word that names no place (城市, 全县).
std::size_t unnamed_place(const RegionRules& r, std::u32string_view s, std::size_t floor, std::size_t pos) {
  if (pos < floor + 3 || !is_cjk(s[pos - 2]) || !is_cjk(s[pos - 3])) return 0;
  if (std::find(r.place_suffixes.begin(), r.place_suffixes.end(), std::u32string(1, s[pos - 1])) == r.place_suffixes.end())
    return 0;
  for (const auto& w : r.not_places)
    if (w.size() <= 3 && s.substr(pos - w.size(), w.size()) == w) return 0;
  return 3;
}

// The area written right before `pos` itself (no joiners skipped), with where it starts.
struct Found {
  std::string region;
  std::size_t begin = 0;
  bool place = false;  // a province, city or other area, which a list may join (内江、眉山)
};

std::optional<Found> area_ending_at(const SentenceView& v, std::size_t floor, std::size_t pos, const std::string& doc_region) {
  const auto& r = v.rules.regions;
  std::u32string_view s(v.s);
  struct {
    const std::vector<std::u32string>* words;
    int kind;  // 0 own, 1 national, 2 another area
  } groups[] = {{&r.own, 0}, {&r.national, 1}, {&r.areas, 2}};
  std::size_t best = 0;
  int kind = -1;
  for (const auto& g : groups)
    if (std::size_t n = ending_at(s, floor, pos, *g.words); n > best) best = n, kind = g.kind;
  // 泸州经济总量突破3000亿元 in Sichuan's report: a province or city, by its full name.
  const std::u32string* place = nullptr;
  if (auto hit = r.places.longest_before(s, pos); hit && pos >= floor + hit.length && hit.length > best)
    best = hit.length, kind = 3, place = hit.entry;
  if (!best && (best = unnamed_place(r, s, floor, pos))) kind = 2;
  if (!best) return std::nullopt;
  // 居全国第4位, 高于全国, 占全国: a scope or a base, not the figure's area.
  if (ending_at(s, floor, pos - best, r.not_before)) return std::nullopt;
  Found f{{}, pos - best, kind >= 2};
  std::u32string written(s.substr(pos - best, best));
  if (kind == 0) f.region = doc_region;
  else if (kind == 1) f.region = r.national.empty() ? to_utf8(written) : to_utf8(r.national.front());
  else if (kind == 3) f.region = to_utf8(*place);
  else f.region = to_utf8(written) == doc_region ? doc_region : to_utf8(written);
  return f;
}

std::size_t after_joiners(const SentenceView& v, std::size_t floor, std::size_t at) {
  std::size_t pos = at;
  for (std::size_t n; (n = ending_at(v.s, floor, pos, v.rules.regions.joiners)) > 0;) pos -= n;
  return pos;
}

}  // namespace

bool names_own_area(const SentenceView& v, std::size_t b, std::size_t e) {
  std::u32string_view s = std::u32string_view(v.s).substr(b, e - b);
  const auto& words = v.rules.regions.speaker;
  return std::any_of(words.begin(), words.end(), [&](const auto& w) { return s.find(w) != std::u32string_view::npos; });
}

std::string region_before(const SentenceView& v, std::size_t floor, std::size_t at, const std::string& doc_region) {
  auto f = area_ending_at(v, floor, after_joiners(v, floor, at), doc_region);
  return f ? f->region : std::string();
}

bool is_place(const SentenceView& v, std::size_t b, std::size_t e) {
  auto f = area_ending_at(v, b, e, std::string());
  return f && f->place && f->begin == b;
}

std::vector<std::string> regions_before(const SentenceView& v, std::size_t floor, std::size_t at,
                                        const std::string& doc_region) {
  std::vector<std::string> out;
  auto f = area_ending_at(v, floor, after_joiners(v, floor, at), doc_region);
  if (!f) return out;
  out.push_back(f->region);
  // 内江、眉山、自贡、遂宁经济总量: places joined by list separators (、, 和) before the name, in the
  // order written.
  while (f->place) {
    std::size_t sep = 0;
    for (const auto& w : v.rules.words(Words::list_separators))
      if (w.size() > sep && f->begin >= floor + w.size() + 1 && v.s.compare(f->begin - w.size(), w.size(), w) == 0)
        sep = w.size();
    if (!sep) break;
    f = area_ending_at(v, floor, f->begin - sep, doc_region);
    if (!f || !f->place) break;
    out.insert(out.begin(), f->region);
  }
  return out;
}

}  // namespace zhibiao::detail

