#include "zhibiao/rules/pattern_prefilter.hpp"

#include <fmt/format.h>
#include <hs.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdint>

namespace zhibiao {

struct PatternPrefilter::Database {
  hs_database_t* db = nullptr;
  std::uint64_t serial = 0;  // which database a thread's scratch was last sized for
  ~Database() { hs_free_database(db); }
};

namespace {

// Boost's defaults in perl mode: '.' matches a newline, '^' and '$' match at lines.
// Clauses are short, so one report per expression is all that is needed.
constexpr unsigned kFlags = HS_FLAG_UTF8 | HS_FLAG_UCP | HS_FLAG_PREFILTER | HS_FLAG_SINGLEMATCH |
                            HS_FLAG_ALLOWEMPTY | HS_FLAG_DOTALL | HS_FLAG_MULTILINE;

std::atomic<std::uint64_t> next_serial{1};

// Scratch space is per thread; it grows to fit each database it meets.
struct Scratch {
  hs_scratch_t* scratch = nullptr;
  std::uint64_t sized_for = 0;
  std::string utf8;  // the clause, re-encoded for Vectorscan
  ~Scratch() { hs_free_scratch(scratch); }
};

thread_local Scratch scratch;

// UTF-8 into `out` (room for four bytes a code point); what is not a scalar value becomes U+FFFD.
std::size_t encode(std::u32string_view text, char* out) {
  auto* o = reinterpret_cast<unsigned char*>(out);
  for (char32_t c : text) {
    if ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF) c = 0xFFFD;
    if (c < 0x80) {
      *o++ = static_cast<unsigned char>(c);
    } else if (c < 0x800) {
      *o++ = static_cast<unsigned char>(0xC0 | (c >> 6));
      *o++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      *o++ = static_cast<unsigned char>(0xE0 | (c >> 12));
      *o++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
      *o++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
    } else {
      *o++ = static_cast<unsigned char>(0xF0 | (c >> 18));
      *o++ = static_cast<unsigned char>(0x80 | ((c >> 12) & 0x3F));
      *o++ = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
      *o++ = static_cast<unsigned char>(0x80 | (c & 0x3F));
    }
  }
  return static_cast<std::size_t>(o - reinterpret_cast<unsigned char*>(out));
}

int on_match(unsigned id, unsigned long long, unsigned long long, unsigned, void* context) {
  (*static_cast<std::vector<char>*>(context))[id] = 1;
  return 0;
}

// Vectorscan must match wherever Boost does. Where the two may read a construct
// differently — character classes by name (\d, \w, [[:alpha:]]), anchors at line
// separators Boost knows and Vectorscan does not (U+2028), flags such as (?i) with
// their case foldings — the expression is left to Boost alone. Returns that construct.
std::string disagreeing_construct(const std::string& e) {
  if (e.find('\0') != std::string::npos) return "a NUL character";  // Vectorscan would read the text before it only
  bool in_class = false;
  for (std::size_t i = 0; i < e.size(); ++i) {
    char c = e[i];
    if (c == '\\') {
      char n = i + 1 < e.size() ? e[i + 1] : '\0';
      if (n != 'x' && !std::ispunct(static_cast<unsigned char>(n)) && n != ' ') return e.substr(i, 2);
      ++i;
    } else if (in_class) {
      if (c == '[' && i + 1 < e.size() && e[i + 1] == ':') return "[:";
      if (c == ']') in_class = false;
    } else if (c == '[') {
      in_class = true;
      if (i + 1 < e.size() && e[i + 1] == '^') ++i;
      if (i + 1 < e.size() && e[i + 1] == ']') ++i;  // a ']' first is a member
    } else if (c == '^' || c == '$') {
      return std::string(1, c);
    } else if (c == '(' && i + 2 < e.size() && e[i + 1] == '?' && std::string_view(":=!<").find(e[i + 2]) == std::string_view::npos) {
      return e.substr(i, 3);
    }
  }
  return {};
}

}  // namespace

