// The examples written in rules/units.yaml run as tests: each dimension's examples
// scan as one quantity of that dimension, covering the whole example.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include "zhibiao/embedded_rules.hpp"
#include "zhibiao/quantity/scanner.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

TEST(UnitsExamples, EveryDimensionExampleScansAsOneQuantityOfThatDimension) {
  std::string yaml;
  for (const auto& f : embedded_rules())
    if (f.path == "units.yaml") yaml = std::string(f.content);
  ASSERT_FALSE(yaml.empty());
  YAML::Node dims = YAML::Load(yaml)["dimensions"];
  std::size_t checked = 0;
  Scanner scanner;
  for (const auto& kv : dims) {
    std::string dimension = kv.first.as<std::string>();
    const YAML::Node examples = kv.second["examples"];
    ASSERT_TRUE(examples && examples.size() > 0) << "dimension " << dimension << " has no examples";
    for (const auto& e : examples) {
      std::string example = e.as<std::string>();
      Text text(from_utf8(example));
      auto qs = scanner.scan(text);
      ASSERT_EQ(qs.size(), 1u) << example;
      EXPECT_EQ(qs[0].span.begin, 0u) << example;
      EXPECT_EQ(qs[0].span.end, text.norm().size()) << example;
      EXPECT_EQ(qs[0].dimension, dimension) << example;
      EXPECT_TRUE(qs[0].value.has_value()) << example;
      ++checked;
    }
  }
  EXPECT_GE(checked, 18u);
}

}  // namespace
}  // namespace zhibiao
