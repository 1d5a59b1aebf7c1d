#include "meta_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <vector>

namespace zhibiao::cli {
namespace {

std::string normal(const std::string& path) { return std::filesystem::path(path).lexically_normal().string(); }

// One CSV row (RFC 4180 quoting), with the column where each field starts.
std::vector<std::pair<std::string, std::size_t>> fields_of(const std::string& line) {
  std::vector<std::pair<std::string, std::size_t>> out;
  std::string f;
  std::size_t start = 1;
  bool quoted = false;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    char c = i < line.size() ? line[i] : ',';
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') f.push_back('"'), ++i;
      else if (c == '"') quoted = false;
      else f.push_back(c);
    } else if (c == '"' && f.empty()) {
      quoted = true;
    } else if (c == ',') {
      out.emplace_back(f, start);
      f.clear();
      start = i + 2;
    } else if (c != '\r') {
      f.push_back(c);
    }
  }
  return out;
}

}  // namespace

Result<MetaFile> MetaFile::read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(fmt::format("cannot read the meta file: {}", std::strerror(errno)), path);
  MetaFile m;
  std::string line;
  std::size_t n = 0;
  int doc = -1, region = -1, year = -1, kind = -1;
  while (std::getline(in, line)) {
    ++n;
    if (n == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto f = fields_of(line);
    if (doc < 0) {
      for (std::size_t i = 0; i < f.size(); ++i) {
        const std::string& h = f[i].first;
        int* slot = h == "doc" ? &doc : h == "region" ? &region : h == "year" ? &year : h == "kind" ? &kind : nullptr;
        if (!slot) return Error(fmt::format("unknown column '{}' (the columns are doc, region, year, kind)", h), path, n, f[i].second);
        *slot = static_cast<int>(i);
      }
      if (doc < 0) return Error("the header needs a column named doc", path, n, 1);
      continue;
    }
    auto cell = [&](int col) { return col >= 0 && static_cast<std::size_t>(col) < f.size() ? f[col].first : std::string(); };
    DocumentMeta meta;
    if (!cell(region).empty()) meta.region = cell(region);
    if (!cell(kind).empty()) meta.kind = cell(kind);
    if (std::string y = cell(year); !y.empty()) {
      int v = 0;
      auto [end, ec] = std::from_chars(y.data(), y.data() + y.size(), v);
      if (ec != std::errc() || end != y.data() + y.size() || v < 1900 || v > 2200)
        return Error(fmt::format("year '{}' is not a year like 2025", y), path, n, f[year].second);
      meta.year = v;
    }
    std::string d = cell(doc);
    if (d.empty()) return Error("a row needs its doc", path, n, 1);
    m.by_path_[normal(d)] = meta;
  }
  if (doc < 0) return Error("the meta file is empty (a header doc,region,year,kind is expected)", path);
  for (const auto& [p, meta] : m.by_path_) m.by_name_[std::filesystem::path(p).filename().string()].push_back(&meta);
  return m;
}

const DocumentMeta* MetaFile::find(const std::string& doc) const {
  if (auto it = by_path_.find(normal(doc)); it != by_path_.end()) return &it->second;
  auto it = by_name_.find(std::filesystem::path(doc).filename().string());
  return it != by_name_.end() && it->second.size() == 1 ? it->second.front() : nullptr;
}

}  // namespace zhibiao::cli
