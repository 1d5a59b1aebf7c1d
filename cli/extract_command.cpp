#include <fstream>
#include <iostream>

#include "batch.hpp"
#include "commands.hpp"
#include "load_rules.hpp"

namespace zhibiao::cli {

int run_extract(const ExtractOptions& opt) {
  Extractor extractor = make_extractor(opt.rules);
  extractor.options().known_only = opt.known_only;
  auto batch = run_batch(extractor, expand_inputs(opt.inputs), opt.encoding, opt.quiet);
  if (opt.output.empty() || opt.output == "-") {
    for (const auto& r : batch.records) std::cout << to_json(r) << "\n";
  } else {
    std::ofstream out(opt.output, std::ios::binary);
    for (const auto& r : batch.records) out << to_json(r) << "\n";
  }
  bool any_error = false;
  for (const auto& s : batch.sources) any_error = any_error || s.status == "error";
  return any_error ? 2 : 0;
}

}  // namespace zhibiao::cli
