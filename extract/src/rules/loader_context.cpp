#include "loader_context.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "zhibiao/text/utf.hpp"

namespace zhibiao {

std::string one_of(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i)
    out += fmt::format("{}{}", i == 0 ? "" : i + 1 == names.size() ? " or " : ", ", names[i]);
  return out;
}

void LoaderContext::set_source(const SourceText* s) {
  source_ = s;
  if (std::find(sources_.begin(), sources_.end(), s) == sources_.end()) sources_.push_back(s);
}

SourcePos LoaderContext::pos(const YAML::Node& n) const {
  auto m = n.Mark();
  if (m.pos < 0) return {source_->path(), 0, 0};
  auto p = source_->at(static_cast<std::size_t>(m.pos));
  return {source_->path(), p.line, p.column};
}

Error LoaderContext::error_at_node(const YAML::Node& at, std::string message, std::string fragment) const {
  auto m = at.Mark();
  if (m.pos < 0) return Error(std::move(message), source_->path(), 0, 0, std::move(fragment));
  return source_->error_at(static_cast<std::size_t>(m.pos), std::move(message), std::move(fragment));
}

Error LoaderContext::error_inside(const YAML::Node& scalar, std::size_t cp, std::string message) const {
  auto m = scalar.Mark();
  if (m.pos < 0) return error_at_node(scalar, std::move(message), {});
  auto offsets = source_->value_offsets(static_cast<std::size_t>(m.pos), cp + 1);
  std::size_t byte = cp < offsets.size() ? offsets[cp] : static_cast<std::size_t>(m.pos);
  return source_->error_at(byte, std::move(message));
}

void LoaderContext::fail(const YAML::Node& at, std::string message, std::string fragment) {
  errors_.push_back(error_at_node(at, std::move(message), std::move(fragment)));
}

void LoaderContext::fail_inside(const YAML::Node& scalar, std::size_t cp, std::string message) {
  errors_.push_back(error_inside(scalar, cp, std::move(message)));
}

void LoaderContext::warn(const YAML::Node& at, std::string message) {
  warnings_.push_back(error_at_node(at, std::move(message), {}));
}

void LoaderContext::warn_inside(const YAML::Node& scalar, std::size_t cp, std::string message) {
  warnings_.push_back(error_inside(scalar, cp, std::move(message)));
}

Error LoaderContext::error_at_pos(const SourcePos& at, std::string message) const {
  Error e(std::move(message), at.file, at.line, at.column);
  for (const SourceText* s : sources_)
    if (e.excerpt.empty() && s->path() == at.file && at.line) e.excerpt = std::string(s->line(at.line));
  return e;
}

void LoaderContext::fail_at(const SourcePos& at, std::string message) { errors_.push_back(error_at_pos(at, std::move(message))); }

void LoaderContext::warn_at(const SourcePos& at, std::string message) { warnings_.push_back(error_at_pos(at, std::move(message))); }

std::string LoaderContext::str(const YAML::Node& n) {
  if (!n) return {};
  if (!n.IsScalar()) {
    fail(n, n.IsSequence() ? "expected a single value here, not a list" : "expected a single value here, not a mapping "
                                                                          "(a value that starts with '{' needs quotes)");
    return {};
  }
  return n.Scalar();
}

std::vector<YAML::Node> LoaderContext::seq(const YAML::Node& parent, const char* key) {
  std::vector<YAML::Node> out;
  YAML::Node n = parent[key];
  if (!n || n.IsNull()) return out;
  if (n.IsScalar()) out.push_back(n);
  else if (n.IsSequence())
    for (const auto& x : n) out.push_back(x);
  else fail(n, fmt::format("'{}' must be a list: [a, b] or lines starting with '- '", key));
  return out;
}

