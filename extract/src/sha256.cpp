#include "zhibiao/sha256.hpp"

#include <fmt/format.h>
#include <openssl/evp.h>

#include <stdexcept>

namespace zhibiao {
namespace {

// Only an allocation can fail here: SHA-256 is always in OpenSSL's default provider.
void require(int ok, const char* what) {
  if (ok != 1) throw std::runtime_error(fmt::format("SHA-256: {} failed in OpenSSL", what));
}

}  // namespace

void Sha256::Free::operator()(evp_md_ctx_st* ctx) const { EVP_MD_CTX_free(ctx); }

Sha256::Sha256() : ctx_(EVP_MD_CTX_new()) {
  if (!ctx_) throw std::bad_alloc();
  require(EVP_DigestInit_ex(ctx_.get(), EVP_sha256(), nullptr), "EVP_DigestInit_ex");
}

Sha256& Sha256::update(std::string_view bytes) {
  require(EVP_DigestUpdate(ctx_.get(), bytes.data(), bytes.size()), "EVP_DigestUpdate");
  return *this;
}

std::string Sha256::hex() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  require(EVP_DigestFinal_ex(ctx_.get(), digest, &n), "EVP_DigestFinal_ex");
  std::string out;
  out.reserve(2 * n);
  for (unsigned int i = 0; i < n; ++i) fmt::format_to(std::back_inserter(out), "{:02x}", digest[i]);
  return out;
}

std::string sha256_hex(std::string_view bytes) { return Sha256().update(bytes).hex(); }

}  // namespace zhibiao
