// What a batch reads: files, folders (recursive), patterns zhibiao expands itself,
// '-', --files-from, .docx and .html, and what it lists instead of reading.
#include "batch_support.hpp"

namespace zhibiao::test {
namespace {

TEST_F(BatchTest, FoldersAreWalkedRecursivelyInPathOrder) {
  write("b/z.txt", kGood);
  write("a/deep/er/x.txt", kGood);
  write("a-c.txt", kGood);
  write("a/notes.md", "不是文档 1亿元");
  write(".hidden/h.txt", kGood);
  auto r = zhibiao("extract -q " + sh(dir.string()));
  EXPECT_EQ(r.status, 0) << r.err;
  std::vector<std::string> docs;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    auto d = nlohmann::json::parse(line)["doc"].get<std::string>();
    if (docs.empty() || docs.back() != d) docs.push_back(d);
  }
  EXPECT_EQ(docs, (std::vector<std::string>{path("a-c.txt"), path("a/deep/er/x.txt"), path("b/z.txt")}));
}

TEST_F(BatchTest, QuotedPatternsAreExpandedByZhibiao) {
  write("2024/a.txt", kGood);
  write("2025/q1/b.txt", kGood);
  write("2025/c.html", "<p>" + kGood + "</p>");
  write("2025/d.md", kGood);
  auto r = zhibiao("extract -q " + sh(dir.string() + "/**/*.txt"));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(records_by_doc(r.out), (std::map<std::string, int>{{path("2024/a.txt"), 2}, {path("2025/q1/b.txt"), 2}}));
  auto one = zhibiao("extract -q " + sh(dir.string() + "/202[5]/*.htm?"));
  EXPECT_EQ(records_by_doc(one.out), (std::map<std::string, int>{{path("2025/c.html"), 2}}));
  auto none = zhibiao("extract " + sh(dir.string() + "/*.nothing"));
  EXPECT_EQ(none.status, 2);
  EXPECT_NE(none.err.find("no file matches this pattern"), std::string::npos) << none.err;
}

TEST_F(BatchTest, StandardInputAndFilesFrom) {
  auto a = write("a.txt", kGood);
  auto b = write("sub/b.txt", kGood);
  auto list = write("list.txt", a + "\n\n" + dir.string() + "/sub\r\n" + path("missing.txt") + "\n");
  auto r = zhibiao("extract -q --files-from " + sh(list));
  EXPECT_EQ(r.status, 2);  // the missing one
  EXPECT_EQ(records_by_doc(r.out), (std::map<std::string, int>{{a, 2}, {b, 2}}));
  auto piped = run_shell("printf '%s\\n' " + sh(a) + " | " + sh(zhibiao_binary()) + " extract -q --files-from -");
  EXPECT_EQ(records_by_doc(piped.out), (std::map<std::string, int>{{a, 2}}));
  auto dash = run_shell("printf '%s' " + sh(kGood) + " | " + sh(zhibiao_binary()) + " extract -q -");
  EXPECT_EQ(records_by_doc(dash.out), (std::map<std::string, int>{{"-", 2}}));
  auto both = run_shell("true | " + sh(zhibiao_binary()) + " extract - --files-from -");
  EXPECT_EQ(both.status, 2);
  EXPECT_NE(both.err.find("standard input can be read once"), std::string::npos) << both.err;
}

// A .docx built here as Word writes one: paragraphs, a table, a text box written twice.
std::string docx(const std::string& body) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"w\" xmlns:mc=\"mc\"><w:body>" + body +
                    "</w:body></w:document>";
  fs::path d = fs::temp_directory_path() / ("zhibiao-docx-" + std::to_string(::getpid()));
  fs::create_directories(d / "word");
  std::ofstream(d / "word" / "document.xml", std::ios::binary) << xml;
  std::ofstream(d / "[Content_Types].xml") << "<Types/>";
  std::string zip = (d / "out.zip").string();
  int st = std::system(("cd " + sh(d.string()) + " && /usr/bin/python3 -c \"import zipfile,sys; z=zipfile.ZipFile('out.zip','w',"
                        "zipfile.ZIP_DEFLATED); [z.write(p) for p in ('[Content_Types].xml','word/document.xml')]\"")
                           .c_str());
  EXPECT_EQ(st, 0);
  std::string bytes = slurp(zip);
  fs::remove_all(d);
  return bytes;
}

