// A minimal JSON object writer that keeps decimal values exact (no double round trip).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "zhibiao/quantity/decimal.hpp"

namespace zhibiao {

class JsonObject {
 public:
  JsonObject& field(std::string_view key, std::string_view value);
  JsonObject& field(std::string_view key, const char* value) { return field(key, std::string_view(value)); }
  JsonObject& field(std::string_view key, std::int64_t value);
  JsonObject& field(std::string_view key, std::size_t value) { return field(key, static_cast<std::int64_t>(value)); }
  JsonObject& field(std::string_view key, bool value);
  JsonObject& field(std::string_view key, const std::optional<Decimal>& value);  // null when empty
  JsonObject& null_field(std::string_view key);
  JsonObject& raw_field(std::string_view key, std::string_view json);
  JsonObject() { out_.reserve(1024); }  // one allocation for a record's line
  std::string str() const& { return out_ + "}"; }
  std::string str() && {
    out_.push_back('}');
    return std::move(out_);
  }

 private:
  void key(std::string_view k);
  std::string out_ = "{";
};

void append_json_string(std::string& out, std::string_view s);

}  // namespace zhibiao
