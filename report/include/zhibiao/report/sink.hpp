// Where a batch goes as its documents finish: JSONL, CSV or the workbook.
// A sink sees every document once, in input order, with its records; at the end
// it gets the tally (file list, findings) for whatever it writes last.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "zhibiao/attribution/record.hpp"
#include "zhibiao/error.hpp"
#include "zhibiao/report/source_file.hpp"

namespace zhibiao::report {

class Tally;

class Sink {
 public:
  virtual ~Sink() = default;
  // Before the first document (headers, the workbook's first sheet).
  virtual std::optional<Error> begin() = 0;
  // One finished document; its first record is number `first_number` (1-based) of the batch.
  virtual std::optional<Error> document(const SourceFile& source, const std::vector<Record>& records,
                                        std::size_t first_number) = 0;
  // A sink that writes records as text (JSONL) makes that text in format(), from any
  // thread: the batch's workers call it as each document is read, and the writer hands
  // the text to document_formatted(), which only writes it.
  virtual bool formats() const { return false; }
  virtual std::string format(const std::vector<Record>&) const { return {}; }
  virtual std::optional<Error> document_formatted(const SourceFile& source, const std::vector<Record>& records,
                                                  std::size_t first_number, const std::string&) {
    return document(source, records, first_number);
  }
  // Whether it shows each file's SHA-256 (a workbook's file list): the batch hashes inputs only then.
  virtual bool lists_digests() const { return false; }
  // After the last document: flushes, closes and (for files) moves the output into place.
  // Without a call to finish, a sink's file output is removed when the sink is destroyed.
  virtual std::optional<Error> finish(const Tally& tally) = 0;
};

}  // namespace zhibiao::report
