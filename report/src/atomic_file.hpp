// An output written beside its target and moved into place only when complete:
// write, fsync, rename. While the temporary file exists, SIGINT, SIGTERM and
// SIGHUP remove it before the process ends; one left by a run that could not
// clean up (kill -9, power loss) is removed by the next write to the same target.
// A live writer holds a lock on its temporary file, so only orphans are removed.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "zhibiao/error.hpp"

namespace zhibiao::report::detail {

class AtomicFile {
 public:
  // Creates .NAME.tmp-XXXXXX beside `target`, removing stale ones first.
  static Result<std::unique_ptr<AtomicFile>> create(const std::string& target);
  ~AtomicFile();  // removes the temporary file unless committed
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  const std::string& temp_path() const { return temp_; }
  const std::string& target() const { return target_; }
  // fsync, the usual permissions, rename over the target, fsync the folder.
  std::optional<Error> commit();

 private:
  AtomicFile(std::string target, std::string temp, int fd);
  std::string target_, temp_;
  int fd_ = -1;
  int slot_ = -1;
  bool committed_ = false;
};

// Removes orphaned temporary files of `target` (.NAME.tmp-XXXXXX that no live writer holds).
void remove_stale_temporaries(const std::string& target);

}  // namespace zhibiao::report::detail
