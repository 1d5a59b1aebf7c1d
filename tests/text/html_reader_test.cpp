// The text of a web page: what a reader sees, a line per block, nothing of the markup.
#include <gtest/gtest.h>

#include "zhibiao/text/html_reader.hpp"
#include "zhibiao/text/utf.hpp"

namespace zhibiao {
namespace {

std::string text_of(const std::string& html) { return to_utf8(html_text(from_utf8(html))); }

TEST(HtmlReader, BlocksAreLinesAndInlineElementsAreNot) {
  EXPECT_EQ(text_of("<p>全县地区生产总值<b>完成</b>45.4亿元，</p><div>增长8%。</div>"),
            "全县地区生产总值完成45.4亿元，\n增长8%。\n");
  EXPECT_EQ(text_of("第一行<br>第二行<br/>第三行"), "第一行\n第二行\n第三行\n");
  EXPECT_EQ(text_of("<ul><li>一</li><li>二</li></ul><h2>标题</h2>"), "一\n二\n标题\n");
}

TEST(HtmlReader, ScriptsStylesAndCommentsLeaveNoText) {
  EXPECT_EQ(text_of("<head><title>报告</title><style>p{color:red}</style><script>var a='<p>增长9%</p>';</script>"
                    "</head><body><!-- 增长7% --><p>正文</p><noscript>请启用</noscript></body>"),
            "报告\n正文\n");
  EXPECT_EQ(text_of("<SCRIPT type=x>if (a < b) {}</SCRIPT>后文"), "后文\n");
}

TEST(HtmlReader, CharacterReferencesAreDecoded) {
  EXPECT_EQ(text_of("增长8&#65285;，&#x4E2D;&amp;&lt;&gt;&quot;&ldquo;好&rdquo;&hellip;"), "增长8％，中&<>\"“好”…\n");
  EXPECT_EQ(text_of("a&nbsp;b &copy 2025 &unknown; &#0; AT&T"), "a b &copy 2025 &unknown; \uFFFD AT&T\n");
}

TEST(HtmlReader, WhiteSpaceCollapsesExceptInsidePre) {
  EXPECT_EQ(text_of("<p>  增长\n   8%  </p>"), "增长 8%\n");
  EXPECT_EQ(text_of("<pre>一  二\n三</pre>"), "一  二\n三\n");
}

TEST(HtmlReader, TableRowsAreLinesWithCellsJoinedByTabs) {
  EXPECT_EQ(text_of("<table><tr><th>指标</th><th>数值</th></tr><tr><td><p>粮食产量</p></td><td>2.28亿斤</td></tr></table>"),
            "指标\t数值\n粮食产量\t2.28亿斤\n");
}

TEST(HtmlReader, ALessThanThatOpensNoTagIsText) {
  EXPECT_EQ(text_of("<p>x <5% 或 a < b</p>"), "x <5% 或 a < b\n");
}

TEST(HtmlReader, TheDeclaredCharsetIsFoundInAMetaTag) {
  EXPECT_EQ(html_charset("<html><head><meta charset=\"gb2312\">"), "GB18030");
  EXPECT_EQ(html_charset("<META http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"), "utf-8");
  EXPECT_EQ(html_charset("<p>charset=big5 in the text is no declaration</p>"), "");
}

}  // namespace
}  // namespace zhibiao
