// SHA-256 of bytes, as lower-case hex: the digest of the rules in use (zhibiao
// --version, the workbook's cover) and of each input. OpenSSL's libcrypto does the work.
#pragma once

#include <memory>
#include <string>
#include <string_view>

struct evp_md_ctx_st;  // OpenSSL's EVP_MD_CTX, kept out of every includer

namespace zhibiao {

class Sha256 {
 public:
  Sha256();
  Sha256& update(std::string_view bytes);
  std::string hex();  // finishes; the object is spent

 private:
  struct Free {
    void operator()(evp_md_ctx_st* ctx) const;
  };
  std::unique_ptr<evp_md_ctx_st, Free> ctx_;
};

std::string sha256_hex(std::string_view bytes);

}  // namespace zhibiao
