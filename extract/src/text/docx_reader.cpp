#include "zhibiao/text/docx_reader.hpp"

#include <fmt/format.h>
#include <pugixml.hpp>
#include <zip.h>

#include <cstring>
#include <memory>
#include <vector>

namespace zhibiao {
namespace {

// A .docx's document.xml rarely passes a few MB; this bounds a zip bomb.
constexpr zip_uint64_t kMaxXmlBytes = 512u << 20;

bool is(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }

class Extract {
 public:
  std::string out;

  void block(const pugi::xml_node& parent) {
    for (auto n : parent.children()) {
      if (is(n, "w:p")) paragraph(n);
      else if (is(n, "w:tbl")) table(n);
      else if (is(n, "mc:AlternateContent")) block(n.first_child());
      else if (n.type() == pugi::node_element) block(n);  // w:sdt, w:sdtContent, w:customXml …
    }
  }

 private:
  // A paragraph's own text; paragraphs nested inside it (text boxes) follow as lines of their own.
  void paragraph(const pugi::xml_node& p) {
    std::vector<pugi::xml_node> nested;
    runs(p, nested);
    out.push_back('\n');
    for (const auto& n : nested) block(n);
  }

  void runs(const pugi::xml_node& parent, std::vector<pugi::xml_node>& nested) {
    for (auto n : parent.children()) {
      if (n.type() != pugi::node_element) continue;
      if (is(n, "w:t")) out += n.text().get();
      else if (is(n, "w:tab")) out.push_back('\t');
      else if (is(n, "w:br") || is(n, "w:cr")) out.push_back('\n');
      else if (is(n, "w:noBreakHyphen")) out.push_back('-');
      else if (is(n, "w:txbxContent")) nested.push_back(n);
      else if (is(n, "w:delText") || is(n, "w:instrText") || is(n, "w:pPr") || is(n, "w:rPr")) continue;
      // Word writes a drawing twice (a modern choice and a fallback): read the first only.
      else if (is(n, "mc:AlternateContent")) runs(n.first_child(), nested);
      else runs(n, nested);  // w:r, w:hyperlink, w:ins, w:smartTag, w:fldSimple, mc:AlternateContent …
    }
  }

  void table(const pugi::xml_node& tbl) {
    for (auto row : tbl.children("w:tr")) {
      bool first = true;
      for (auto cell : row.children("w:tc")) {
        if (!first) out.push_back('\t');
        first = false;
        cell_text(cell);
      }
      out.push_back('\n');
    }
  }

  // A cell on one line: its paragraphs joined by spaces, a nested table flattened likewise.
  void cell_text(const pugi::xml_node& cell) {
    Extract inner;
    inner.block(cell);
    std::string& t = inner.out;
    for (char& c : t)
      if (c == '\n' || c == '\t') c = ' ';
    while (!t.empty() && t.back() == ' ') t.pop_back();
    out += t;
  }
};

}  // namespace

Result<std::string> docx_text(std::string_view bytes) {
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
  if (!src) return Error("cannot read the .docx: out of memory");
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY, &zerr);
  if (!za) {
    zip_source_free(src);
    std::string why = zip_error_strerror(&zerr);
    zip_error_fini(&zerr);
    return Error(fmt::format("not a .docx (the zip cannot be opened: {})", why));
  }
  std::unique_ptr<zip_t, void (*)(zip_t*)> archive(za, [](zip_t* z) { zip_discard(z); });
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(za, "word/document.xml", 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
    return Error("not a Word document: the .docx has no word/document.xml");
  if (st.size > kMaxXmlBytes)
    return Error(fmt::format("word/document.xml is {} MB, more than zhibiao reads ({} MB)", st.size >> 20, kMaxXmlBytes >> 20));
  zip_file_t* f = zip_fopen(za, "word/document.xml", 0);
  if (!f) return Error(fmt::format("cannot open word/document.xml: {}", zip_strerror(za)));
  std::string xml(static_cast<std::size_t>(st.size), '\0');
  zip_int64_t got = zip_fread(f, xml.data(), st.size);
  zip_fclose(f);
  if (got < 0 || static_cast<zip_uint64_t>(got) != st.size)
    return Error("word/document.xml is damaged (the zip entry cannot be read to its end)");
  pugi::xml_document doc;
  pugi::xml_parse_result parsed = doc.load_buffer_inplace(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!parsed) return Error(fmt::format("word/document.xml is not valid XML: {} at byte {}", parsed.description(), parsed.offset));
  pugi::xml_node body = doc.child("w:document").child("w:body");
  if (!body) return Error("word/document.xml has no w:body");
  Extract e;
  e.block(body);
  return std::move(e.out);
}

}  // namespace zhibiao
