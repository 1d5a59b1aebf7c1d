// The text of a Word document (.docx): word/document.xml, each paragraph a line,
// each table row a line with its cells joined by a tab. Offsets of records from a
// .docx count code points of this text, not bytes of the file.
#pragma once

#include <string>
#include <string_view>

#include "zhibiao/error.hpp"

namespace zhibiao {

// UTF-8 text, or what is wrong (not a zip, no word/document.xml, broken XML, too large).
Result<std::string> docx_text(std::string_view bytes);

}  // namespace zhibiao
