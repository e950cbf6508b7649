// Reading and validating one bar CSV for `data validate`, `data import` and `data resample`:
// the shared flags and the shared steps (parse, infer or check the interval, validate).
#pragma once

#include <string>

#include "core/result.h"
#include "data/bar_validator.h"
#include "data/csv_bar_reader.h"
#include "data/validation_report.h"
#include "model/bar_interval.h"

namespace CLI {
class App;
}

namespace qtb {
class ExchangeCalendar;
}

namespace qtb::cli {

struct BarFileOptions {
  std::string file;
  std::string columns;   // --columns spec or preset name
  std::string interval;  // --interval; empty: inferred from the timestamps
  bool strict = false;
  double jump_threshold = 0.5;
  bool extended_hours = false;
  bool no_session_check = false;
};

// Declares --file, --columns, --interval, --strict, --jump-threshold, --extended-hours and
// --no-session-check on `command`.
void add_bar_file_flags(CLI::App& command, BarFileOptions& options);

struct CheckedBarFile {
  data::ParsedBars parsed;
  data::ValidationReport report;
  BarInterval interval;
};

// Parses and validates the file. Fails only when the file cannot be read or its header does not
// map; row problems are in the report.
Result<CheckedBarFile> read_and_validate(const BarFileOptions& options,
                                         const ExchangeCalendar& calendar);

}  // namespace qtb::cli
