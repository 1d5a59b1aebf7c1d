// Errors as values, with the context a user needs to find the problem.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace zhibiao {

struct Error {
  Error() = default;
  Error(std::string message_, std::string file_ = {}, std::size_t line_ = 0, std::size_t column_ = 0,
        std::string fragment_ = {})
      : message(std::move(message_)), file(std::move(file_)), line(line_), column(column_),
        fragment(std::move(fragment_)) {}

  std::string message;       // plain sentence: what is wrong
  std::string file;          // rule file or document path, when known
  std::size_t line = 0;      // 1-based; 0 when unknown
  std::size_t column = 0;    // 1-based, in code points; 0 when unknown
  std::string fragment;      // the offending text, when there is one
  std::string excerpt;       // the source line as written, shown under the message with a caret at `column`

  // "file:line:column: message" (parts that are unknown are left out); with an
  // excerpt, two more lines: the source line and a caret under the column.
  std::string describe() const;
};

// Terminal columns a UTF-8 text takes: Chinese characters and full-width forms take two.
std::size_t display_width(std::string_view utf8);

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Error error) : v_(std::move(error)) {}      // NOLINT
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace zhibiao
