// Error values for expected failures. An Error names what failed and where
// (file, line, field) so a user can fix their input without reading code.
// Thread-compatible value type.
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace qtb {

enum class ErrorCode {
  kInvalidArgument,  // malformed input: a number, a date, a flag
  kOutOfRange,       // well-formed but outside what the type can hold (overflow)
  kNotFound,
  kAlreadyExists,
  kIoError,
  kDatabase,
  kValidation,  // data failed a quality rule
  kConfig,
  kInternal,
};

// Stable upper-case name of `code`, e.g. "INVALID_ARGUMENT".
const char* error_code_name(ErrorCode code);

class Error {
 public:
  Error(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Returns a copy whose message is prefixed with `where`: "bars.csv:17 close: " + message.
  Error with_context(const std::string& where) const {
    return Error(code_, where + ": " + message_);
  }

 private:
  ErrorCode code_;
  std::string message_;
};

// Thrown when fixed-point arithmetic would overflow; never caught silently.
class OverflowError : public std::overflow_error {
 public:
  using std::overflow_error::overflow_error;
};

}  // namespace qtb
