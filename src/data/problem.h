// Problem: one data-quality finding about a bar file, named by file, line and field with a
// stable upper-case kind code (docs/data.md lists every kind and its default severity).
// Plain value types; thread-compatible.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace qtb::data {

// A bar field, or kRow for findings about a whole row or file.
enum class Field : uint8_t { kTimestamp, kOpen, kHigh, kLow, kClose, kVolume, kAdjClose, kRow };
inline constexpr int kFieldCount = 7;  // the fields that are CSV columns (kRow excluded)

// Lower-case column name: "timestamp", "open", ..., "adj_close"; "row" for kRow.
const char* field_name(Field field);

enum class ProblemKind : uint8_t {
  kBadRow,            // wrong number of fields, unterminated quote
  kBadNumber,         // a price or volume that is not a decimal number
  kBadTimestamp,      // not YYYY-MM-DD or ISO 8601
  kNonPositivePrice,  // open/high/low/close <= 0
  kHighBelowLow,
  kOpenOutsideRange,   // open not in [low, high]
  kCloseOutsideRange,  // close not in [low, high]
  kNegativeVolume,
  kDuplicateTimestamp,  // same timestamp as an earlier row
  kUnsortedTimestamp,   // earlier than a row above it
  kOutsideSession,      // not a trading session (daily) or not within its hours (intraday)
  kMissingSession,      // a calendar session with no bar
  kSuspiciousJump,      // |close / previous close - 1| above the threshold
};
inline constexpr int kProblemKindCount = 13;

// Stable code, e.g. "HIGH_BELOW_LOW".
const char* problem_kind_code(ProblemKind kind);

enum class Severity : uint8_t { kError, kWarning };
const char* severity_name(Severity severity);  // "error" | "warning"

struct Problem {
  std::string file;   // name as the user gave it
  uint32_t line = 0;  // 1-based line in the file; 0 for findings about the whole file
  Field field = Field::kRow;
  ProblemKind kind = ProblemKind::kBadRow;
  Severity severity = Severity::kError;
  std::string message;  // the reason, e.g. `not a number "1O2.5"`
};

// "spy.csv:17 close: not a number "1O2.5" [BAD_NUMBER]"; "spy.csv: ..." when line is 0.
std::string to_string(const Problem& problem);

}  // namespace qtb::data
