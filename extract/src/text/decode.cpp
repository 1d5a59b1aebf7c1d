// Encoding detection trusts, in order: a BOM, strict UTF-8 validity, then ICU's
// charset detector restricted to encodings Chinese documents actually use.
#include "zhibiao/text/decode.hpp"

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <vector>

#include "utf8_decoder.hpp"

namespace zhibiao {
namespace {

struct SubstitutionCounter {
  std::size_t count = 0;
  std::optional<std::size_t> first_utf16;  // position in the UTF-16 output
  const UChar* target_start = nullptr;
};

void count_and_substitute(const void* context, UConverterToUnicodeArgs* args, const char* units,
                          int32_t length, UConverterCallbackReason reason, UErrorCode* err) {
  auto* counter = static_cast<SubstitutionCounter*>(const_cast<void*>(context));
  if (reason <= UCNV_IRREGULAR) {  // UCNV_UNASSIGNED, UCNV_ILLEGAL, UCNV_IRREGULAR
    if (!counter->first_utf16) counter->first_utf16 = static_cast<std::size_t>(args->target - counter->target_start);
    ++counter->count;
  }
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, units, length, reason, err);
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool is_utf8_name(std::string_view name) {
  auto n = lower(name);
  return n == "utf-8" || n == "utf8";
}

Result<DecodedText> decode_with_icu(std::string_view bytes, const std::string& encoding) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> conv(ucnv_open(encoding.c_str(), &status), ucnv_close);
  if (U_FAILURE(status)) return Error{fmt::format("unknown encoding '{}'", encoding)};
  SubstitutionCounter counter;
  ucnv_setToUCallBack(conv.get(), count_and_substitute, &counter, nullptr, nullptr, &status);
  std::vector<UChar> utf16(bytes.size() * 2 + 16);
  counter.target_start = utf16.data();
  UChar* target = utf16.data();
  const char* source = bytes.data();
  ucnv_toUnicode(conv.get(), &target, utf16.data() + utf16.size(), &source, bytes.data() + bytes.size(), nullptr,
                 true, &status);
  if (U_FAILURE(status)) return Error{fmt::format("cannot decode as {}: {}", encoding, u_errorName(status))};
  DecodedText out;
  // ICU names some converters in lower case (gb18030); users read them as GB18030.
  out.encoding = ucnv_getName(conv.get(), &status);
  std::transform(out.encoding.begin(), out.encoding.end(), out.encoding.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  out.invalid = counter.count;
  const auto len = static_cast<int32_t>(target - utf16.data());
  out.text.reserve(static_cast<size_t>(len));
  for (int32_t i = 0; i < len;) {
    if (counter.first_utf16 && !out.first_invalid && static_cast<size_t>(i) >= *counter.first_utf16)
      out.first_invalid = out.text.size();
    UChar32 c;
    U16_NEXT(utf16.data(), i, len, c);
    out.text.push_back(static_cast<char32_t>(c));
  }
  return out;
}

DecodedText from_utf8_result(Utf8Decoded d) {
  DecodedText out;
  out.encoding = "UTF-8";
  out.invalid = d.invalid;
  if (d.first_invalid) {
    auto it = std::find(d.text.begin(), d.text.end(), U'\uFFFD');
    out.first_invalid = static_cast<size_t>(it - d.text.begin());
  }
  out.text = std::move(d.text);
  return out;
}

// The detector's best guess among encodings seen in Chinese documents; GB18030 otherwise.
std::string detect_legacy(std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> det(ucsdet_open(&status), ucsdet_close);
  if (U_FAILURE(status)) return "GB18030";
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(std::min<size_t>(bytes.size(), 1 << 20)), &status);
  const UCharsetMatch* match = ucsdet_detect(det.get(), &status);
  if (U_FAILURE(status) || match == nullptr) return "GB18030";
  std::string name = ucsdet_getName(match, &status);
  int confidence = ucsdet_getConfidence(match, &status);
  if (name == "Big5" && confidence >= 50) return "Big5";
  if (name == "UTF-16LE" || name == "UTF-16BE") return name;
  return "GB18030";
}

bool looks_binary(std::string_view bytes) {
  return bytes.find('\0') != std::string_view::npos;
}

}  // namespace

Result<DecodedText> decode(std::string_view bytes, std::string_view forced) {
  auto starts = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
  if (!forced.empty()) {
    if (is_utf8_name(forced)) {
      bool bom = starts("\xEF\xBB\xBF");
      auto out = from_utf8_result(decode_utf8(bytes.substr(bom ? 3 : 0)));
      out.had_bom = bom;
      return out;
    }
    return decode_with_icu(bytes, std::string(forced));
  }
  if (bytes.empty()) return DecodedText{{}, "UTF-8", false, 0, std::nullopt};
  if (starts("\xEF\xBB\xBF")) {
    auto out = from_utf8_result(decode_utf8(bytes.substr(3)));
    out.had_bom = true;
    return out;
  }
  for (auto [bom, name] : {std::pair{std::string_view("\xFF\xFE", 2), "UTF-16LE"},
                           std::pair{std::string_view("\xFE\xFF", 2), "UTF-16BE"}}) {
    if (starts(bom)) {
      auto out = decode_with_icu(bytes.substr(2), name);
      if (out) out->had_bom = true;
      return out;
    }
  }
  auto utf8 = decode_utf8(bytes);
  if (utf8.invalid == 0 && !looks_binary(bytes)) return from_utf8_result(std::move(utf8));
  std::string legacy = detect_legacy(bytes);
  if (looks_binary(bytes) && legacy.rfind("UTF-16", 0) != 0)
    return Error{"binary data (NUL bytes), not a text document"};
  auto out = decode_with_icu(bytes, legacy);
  if (!out) return out;
  // Neither UTF-8 nor the legacy guess fits well: keep whichever loses less.
  if (utf8.invalid < out->invalid) return from_utf8_result(std::move(utf8));
  if (out->invalid * 20 > out->text.size() + 20)
    return Error{fmt::format("not text in a known encoding ({} invalid sequences as {})", out->invalid, legacy)};
  return out;
}

}  // namespace zhibiao
