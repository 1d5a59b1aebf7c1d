#include "zhibiao/report/record_reader.hpp"

#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace zhibiao::report {
namespace {

// A flat object's fields as written: strings decoded, numbers as their text.
struct Scalar {
  enum Kind { string, number, boolean, null } kind = null;
  std::string text;
  bool flag = false;
};

class FlatObject : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::map<std::string, Scalar> fields;
  std::string error;

  bool null() override { return put({Scalar::null, {}, false}); }
  bool boolean(bool v) override { return put({Scalar::boolean, {}, v}); }
  bool number_integer(number_integer_t v) override { return put({Scalar::number, fmt::to_string(v), false}); }
  bool number_unsigned(number_unsigned_t v) override { return put({Scalar::number, fmt::to_string(v), false}); }
  bool number_float(number_float_t, const string_t& s) override { return put({Scalar::number, s, false}); }
  bool string(string_t& v) override { return put({Scalar::string, v, false}); }
  bool binary(binary_t&) override { return fail("binary values are not JSON text"); }
  bool start_object(std::size_t) override { return ++depth_ == 1 || fail("a record is a flat object"); }
  bool key(string_t& k) override {
    key_ = k;
    return true;
  }
  bool end_object() override {
    --depth_;
    return true;
  }
  bool start_array(std::size_t) override { return fail("a record holds no arrays"); }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override {
    return fail(fmt::format("not JSON at byte {}: {}", position, e.what()));
  }

 private:
  bool put(Scalar s) {
    if (depth_ != 1) return fail("a record is a JSON object");
    fields[key_] = std::move(s);
    return true;
  }
  bool fail(std::string why) {
    if (error.empty()) error = std::move(why);
    return false;
  }
  int depth_ = 0;
  std::string key_;
};

}  // namespace

Result<Record> read_record(std::string_view line) {
  FlatObject obj;
  bool ok = nlohmann::json::sax_parse(line.begin(), line.end(), &obj);
  if (!ok || !obj.error.empty()) return Error(obj.error.empty() ? "not a JSON object" : obj.error);
  std::string problem;
  auto str = [&](const char* k) -> std::string {
    auto it = obj.fields.find(k);
    if (it == obj.fields.end() || it->second.kind == Scalar::null) return {};
    if (it->second.kind != Scalar::string) problem = fmt::format("\"{}\" must be a string", k);
    return it->second.text;
  };
  auto dec = [&](const char* k) -> std::optional<Decimal> {
    auto it = obj.fields.find(k);
    if (it == obj.fields.end() || it->second.kind == Scalar::null) return std::nullopt;
    auto d = it->second.kind == Scalar::number ? Decimal::parse(it->second.text) : std::nullopt;
    if (!d) problem = fmt::format("\"{}\" must be a number or null", k);
    return d;
  };
  auto count = [&](const char* k) -> std::size_t {
    auto d = dec(k);
    if (!d || !d->is_integer() || d->negative()) {
      if (problem.empty()) problem = fmt::format("\"{}\" must be a whole number", k);
      return 0;
    }
    return static_cast<std::size_t>(std::stoull(d->str()));
  };
  if (!obj.fields.count("doc")) return Error("a record needs \"doc\"");
  Record r;
  r.doc = str("doc");
  r.start = count("start");
  r.end = count("end");
  r.text = str("text");
  r.sentence = str("sentence");
  r.indicator = str("indicator");
  r.indicator_id = str("indicator_id");
  r.category = str("category");
  r.mention = str("mention");
  r.measure = str("measure");
  r.value = dec("value");
  r.unit = str("unit");
  r.display_unit = str("display_unit");
  r.raw_value = str("raw_value");
  r.raw_unit = str("raw_unit");
  r.qualifier = str("qualifier");
  r.modality = str("modality");
  r.status = str("status");
  if (auto it = obj.fields.find("masked"); it != obj.fields.end()) r.masked = it->second.flag;
  r.scope = str("scope");
  r.of = str("of");
  if (auto total = dec("of_total"); total && total->is_integer()) r.of_total = std::stoll(total->str());
  r.period = str("period");
  r.period_kind = str("period_kind");
  r.basis = str("basis");
  r.region = str("region");
  if (auto year = dec("doc_year"); year && year->is_integer()) r.doc_year = std::stoi(year->str());
  r.rule = str("rule");
  r.low = dec("low");
  r.high = dec("high");
  if (!problem.empty()) return Error(problem);
  return r;
}

}  // namespace zhibiao::report