std::vector<LoaderContext::Word> LoaderContext::words(const YAML::Node& list, const std::string& what) {
  std::vector<Word> out;
  std::vector<YAML::Node> items;
  if (!list || list.IsNull()) return out;
  if (list.IsScalar()) items.push_back(list);
  else if (list.IsSequence())
    for (const auto& x : list) items.push_back(x);
  else {
    fail(list, fmt::format("{} must be a list of words: [a, b]", what));
    return out;
  }
  for (const auto& w : items) {
    std::string word = str(w);
    if (!w.IsScalar()) continue;
    if (word.empty()) {
      fail(w, fmt::format("an empty word in {}", what));
      continue;
    }
    std::u32string cps = from_utf8(word);
    if (!quoted(w) && cps.size() > 1)
      for (std::size_t i = 0; i < cps.size(); ++i)
        if (cps[i] == U'，' || cps[i] == U'；') {  // 、 belongs to official names: 交通运输、仓储和邮政业
          std::string sep = to_utf8(std::u32string(1, cps[i]));
          std::string a = to_utf8(cps.substr(0, i)), b = to_utf8(cps.substr(i + 1));
          fail_inside(w, i,
                      fmt::format("a full-width '{}' inside the word '{}' of {}: words are separated by an ASCII comma, "
                                  "[{}, {}] (put the word in quotes if the '{}' belongs to it)",
                                  sep, word, what, a, b, sep));
          break;
        }
    out.push_back({word, pos(w)});
  }
  return out;
}

bool LoaderContext::flag(const YAML::Node& parent, const char* key, bool fallback) {
  YAML::Node n = parent[key];
  if (!n) return fallback;
  std::string v = n.IsScalar() ? n.Scalar() : "";
  if (v == "true" || v == "yes") return true;
  if (v == "false" || v == "no") return false;
  fail(n, fmt::format("{} is true or false", key), v);
  return fallback;
}

void LoaderContext::entries(const YAML::Node& n, const char* shape, const std::function<void(const YAML::Node&)>& f) {
  if (n.IsNull()) return;
  if (!n.IsSequence()) return fail(n, fmt::format("expected a list of entries, each starting with '- ' ({})", shape));
  for (const auto& x : n) {
    if (!x.IsMap()) {
      fail(x, fmt::format("each entry is a mapping ({})", shape));
      continue;
    }
    f(x);
  }
}

void LoaderContext::check_keys(const YAML::Node& n, std::initializer_list<const char*> allowed) {
  if (!n.IsMap()) return;
  std::set<std::string> seen;
  for (const auto& kv : n) {
    std::string k = kv.first.IsScalar() ? kv.first.Scalar() : "";
    if (!seen.insert(k).second) fail(kv.first, fmt::format("'{}' is written twice in this entry: the second one would be lost", k));
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return k == a; })) {
      std::vector<std::string> names(allowed.begin(), allowed.end());
      std::string near = closest(k, names);
      fail(kv.first, near.empty() ? fmt::format("unknown field '{}' (expected one of: {})", k, one_of(names))
                                  : fmt::format("unknown field '{}': did you mean '{}'? (expected one of: {})", k, near,
                                                one_of(names)));
    }
  }
}

bool LoaderContext::check_enum(const YAML::Node& at, const std::string& value, const std::vector<std::string>& allowed,
                               const std::string& what) {
  if (value.empty() || std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return true;
  std::string near = closest(value, allowed);
  fail(at, near.empty() ? fmt::format("'{}' is not a {}: use {}", value, what, one_of(allowed))
                        : fmt::format("'{}' is not a {}: did you mean '{}'? (use {})", value, what, near, one_of(allowed)));
  return false;
}

std::string LoaderContext::closest(const std::string& name, const std::vector<std::string>& allowed) {
  // Edit distance over code points; a name within a third of its length (at most 2) is a likely misspelling.
  std::u32string a = from_utf8(name);
  std::string best;
  std::size_t best_d = 3;
  for (const auto& cand : allowed) {
    std::u32string b = from_utf8(cand);
    if (a.size() > 64 || b.size() > 64) continue;
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t diag = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= b.size(); ++j) {
        std::size_t up = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
        diag = up;
      }
    }
    std::size_t d = row[b.size()];
    if (d < best_d && d * 3 <= std::max<std::size_t>(a.size(), 2) + 1) {
      best_d = d;
      best = cand;
    }
  }
  return best;
}

bool LoaderContext::quoted(const YAML::Node& n) const {
  auto m = n.Mark();
  if (m.pos < 0 || static_cast<std::size_t>(m.pos) >= source_->content().size()) return false;
  char c = source_->content()[static_cast<std::size_t>(m.pos)];
  return c == '"' || c == '\'';
}

void LoaderContext::later(std::function<void(LoaderContext&)> f) { later_.emplace_back(source_, std::move(f)); }

void LoaderContext::run_later() {
  // Callbacks may queue more (an indicator's examples after all indicators).
  for (std::size_t i = 0; i < later_.size(); ++i) {
    source_ = later_[i].first;
    auto f = later_[i].second;
    f(*this);
  }
}

}  // namespace zhibiao
