// The findings of `zhibiao check` on their own (not the records): plain text as
// the terminal shows it, JSONL, CSV, or a workbook with the findings sheet.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/error.hpp"
#include "zhibiao/report/batch.hpp"
#include "zhibiao/report/finding.hpp"

namespace zhibiao::report {

// Each finding as `describe` writes it, a blank line between.
void write_findings_text(std::ostream& out, const std::vector<Finding>& findings, const std::vector<Record>& records);
// One object a line: kind, id, severity, message, arithmetic, doc and the figures involved
// (record number as in `extract`'s output, offsets, text, indicator, measure, value, unit,
// period, region, status, sentence).
void write_findings_jsonl(std::ostream& out, const std::vector<Finding>& findings, const std::vector<Record>& records);
// UTF-8 with a BOM, CRLF rows, one finding a row; the figures' fields joined with "; ".
void write_findings_csv(std::ostream& out, const std::vector<Finding>& findings, const std::vector<Record>& records);

// To a file whose extension names the format (.jsonl, .csv, .xlsx); written atomically,
// never over one of `inputs`.
std::optional<Error> write_findings(const std::string& path, const std::vector<Finding>& findings,
                                    const std::vector<Record>& records, Lang lang,
                                    const std::vector<std::string>& inputs);

}  // namespace zhibiao::report
