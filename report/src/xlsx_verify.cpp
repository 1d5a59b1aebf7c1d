#include "xlsx_verify.hpp"

#include <zlib.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <vector>

namespace zhibiao::report::detail {
namespace {

std::uint32_t le(const std::vector<char>& b, std::size_t at, int bytes) {
  std::uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
  return v;
}

// The last bytes of one deflated (or stored) entry's content.
std::optional<std::string> entry_tail(const std::vector<char>& zip, std::size_t local) {
  if (local + 30 > zip.size() || le(zip, local, 4) != 0x04034b50) return std::nullopt;
  std::uint32_t method = le(zip, local + 8, 2);
  std::size_t data = local + 30 + le(zip, local + 26, 2) + le(zip, local + 28, 2);
  if (data > zip.size()) return std::nullopt;
  if (method == 0) {
    std::size_t n = le(zip, local + 22, 4);
    if (data + n > zip.size()) return std::nullopt;
    std::size_t from = n > 64 ? data + n - 64 : data;
    return std::string(zip.data() + from, zip.data() + data + n);
  }
  if (method != 8) return std::nullopt;
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return std::nullopt;
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(zip.data() + data));
  z.avail_in = static_cast<uInt>(zip.size() - data);
  std::string tail;
  char buf[65536];
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    tail.append(buf, sizeof buf - z.avail_out);
    if (tail.size() > 128) tail.erase(0, tail.size() - 64);
  }
  inflateEnd(&z);
  if (rc != Z_STREAM_END) return std::nullopt;
  return tail;
}

}  // namespace

std::optional<Error> verify_xlsx(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<char> zip((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  Error broken("the workbook came out incomplete (is the disk or the temporary directory full?)", path);
  if (zip.size() < 22) return broken;
  std::size_t eocd = zip.size() - 22;
  while (eocd > 0 && le(zip, eocd, 4) != 0x06054b50) --eocd;
  if (le(zip, eocd, 4) != 0x06054b50) return broken;
  std::size_t entries = le(zip, eocd + 10, 2), at = le(zip, eocd + 16, 4);
  std::size_t sheets = 0;
  for (std::size_t k = 0; k < entries; ++k) {
    if (at + 46 > zip.size() || le(zip, at, 4) != 0x02014b50) return broken;
    std::size_t name_len = le(zip, at + 28, 2);
    if (at + 46 + name_len > zip.size()) return broken;
    std::string name(zip.data() + at + 46, name_len);
    if (name.rfind("xl/worksheets/sheet", 0) == 0) {
      ++sheets;
      auto tail = entry_tail(zip, le(zip, at + 42, 4));
      if (!tail || tail->find("</worksheet>") == std::string::npos) return broken;
    }
    at += 46 + name_len + le(zip, at + 30, 2) + le(zip, at + 32, 2);
  }
  if (sheets == 0) return broken;
  return std::nullopt;
}

}  // namespace zhibiao::report::detail