PatternPrefilter::PatternPrefilter(const std::vector<std::string>& expressions)
    : covered_(expressions.size(), 1), uncovered_(expressions.size()), why_not_(expressions.size()) {
  for (std::size_t i = 0; i < expressions.size(); ++i)
    if (auto construct = disagreeing_construct(expressions[i]); !construct.empty()) {
      covered_[i] = 0;
      why_not_[i] = fmt::format("{} may be read differently from Boost", construct);
    }
  // Compiling all at once fails on the first expression Vectorscan refuses: drop it
  // (it stays uncovered) and compile the rest again.
  for (std::size_t attempt = 0; attempt <= expressions.size(); ++attempt) {
    std::vector<const char*> exprs;
    std::vector<unsigned> flags, ids;
    for (std::size_t i = 0; i < expressions.size(); ++i)
      if (covered_[i]) {
        exprs.push_back(expressions[i].c_str());
        flags.push_back(kFlags);
        ids.push_back(static_cast<unsigned>(i));
      }
    if (exprs.empty()) break;
    hs_database_t* db = nullptr;
    hs_compile_error_t* error = nullptr;
    hs_error_t rc = hs_compile_multi(exprs.data(), flags.data(), ids.data(), static_cast<unsigned>(exprs.size()),
                                     HS_MODE_BLOCK, nullptr, &db, &error);
    if (rc == HS_SUCCESS) {
      auto d = std::make_shared<Database>();
      d->db = db;
      d->serial = next_serial++;
      db_ = std::move(d);
      uncovered_ = static_cast<std::size_t>(std::count(covered_.begin(), covered_.end(), 0));
      return;
    }
    std::string message = error && error->message ? error->message : "unknown error";
    // "\G at index 0 not supported." counts in the expanded text, which the analyst never sees.
    if (auto at = message.find(" at index "); at != std::string::npos) message.erase(at, message.find_first_not_of("0123456789", at + 10) - at);
    while (!message.empty() && message.back() == '.') message.pop_back();
    int which = error ? error->expression : -1;
    hs_free_compile_error(error);
    if (which < 0 || static_cast<std::size_t>(which) >= exprs.size()) {
      whole_ = message;
      break;
    }
    covered_[ids[static_cast<std::size_t>(which)]] = 0;
    why_not_[ids[static_cast<std::size_t>(which)]] = message;
  }
  std::fill(covered_.begin(), covered_.end(), 0);
  uncovered_ = covered_.size();
}

std::string PatternPrefilter::why_not(std::size_t regex_id) const {
  if (covers(regex_id)) return {};
  if (regex_id < why_not_.size() && !why_not_[regex_id].empty()) return why_not_[regex_id];
  return whole_.empty() ? "not compiled" : whole_;
}

void PatternPrefilter::scan(std::u32string_view text, std::vector<char>& may_match) const {
  may_match.resize(std::max(may_match.size(), covered_.size()));
  std::fill(may_match.begin(), may_match.end(), 1);
  if (!db_ || text.size() > 0x3FFFFFFF) return;
  for (std::size_t i = 0; i < covered_.size(); ++i)
    if (covered_[i]) may_match[i] = 0;
  auto& s = scratch;
  s.utf8.resize(text.size() * 4);
  std::size_t n = encode(text, s.utf8.data());
  bool ready = s.sized_for == db_->serial || hs_alloc_scratch(db_->db, &s.scratch) == HS_SUCCESS;
  if (ready) s.sized_for = db_->serial;
  if (!ready || hs_scan(db_->db, s.utf8.data(), static_cast<unsigned>(n), 0, s.scratch, on_match,
                        &may_match) != HS_SUCCESS)
    std::fill(may_match.begin(), may_match.end(), 1);  // cannot tell: try every pattern
}

}  // namespace zhibiao
