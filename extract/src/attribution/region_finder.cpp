#include "region_finder.hpp"

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

}  // namespace

std::string region_before(const SentenceView& v, std::size_t floor, std::size_t at, const std::string& doc_region) {
  const auto& r = v.rules.regions;
  std::u32string_view s(v.s);
  std::size_t pos = at;
  for (std::size_t n; (n = ending_at(s, floor, pos, r.joiners)) > 0;) pos -= n;
  struct {
    const std::vector<std::u32string>* words;
    int kind;  // 0 own, 1 national, 2 another area
  } groups[] = {{&r.own, 0}, {&r.national, 1}, {&r.areas, 2}};
  std::size_t best = 0;
  int kind = -1;
  for (const auto& g : groups)
    if (std::size_t n = ending_at(s, floor, pos, *g.words); n > best) best = n, kind = g.kind;
  if (!best) return {};
  // 居全国第4位, 高于全国, 占全国: a scope or a base, not the figure's area.
  if (ending_at(s, floor, pos - best, r.not_before)) return {};
  if (kind == 0) return doc_region;
  std::u32string written(s.substr(pos - best, best));
  if (kind == 1) return r.national.empty() ? to_utf8(written) : to_utf8(r.national.front());
  return to_utf8(written);
}

}  // namespace zhibiao::detail

