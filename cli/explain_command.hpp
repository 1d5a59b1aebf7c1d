// `zhibiao explain`: how one sentence is read, or one record of a file.
// The subcommand registers itself, so main.cpp holds one line for it.
#pragma once

#include <CLI/CLI.hpp>

#include <optional>

#include "commands.hpp"

namespace zhibiao::cli {

class ExplainCommand {
 public:
  explicit ExplainCommand(CLI::App& app);
  // The exit code when explain was chosen, else nothing.
  std::optional<int> run() const;

 private:
  ExplainOptions o_;
  CLI::App* cmd_ = nullptr;
  CLI::Option* record_ = nullptr;
};

}  // namespace zhibiao::cli
