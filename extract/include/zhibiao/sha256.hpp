// SHA-256 of bytes, as lower-case hex: the digest of the rules in use (zhibiao
// --version, the workbook's cover) and of each input.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace zhibiao {

class Sha256 {
 public:
  Sha256();
  Sha256& update(std::string_view bytes);
  std::string hex();  // finishes; the object is spent

 private:
  void block(const unsigned char* p);
  std::array<std::uint32_t, 8> h_;
  std::array<unsigned char, 64> buf_{};
  std::size_t buffered_ = 0;
  std::uint64_t length_ = 0;
};

std::string sha256_hex(std::string_view bytes);

}  // namespace zhibiao
