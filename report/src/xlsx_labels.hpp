// The workbook's words for the record's coded values, in the workbook's language:
// measures, statuses, period kinds, qualifiers, bases, severities, file statuses and
// the catalogue's categories. A value without a label is shown as it is.
#pragma once

#include <string>
#include <string_view>

#include "zhibiao/report/batch.hpp"

namespace zhibiao::report::detail {

enum class Field { measure, status, modality, period_kind, qualifier, basis, severity, file_status, category };

std::string label(Lang lang, Field field, const std::string& value);

}  // namespace zhibiao::report::detail
