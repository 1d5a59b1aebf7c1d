// The text of a web page (.html, .htm): tags, comments, scripts and styles left
// out, block elements (p, div, br, li, tr, h1 …) as line breaks, table cells joined
// by a tab, white space collapsed as a browser does (kept inside <pre>), character
// references decoded. Offsets of records from a page count code points of this text.
//
// A small reader rather than a library: Debian's HTML parsers (gumbo, libxml2's
// HTML mode) build a whole tree for text we read once front to back, gumbo is no
// longer maintained upstream, and neither knows which elements break a line —
// the part that matters here, which is a table below either way.
#pragma once

#include <string>
#include <string_view>

namespace zhibiao {

std::u32string html_text(std::u32string_view html);
// The charset a page declares in its first few KB (<meta charset=…>, content="…; charset=…"),
// as an ICU converter name, or empty.
std::string html_charset(std::string_view bytes);

}  // namespace zhibiao
