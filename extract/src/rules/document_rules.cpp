// rules/documents.yaml: kinds of documents and how an opening names its area.
#include "zhibiao/rules/document_rules.hpp"

#include <fmt/format.h>

#include <charconv>

#include "section_reader.hpp"

namespace zhibiao {
namespace {

std::optional<int> integer(SectionReader& r, const YAML::Node& n, const char* what) {
  std::string s = r.scalar(n);
  int v = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (s.empty() || ec != std::errc() || end != s.data() + s.size()) {
    r.fail(n, fmt::format("{} is a whole number", what));
    return std::nullopt;
  }
  return v;
}

}  // namespace

void read_documents(const YAML::Node& section, SectionReader& r, DocumentRules& out) {
  if (!section.IsMap()) return r.fail(section, "documents has opening:, kinds:, region_patterns: and national:");
  r.keys(section, {"opening", "kinds", "region_patterns", "region_cut_after", "national"});
  if (section["opening"])
    if (auto n = integer(r, section["opening"], "opening"); n && *n > 0) out.opening = static_cast<std::size_t>(*n);
  if (const auto& ks = section["kinds"]; ks) {
    if (!ks.IsSequence()) return r.fail(ks, "kinds is a list of {kind: 统计公报, words: [统计公报], review: 0, plan: 1}");
    for (const auto& k : ks) {
      r.keys(k, {"kind", "words", "review", "plan", "plan_years"});
      DocumentKind dk;
      dk.kind = r.scalar(k["kind"]);
      dk.words = r.words(k["words"]);
      if (dk.kind.empty() || dk.words.empty()) r.fail(k, "a document kind needs kind: and words:");
      if (k["review"]) dk.review = integer(r, k["review"], "review").value_or(0);
      if (k["plan"]) dk.plan = integer(r, k["plan"], "plan").value_or(0);
      if (k["plan_years"]) {
        dk.plan_years = integer(r, k["plan_years"], "plan_years").value_or(1);
        if (dk.plan_years < 1 || dk.plan_years > 10) r.fail(k["plan_years"], "plan_years is how many years a document plans: 1 to 10");
      }
      out.kinds.push_back(std::move(dk));
    }
  }
  if (const auto& ps = section["region_patterns"]; ps) {
    if (!ps.IsSequence()) return r.fail(ps, "region_patterns is a list of regular expressions with a group named region");
    for (const auto& p : ps) {
      std::string re = r.scalar(p);
      try {
        out.region_patterns.push_back(boost::make_u32regex(re));
        if (re.find("(?<region>") == std::string::npos) r.fail(p, "a region pattern needs a group (?<region>…)");
      } catch (const std::exception& e) {
        r.fail(p, fmt::format("this regular expression does not compile: {}", e.what()));
      }
    }
  }
  out.region_cut_after = r.words(section["region_cut_after"]);
  out.national = r.words(section["national"]);
}

}  // namespace zhibiao