TEST_F(BatchTest, DocxParagraphsAndTableRowsAreLinesAndOffsetsCountTheExtractedText) {
  std::string body =
      "<w:p><w:r><w:t>全县地区生产总值完成</w:t></w:r><w:r><w:t>45.4亿元，增长8％。</w:t></w:r></w:p>"
      "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>粮食产量</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>2.28亿斤</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
      "<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent><w:p><w:r><w:t>框内增长9%</w:t></w:r></w:p></w:txbxContent></mc:Choice>"
      "<mc:Fallback><w:txbxContent><w:p><w:r><w:t>框内增长9%</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>";
  auto file = write("r.docx", docx(body));
  auto r = zhibiao("extract -q " + sh(file));
  EXPECT_EQ(r.status, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  ASSERT_TRUE(std::getline(lines, line));
  auto first = nlohmann::json::parse(line);
  EXPECT_EQ(first["text"], "45.4亿元");
  EXPECT_EQ(first["start"], 10);  // code points of 全县地区生产总值完成 in the extracted text
  // The extracted text as scan sees it: a line per paragraph (22 code points and a line end),
  // cells joined by a tab (2.28亿斤 after "粮食产量\t"), the text box once.
  auto scan = zhibiao("scan " + sh(file));
  EXPECT_NE(scan.out.find("\"start\":28,\"end\":34,\"text\":\"2.28亿斤\""), std::string::npos) << scan.out;
  std::size_t boxes = 0;
  for (auto p = scan.out.find("\"text\":\"9%\""); p != std::string::npos; p = scan.out.find("\"text\":\"9%\"", p + 1)) ++boxes;
  EXPECT_EQ(boxes, 1u) << scan.out;
  auto xlsx = zhibiao("extract -q " + sh(file) + " -o " + sh(path("out.xlsx")));
  EXPECT_EQ(xlsx.status, 0) << xlsx.err;
  auto files = run_shell("/usr/bin/python3 -c \"import openpyxl; wb=openpyxl.load_workbook('" + path("out.xlsx") +
                         "'); ws=wb['文件']; print([c.value for c in ws[2]])\"");
  EXPECT_NE(files.out.find("offsets count code points of the text extracted from word/document.xml"), std::string::npos)
      << files.out << files.err;
}

TEST_F(BatchTest, HtmlTextWithoutTagsScriptsOrStylesEntitiesDecoded) {
  std::string page =
      "<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>县政府工作报告</title><style>p{x:1}</style>"
      "<script>var s = '增长99%';</script></head><body><!-- 增长77% --><p>全县地区生产总值完成45.4亿元，"
      "增长8&#65285;。</p><div>粮食产量&nbsp;2.28亿斤</div></body></html>";
  // The page in GBK, as it declares.
  auto file = write("r.html", "");
  std::ofstream(file, std::ios::binary) << run_shell("printf '%s' " + sh(page) + " | iconv -f UTF-8 -t GBK").out;
  auto r = zhibiao("extract -q " + sh(file));
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(records_by_doc(r.out)[file], 3) << r.out;
  // Nothing read from the script or the comment: no record's text or sentence holds 99 or 77
  // (the document's own path, a temporary folder, may).
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    auto rec = nlohmann::json::parse(line);
    for (const char* field : {"text", "sentence"})
      for (const char* n : {"99", "77"})
        EXPECT_EQ(rec[field].get<std::string>().find(n), std::string::npos) << field << ": " << line;
  }
  EXPECT_NE(r.out.find("\"text\":\"8％\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"sentence\":\"全县地区生产总值完成45.4亿元，增长8％。\""), std::string::npos) << r.out;
}

TEST_F(BatchTest, TextInEveryEncodingTheDecoderKnows) {
  auto utf8 = write("utf8.txt", kGood);
  auto bom = write("bom.txt", "\xEF\xBB\xBF" + kGood);
  for (const char* enc : {"GB18030", "UTF-16LE", "UTF-16BE", "BIG5"}) {
    std::string text = std::string(enc) == "BIG5" ? "全縣地區生產總值完成45.4億元，增長8％。" : kGood;
    std::string bytes = run_shell("printf '%s' " + sh(text) + " | iconv -f UTF-8 -t " + enc).out;
    if (std::string(enc) == "UTF-16LE") bytes = "\xFF\xFE" + bytes;
    if (std::string(enc) == "UTF-16BE") bytes = "\xFE\xFF" + bytes;
    write(std::string(enc) + ".txt", bytes);
  }
  auto r = zhibiao("extract -q " + sh(dir.string()));
  EXPECT_EQ(r.status, 0) << r.err;
  auto docs = records_by_doc(r.out);
  EXPECT_EQ(docs.size(), 6u) << r.out;
  for (const auto& [doc, n] : docs) EXPECT_GE(n, 2) << doc;
}

TEST_F(BatchTest, UnknownAndBinaryFilesAreListedAndTheBatchGoesOn) {
  auto good = write("good.txt", kGood);
  write("report.pdf", "%PDF-1.4 binary");
  auto elf = write("binary.txt", std::string("\x7f" "ELF\0\0\0\x02\x01\0\0\0", 12));
  auto r = zhibiao("extract " + sh(dir.string()) + " -o " + sh(path("out.xlsx")));
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("report.pdf: unsupported format (.pdf)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("binary.txt: binary data"), std::string::npos) << r.err;
  auto sheet = run_shell("/usr/bin/python3 -c \"import openpyxl; wb=openpyxl.load_workbook('" + path("out.xlsx") +
                         "'); ws=wb['文件']; [print(r[0].split('/')[-1], r[5]) for r in ws.iter_rows(min_row=2, values_only=True)]\"");
  EXPECT_EQ(sheet.out, "binary.txt 无法读取\ngood.txt 正常\nreport.pdf 跳过\n") << sheet.err;
  auto jsonl = zhibiao("extract -q " + sh(dir.string()));
  EXPECT_EQ(records_by_doc(jsonl.out), (std::map<std::string, int>{{good, 2}}));
}

}  // namespace
}  // namespace zhibiao::test
