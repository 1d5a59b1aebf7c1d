#include "zhibiao/json_writer.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <iterator>

namespace zhibiao {

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  // Runs of characters that need no escape (nearly all of them) are appended whole.
  std::size_t run = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Eight bytes at a time while none of them is '"', '\\' or a control character.
    while (i + 8 <= s.size()) {
      std::uint64_t v;
      std::memcpy(&v, s.data() + i, 8);
      constexpr std::uint64_t ones = 0x0101010101010101, highs = 0x8080808080808080;
      auto has_zero = [&](std::uint64_t x) { return (x - ones) & ~x & highs; };
      if (has_zero(v ^ (ones * '"')) | has_zero(v ^ (ones * '\\')) | ((v - ones * 0x20) & ~v & highs)) break;
      i += 8;
    }
    if (i >= s.size()) break;
    char c = s[i];
    if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20) continue;
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        }
    }
  }
  out.append(s.data() + run, s.size() - run);
  out.push_back('"');
}

void JsonObject::key(std::string_view k) {
  if (out_.size() > 1) out_.push_back(',');
  append_json_string(out_, k);
  out_.push_back(':');
}

JsonObject& JsonObject::field(std::string_view k, std::string_view v) {
  key(k);
  append_json_string(out_, v);
  return *this;
}

JsonObject& JsonObject::field(std::string_view k, std::int64_t v) {
  key(k);
  fmt::format_to(std::back_inserter(out_), "{}", v);
  return *this;
}

JsonObject& JsonObject::field(std::string_view k, bool v) {
  key(k);
  out_ += v ? "true" : "false";
  return *this;
}

JsonObject& JsonObject::field(std::string_view k, const std::optional<Decimal>& v) {
  key(k);
  out_ += v ? v->str() : "null";
  return *this;
}

JsonObject& JsonObject::null_field(std::string_view k) {
  key(k);
  out_ += "null";
  return *this;
}

JsonObject& JsonObject::raw_field(std::string_view k, std::string_view json) {
  key(k);
  out_ += json;
  return *this;
}

}  // namespace zhibiao
