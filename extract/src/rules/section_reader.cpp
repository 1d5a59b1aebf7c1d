#include "section_reader.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "source_text.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

std::size_t one_based(int n) { return n < 0 ? 0 : static_cast<std::size_t>(n) + 1; }

}  // namespace

SectionReader::SectionReader(const SourceText& source, std::vector<Error>& errors)
    : file_(source.path()), errors_(errors), source_(&source) {}

void SectionReader::fail(const YAML::Node& at, const std::string& message) {
  if (source_ && at.Mark().pos >= 0) {
    errors_.push_back(source_->error_at(static_cast<std::size_t>(at.Mark().pos), message));
    return;
  }
  errors_.emplace_back(message, file_, one_based(at.Mark().line), one_based(at.Mark().column));
}

std::string SectionReader::scalar(const YAML::Node& n) {
  if (!n) return {};
  if (!n.IsScalar()) {
    fail(n, "expected a single value here");
    return {};
  }
  return n.Scalar();
}

std::vector<std::u32string> SectionReader::words(const YAML::Node& n) {
  std::vector<std::u32string> out;
  if (!n) return out;
  if (n.IsScalar()) {
    out.push_back(from_utf8(n.Scalar()));
  } else if (n.IsSequence()) {
    for (const auto& w : n) {
      std::string s = scalar(w);
      if (!s.empty()) out.push_back(from_utf8(s));
    }
  } else {
    fail(n, "expected a list of words: [上半年, 1-6月]");
  }
  return out;
}

void SectionReader::keys(const YAML::Node& map, std::initializer_list<const char*> allowed) {
  if (!map.IsMap()) return;
  for (const auto& kv : map) {
    std::string k = kv.first.IsScalar() ? kv.first.Scalar() : std::string();
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* a) { return k == a; }))
      fail(kv.first, fmt::format("unknown field '{}' (expected one of: {})", k, fmt::join(allowed, ", ")));
  }
}

}  // namespace zhibiao
