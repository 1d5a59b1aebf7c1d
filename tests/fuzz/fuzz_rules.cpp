// The rule loader on an arbitrary rule file, beside a small file of word lists:
// nothing may crash or throw, every problem names this file with a line, and
// rules that load run their examples and a sentence through the extractor.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.hpp"
#include "zhibiao/attribution/extractor.hpp"
#include "zhibiao/attribution/rule_examples.hpp"
#include "zhibiao/rules/rule_set.hpp"
#include "zhibiao/text/utf.hpp"

namespace {

const char* kLists =
    "lists:\n"
    "  up: [增长, 提高, 上升]\n"
    "  down: [下降, 减少]\n"
    "  scopes: [全市, 全省]\n"
    "  rank_verbs: [位居, 排名]\n"
    "categories: [综合, 农业]\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string yaml(reinterpret_cast<const char*>(data), size);
  auto load = zhibiao::load_rules({{"lists.yaml", kLists, "lists.yaml"}, {"fuzz.yaml", yaml, "fuzz.yaml"}});
  std::string lower = yaml;
  for (auto& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  const bool wrote_placeholder = lower.find("x{e0") != std::string::npos;
  for (const auto& e : load.errors) {
    FUZZ_CHECK(!e.message.empty());
    FUZZ_CHECK(e.file.empty() || e.file == "fuzz.yaml" || e.file == "lists.yaml");
    // Never an internal placeholder, unless the author wrote one (it is then quoted back).
    FUZZ_CHECK(wrote_placeholder || e.message.find("\\x{E0") == std::string::npos);
  }
  if (!load.ok()) return 0;
  zhibiao::Extractor extractor(load.rules);
  std::size_t examples = 0;
  for (const auto& p : load.rules->patterns) examples += p.examples.size();
  for (const auto& i : load.rules->indicators) examples += i.examples.size();
  if (examples <= 32) zhibiao::run_rule_examples(extractor);
  extractor.extract_text("fuzz", zhibiao::Text(zhibiao::from_utf8("全市地区生产总值增长8%，总量位居全省第三，完成年度计划的101.3%。")));
  return 0;
}
