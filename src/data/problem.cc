#include "data/problem.h"

#include <fmt/format.h>

namespace qtb::data {

const char* field_name(Field field) {
  switch (field) {
    case Field::kTimestamp:
      return "timestamp";
    case Field::kOpen:
      return "open";
    case Field::kHigh:
      return "high";
    case Field::kLow:
      return "low";
    case Field::kClose:
      return "close";
    case Field::kVolume:
      return "volume";
    case Field::kAdjClose:
      return "adj_close";
    case Field::kRow:
      return "row";
  }
  return "row";
}

const char* problem_kind_code(ProblemKind kind) {
  switch (kind) {
    case ProblemKind::kBadRow:
      return "BAD_ROW";
    case ProblemKind::kBadNumber:
      return "BAD_NUMBER";
    case ProblemKind::kBadTimestamp:
      return "BAD_TIMESTAMP";
    case ProblemKind::kNonPositivePrice:
      return "NON_POSITIVE_PRICE";
    case ProblemKind::kHighBelowLow:
      return "HIGH_BELOW_LOW";
    case ProblemKind::kOpenOutsideRange:
      return "OPEN_OUTSIDE_RANGE";
    case ProblemKind::kCloseOutsideRange:
      return "CLOSE_OUTSIDE_RANGE";
    case ProblemKind::kNegativeVolume:
      return "NEGATIVE_VOLUME";
    case ProblemKind::kDuplicateTimestamp:
      return "DUPLICATE_TIMESTAMP";
    case ProblemKind::kUnsortedTimestamp:
      return "UNSORTED_TIMESTAMP";
    case ProblemKind::kOutsideSession:
      return "OUTSIDE_SESSION";
    case ProblemKind::kMissingSession:
      return "MISSING_SESSION";
    case ProblemKind::kSuspiciousJump:
      return "SUSPICIOUS_JUMP";
  }
  return "BAD_ROW";
}

const char* severity_name(Severity severity) {
  return severity == Severity::kError ? "error" : "warning";
}

std::string to_string(const Problem& problem) {
  if (problem.line == 0) {
    return fmt::format("{}: {} [{}]", problem.file, problem.message,
                       problem_kind_code(problem.kind));
  }
  return fmt::format("{}:{} {}: {} [{}]", problem.file, problem.line, field_name(problem.field),
                     problem.message, problem_kind_code(problem.kind));
}

}  // namespace qtb::data
