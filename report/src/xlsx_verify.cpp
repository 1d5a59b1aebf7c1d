#include "xlsx_verify.hpp"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace zhibiao::report::detail {
namespace {

// The workbook read in pieces (its end, its directory, each sheet streamed), never whole:
// a batch's workbook can be larger than the memory the batch is allowed.
class ZipFile {
 public:
  explicit ZipFile(const std::string& path) : fd_(::open(path.c_str(), O_RDONLY | O_CLOEXEC)) {
    if (fd_ >= 0) size_ = static_cast<std::uint64_t>(::lseek(fd_, 0, SEEK_END));
  }
  ~ZipFile() {
    if (fd_ >= 0) ::close(fd_);
  }
  bool ok() const { return fd_ >= 0; }
  std::uint64_t size() const { return size_; }
  bool read(std::uint64_t at, std::size_t n, std::vector<char>& out) const {
    out.resize(n);
    std::size_t got = 0;
    while (got < n) {
      ssize_t k = ::pread(fd_, out.data() + got, n - got, static_cast<off_t>(at + got));
      if (k <= 0) return false;
      got += static_cast<std::size_t>(k);
    }
    return true;
  }

 private:
  int fd_ = -1;
  std::uint64_t size_ = 0;
};

std::uint32_t le(const std::vector<char>& b, std::size_t at, int bytes) {
  std::uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
  return v;
}

// The last bytes of one deflated (or stored) entry's content.
std::optional<std::string> entry_tail(const ZipFile& zip, std::uint64_t local, std::uint64_t compressed) {
  std::vector<char> head;
  if (!zip.read(local, 30, head) || le(head, 0, 4) != 0x04034b50) return std::nullopt;
  std::uint32_t method = le(head, 8, 2);
  std::uint64_t data = local + 30 + le(head, 26, 2) + le(head, 28, 2);
  if (data + compressed > zip.size()) return std::nullopt;
  std::vector<char> chunk;
  if (method == 0) {
    std::uint64_t from = compressed > 64 ? data + compressed - 64 : data;
    if (!zip.read(from, static_cast<std::size_t>(data + compressed - from), chunk)) return std::nullopt;
    return std::string(chunk.begin(), chunk.end());
  }
  if (method != 8) return std::nullopt;
  z_stream z{};
  if (inflateInit2(&z, -MAX_WBITS) != Z_OK) return std::nullopt;
  std::string tail;
  char buf[65536];
  int rc = Z_OK;
  for (std::uint64_t at = data; rc == Z_OK;) {
    if (z.avail_in == 0) {
      std::size_t n = static_cast<std::size_t>(std::min<std::uint64_t>(1 << 16, data + compressed - at));
      if (n == 0 || !zip.read(at, n, chunk)) break;
      at += n;
      z.next_in = reinterpret_cast<Bytef*>(chunk.data());
      z.avail_in = static_cast<uInt>(n);
    }
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
  ZipFile zip(path);
  Error broken("the workbook came out incomplete (is the disk or the temporary directory full?)", path);
  if (!zip.ok() || zip.size() < 22) return broken;
  // The end of central directory record: in the last 64 KB + 22 bytes.
  std::uint64_t from = zip.size() > 65557 ? zip.size() - 65557 : 0;
  std::vector<char> end;
  if (!zip.read(from, static_cast<std::size_t>(zip.size() - from), end)) return broken;
  std::size_t eocd = end.size() - 22;
  while (eocd > 0 && le(end, eocd, 4) != 0x06054b50) --eocd;
  if (le(end, eocd, 4) != 0x06054b50) return broken;
  std::size_t entries = le(end, eocd + 10, 2);
  std::uint64_t dir_size = le(end, eocd + 12, 4), dir_at = le(end, eocd + 16, 4);
  std::vector<char> dir;
  if (dir_at + dir_size > zip.size() || !zip.read(dir_at, static_cast<std::size_t>(dir_size), dir)) return broken;
  std::size_t sheets = 0, at = 0;
  for (std::size_t k = 0; k < entries; ++k) {
    if (at + 46 > dir.size() || le(dir, at, 4) != 0x02014b50) return broken;
    std::size_t name_len = le(dir, at + 28, 2);
    if (at + 46 + name_len > dir.size()) return broken;
    std::string name(dir.data() + at + 46, name_len);
    if (name.rfind("xl/worksheets/sheet", 0) == 0) {
      ++sheets;
      auto tail = entry_tail(zip, le(dir, at + 42, 4), le(dir, at + 20, 4));
      if (!tail || tail->find("</worksheet>") == std::string::npos) return broken;
    }
    at += 46 + name_len + le(dir, at + 30, 2) + le(dir, at + 32, 2);
  }
  if (sheets == 0) return broken;
  return std::nullopt;
}

}  // namespace zhibiao::report::detail
