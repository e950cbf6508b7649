// Import policies: what of a validated bar file goes into the store. A pure function of the
// parsed rows and their ValidationReport; the caller writes ImportPlan::bars in one
// transaction, so `reject` leaves the store exactly as it was. Nothing is dropped silently:
// every row left out is listed with its reasons, every repaired row with what changed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "data/csv_bar_reader.h"
#include "data/validation_report.h"
#include "model/bar.h"

namespace qtb::data {

enum class ErrorPolicy {
  kReject,  // any error: import nothing (the default)
  kSkip,    // leave out every row with an error
  kRepair,  // fix what is mechanically fixable (see plan_import), leave out the rest
};

// "reject" | "skip" | "repair".
Result<ErrorPolicy> parse_error_policy(std::string_view text);
const char* error_policy_name(ErrorPolicy policy);

struct SkippedRow {
  uint32_t line = 0;
  std::string reasons;  // "close: not a number "x" [BAD_NUMBER]; ..."
};

struct RepairedRow {
  uint32_t line = 0;
  std::string change;  // "high 99 -> 101, low 101 -> 99"
};

struct ImportPlan {
  bool accepted = false;  // false: import nothing (reject met an error, or a file-level error)
  std::vector<Bar> bars;  // what to store: ascending, unique timestamps
  std::vector<SkippedRow> skipped;    // ascending by line
  std::vector<RepairedRow> repaired;  // ascending by line
  // "spy.csv: import 250 bars (skipped 2, repaired 1)" or "spy.csv: rejected, 3 errors".
  std::string summary(const std::string& file, uint32_t errors) const;
};

// Applies `policy` to `parsed` and its `report` (from validate_bars on the same parsed rows).
// Warnings never block. A file-level error (line 0, e.g. MISSING_SESSION under strict) cannot
// be skipped or repaired row by row, so it rejects under every policy.
// kRepair fixes: high/low widened to max/min of open, high, low, close (HIGH_BELOW_LOW,
// OPEN_OUTSIDE_RANGE, CLOSE_OUTSIDE_RANGE); unsorted rows sorted into place; of rows sharing a
// timestamp the last in the file is kept and the others listed as skipped.
ImportPlan plan_import(const ParsedBars& parsed, const ValidationReport& report,
                       ErrorPolicy policy);

}  // namespace qtb::data
