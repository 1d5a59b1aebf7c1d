// What a batch keeps but reads only at the end (findings), on disk instead of in
// memory: an unlinked temporary file, gone with the process whatever happens to it.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

namespace zhibiao::report::detail {

class Spool {
 public:
  Spool();
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;
  // Stores the bytes; the offset reads them back.
  std::uint64_t append(std::string_view bytes);
  std::string read(std::uint64_t offset) const;

 private:
  std::FILE* file_ = nullptr;
  std::uint64_t size_ = 0;
};

// Length-prefixed fields, for what goes into a spool.
void put(std::string& out, std::string_view s);
void put(std::string& out, std::uint64_t n);
std::string_view take(std::string_view& in);
std::uint64_t take_number(std::string_view& in);

}  // namespace zhibiao::report::detail
