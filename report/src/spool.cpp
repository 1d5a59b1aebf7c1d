#include "spool.hpp"

#include <cstring>
#include <new>
#include <stdexcept>

namespace zhibiao::report::detail {

Spool::Spool() : file_(std::tmpfile()) {
  if (!file_) throw std::runtime_error("cannot create a temporary file for the batch's findings (is /tmp full?)");
}

Spool::~Spool() {
  if (file_) std::fclose(file_);
}

std::uint64_t Spool::append(std::string_view bytes) {
  std::uint64_t at = size_;
  auto n = static_cast<std::uint32_t>(bytes.size());
  std::fseek(file_, 0, SEEK_END);
  if (std::fwrite(&n, sizeof n, 1, file_) != 1 || std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size())
    throw std::runtime_error("cannot write the batch's findings to the temporary folder (is /tmp full?)");
  size_ += sizeof n + bytes.size();
  return at;
}

std::string Spool::read(std::uint64_t offset) const {
  std::uint32_t n = 0;
  std::string out;
  if (std::fseek(file_, static_cast<long>(offset), SEEK_SET) != 0 || std::fread(&n, sizeof n, 1, file_) != 1)
    throw std::runtime_error("cannot read the batch's findings back from the temporary folder");
  out.resize(n);
  if (std::fread(out.data(), 1, n, file_) != n) throw std::runtime_error("cannot read the batch's findings back");
  return out;
}

void put(std::string& out, std::string_view s) {
  put(out, static_cast<std::uint64_t>(s.size()));
  out.append(s);
}

void put(std::string& out, std::uint64_t n) {
  char b[sizeof n];
  std::memcpy(b, &n, sizeof n);
  out.append(b, sizeof n);
}

std::uint64_t take_number(std::string_view& in) {
  std::uint64_t n = 0;
  if (in.size() < sizeof n) throw std::runtime_error("the batch's findings came back damaged");
  std::memcpy(&n, in.data(), sizeof n);
  in.remove_prefix(sizeof n);
  return n;
}

std::string_view take(std::string_view& in) {
  auto n = static_cast<std::size_t>(take_number(in));
  if (in.size() < n) throw std::runtime_error("the batch's findings came back damaged");
  std::string_view s = in.substr(0, n);
  in.remove_prefix(n);
  return s;
}

}  // namespace zhibiao::report::detail
