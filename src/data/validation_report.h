// ValidationReport: every Problem found in one bar file, with counts by kind and severity.
// Value type; thread-compatible.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "data/problem.h"

namespace qtb::data {

class ValidationReport {
 public:
  ValidationReport() { by_kind_.fill(0); }

  void add(Problem problem);
  // Orders problems by line (file-level findings, line 0, last), stable within a line.
  void sort_by_line();

  const std::vector<Problem>& problems() const { return problems_; }
  uint32_t count(ProblemKind kind) const { return by_kind_[static_cast<std::size_t>(kind)]; }
  uint32_t errors() const { return errors_; }
  uint32_t warnings() const { return warnings_; }
  // True when there is no error (warnings allowed); `qtb data validate` exits non-zero otherwise.
  bool ok() const { return errors_ == 0; }

  // One `file:line field: reason [KIND]` line per problem, in report order.
  std::string to_text() const;
  // "spy.csv: 2 errors, 1 warning (HIGH_BELOW_LOW 1, NEGATIVE_VOLUME 1, MISSING_SESSION 1)".
  std::string summary(const std::string& file) const;

 private:
  std::vector<Problem> problems_;
  std::array<uint32_t, kProblemKindCount> by_kind_;
  uint32_t errors_ = 0;
  uint32_t warnings_ = 0;
};

}  // namespace qtb::data
