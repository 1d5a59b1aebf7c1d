// Conformance with the Chinese specs of Microsoft Recognizers-Text (../shared/conformance).
// Each expected result's span is scanned alone and must come out as exactly one
// quantity covering the whole span, with the expected value (and unit, for
// currency and dimension). Cases we read differently on purpose are listed below
// with the reason; any other failure, or a listed case that starts passing, fails.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "scan_support.hpp"
#include "support/shared_data.hpp"

namespace zhibiao::test {
namespace {

using nlohmann::json;

// Disagreements: file stem + "|" + the span as written in the input.
const std::map<std::string, std::string>& disagreements() {
  static const std::map<std::string, std::string> known = {
#include "conformance_disagreements.inc"
  };
  return known;
}

struct Tally {
  std::size_t cases = 0, passed = 0;
  std::vector<std::string> unexpected;  // failures not in the list
  std::set<std::string> failed_keys;
  double rate() const { return cases ? 100.0 * static_cast<double>(passed) / static_cast<double>(cases) : 0; }
};

std::filesystem::path spec_path(const std::string& rel) { return shared_dir() / "conformance/recognizers-zh" / rel; }

// .NET round-trip strings: "200", "-2.5", "1.2732E+15", "6E-05".
struct Expected {
  Decimal value;
  bool rounded = false;  // exponent form: only 15 significant digits are meaningful
};

Expected parse_expected(std::string s) {
  Expected e;
  if (!s.empty() && s.back() == '%') s.pop_back();
  auto epos = s.find_first_of("Ee");
  int exponent = 0;
  if (epos != std::string::npos) {
    exponent = std::stoi(s.substr(epos + 1));
    s.resize(epos);
    e.rounded = true;
  }
  auto d = Decimal::parse(s);
  if (!d) throw std::runtime_error("unreadable expected value: " + s);
  // .NET prints 15 significant digits: a value that long may be rounded (1/3).
  if (s.find_first_of("123456789") != std::string::npos) {
    std::string sig = s.substr(s.find_first_of("123456789"));
    sig.erase(std::remove(sig.begin(), sig.end(), '.'), sig.end());
    if (sig.size() >= 15) e.rounded = true;
  }
  e.value = d->scaled(exponent);
  return e;
}

bool same_value(const Decimal& ours, const Expected& want) {
  if (!want.rounded) return ours == want.value;
  double a = ours.to_double(), b = want.value.to_double();
  return std::fabs(a - b) <= 1e-14 * std::fabs(b);
}

// Their unit names to ours, with the factor into our base unit.
const json& unit_map() {
  static const json m = [] {
    std::ifstream in(std::string(ZHIBIAO_SOURCE_DIR) + "/tests/scan/data/conformance_units.json");
    return json::parse(in);
  }();
  return m;
}

// Empty string when the result passes, else what went wrong.
std::string check(const std::string& type, const std::string& span, const json& result, bool ignore_value) {
  Text text(from_utf8(span));
  auto qs = Scanner().scan(text);
  if (qs.size() != 1) return std::to_string(qs.size()) + " quantities: " + listing(span);
  const Quantity& q = qs.front();
  if (text.to_original_begin(q.span.begin) != 0 || text.to_original_end(q.span.end) != text.original().size())
    return "covers only " + listing(span);
  const json& res = result["Resolution"];
  if (type == "percentage" && q.kind != QuantityKind::percent) return "not a percent: " + listing(span);
  if (type == "ordinal" && q.kind != QuantityKind::ordinal) return "not an ordinal: " + listing(span);
  if (ignore_value) return {};
  if (res["value"].is_null()) return "suite expects a currency name without value";
  Expected want = parse_expected(res["value"].get<std::string>());
  if (type == "currency" || type == "dimension") {
    const std::string their_unit = res.value("unit", "");
    if (!unit_map().contains(their_unit)) return "unit '" + their_unit + "' has no counterpart here";
    const json& ours = unit_map()[their_unit];
    if (q.unit != ours[0].get<std::string>()) return "unit " + q.unit + ", want " + ours[0].get<std::string>();
    want.value = want.value * *Decimal::parse(ours[1].get<std::string>());
  }
  if (!q.value) return "no value: " + listing(span);
  if (!same_value(*q.value, want)) return "value " + q.value->str() + ", want " + want.value.str();
  return {};
}

Tally run_file(const std::string& rel) {
  std::ifstream in(spec_path(rel));
  json cases = json::parse(in);
  const std::string stem = std::filesystem::path(rel).stem().string();
  const bool verbose = std::getenv("ZHIBIAO_CONFORMANCE_VERBOSE") != nullptr;
  Tally t;
  for (const auto& c : cases) {
    const std::u32string input = from_utf8(c["Input"].get<std::string>());
    for (const auto& r : c["Results"]) {
      auto start = r["Start"].get<std::size_t>(), end = r["End"].get<std::size_t>();
      std::string span = to_utf8(std::u32string_view(input).substr(start, end - start + 1));
      std::string why = check(r["TypeName"].get<std::string>(), span, r, c.value("IgnoreResolution", false));
      ++t.cases;
      const std::string key = stem + "|" + span;
      if (why.empty()) {
        ++t.passed;
        continue;
      }
      t.failed_keys.insert(key);
      if (!disagreements().count(key)) t.unexpected.push_back(key + " — " + why);
      else if (verbose) std::cout << "  known " << key << " — " << why << "\n";
    }
  }
  return t;
}

const Tally& tally(const std::string& rel) {
  static std::map<std::string, Tally> cache;
  auto it = cache.find(rel);
  if (it == cache.end()) it = cache.emplace(rel, run_file(rel)).first;
  return it->second;
}

void report(const std::string& rel, const Tally& t) {
  std::cout << rel << ": " << t.passed << "/" << t.cases << " = " << t.rate() << " %\n";
  ::testing::Test::RecordProperty(std::filesystem::path(rel).stem().string() + "_pass_rate", std::to_string(t.rate()));
}

// The three number files: every failure is a listed disagreement, and every
// listed disagreement still fails (a stale entry hides a regression's twin).
void check_listed(const std::string& rel) {
  const Tally& t = tally(rel);
  report(rel, t);
  for (const auto& u : t.unexpected) ADD_FAILURE() << "unlisted failure: " << u;
  const std::string prefix = std::filesystem::path(rel).stem().string() + "|";
  for (const auto& [key, reason] : disagreements())
    if (key.rfind(prefix, 0) == 0 && !t.failed_keys.count(key))
      ADD_FAILURE() << "listed as a disagreement but passes now (remove it): " << key;
}

TEST(Conformance, NumberModel) {
  ZHIBIAO_REQUIRE_SHARED();
  check_listed("Number/NumberModel.json");
}

TEST(Conformance, PercentModel) {
  ZHIBIAO_REQUIRE_SHARED();
  check_listed("Number/PercentModel.json");
}

TEST(Conformance, OrdinalModel) {
  ZHIBIAO_REQUIRE_SHARED();
  check_listed("Number/OrdinalModel.json");
}

TEST(Conformance, FloorOverTheThreeNumberFiles) {
  ZHIBIAO_REQUIRE_SHARED();
  std::size_t cases = 0, passed = 0;
  for (const char* rel : {"Number/NumberModel.json", "Number/PercentModel.json", "Number/OrdinalModel.json"}) {
    cases += tally(rel).cases;
    passed += tally(rel).passed;
  }
  double rate = 100.0 * static_cast<double>(passed) / static_cast<double>(cases);
  std::cout << "number + percent + ordinal: " << passed << "/" << cases << " = " << rate << " %\n";
  RecordProperty("number_percent_ordinal_pass_rate", std::to_string(rate));
  EXPECT_GE(rate, 98.0);
}

// Units beyond this genre (比特, 赫兹, 日本銭) are out of scope; these two only
// guard against regressions, at the rate they had when the floor was set.
TEST(Conformance, CurrencyModel) {
  ZHIBIAO_REQUIRE_SHARED();
  const Tally& t = tally("NumberWithUnit/CurrencyModel.json");
  report("NumberWithUnit/CurrencyModel.json", t);
  for (const auto& u : t.unexpected) std::cout << "  " << u << "\n";
  EXPECT_GE(t.rate(), 45.0);
}

TEST(Conformance, DimensionModel) {
  ZHIBIAO_REQUIRE_SHARED();
  const Tally& t = tally("NumberWithUnit/DimensionModel.json");
  report("NumberWithUnit/DimensionModel.json", t);
  for (const auto& u : t.unexpected) std::cout << "  " << u << "\n";
  EXPECT_GE(t.rate(), 30.0);
}

}  // namespace
}  // namespace zhibiao::test
