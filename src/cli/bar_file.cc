#include "cli/bar_file.h"

#include <CLI/CLI.hpp>

#include "core/calendar.h"
#include "data/column_mapping.h"

namespace qtb::cli {

void add_bar_file_flags(CLI::App& command, BarFileOptions& options) {
  command
      .add_option("--file", options.file,
                  "bar CSV: timestamp,open,high,low,close,volume[,adj_close]")
      ->required();
  command.add_option("--columns", options.columns,
                     "column mapping: a preset (yahoo, stooq, ib) or field=Header pairs, "
                     "e.g. timestamp=Date,close=Close");
  command.add_option("--interval", options.interval,
                     "bar interval: 1min, 5min, 15min, 30min, 1h, 1day (default: inferred)");
  command.add_flag("--strict", options.strict,
                   "treat warnings (missing sessions, jumps) as errors");
  command
      .add_option("--jump-threshold", options.jump_threshold,
                  "flag |close/previous close - 1| above this as SUSPICIOUS_JUMP (0 = off)")
      ->capture_default_str();
  command.add_flag("--extended-hours", options.extended_hours,
                   "accept intraday bars 04:00-20:00 New York on session days");
  command.add_flag("--no-session-check", options.no_session_check,
                   "skip OUTSIDE_SESSION and MISSING_SESSION checks (non-US or 24h data)");
}

Result<CheckedBarFile> read_and_validate(const BarFileOptions& options,
                                         const ExchangeCalendar& calendar) {
  data::CsvReadOptions read_options;
  if (!options.columns.empty()) {
    Result<data::ColumnMapping> mapping = data::parse_column_spec(options.columns);
    if (!mapping.ok()) return mapping.error().with_context("--columns");
    read_options.columns = *mapping;
  }
  Result<data::ParsedBars> parsed = data::read_bar_csv(options.file, read_options);
  if (!parsed.ok()) return parsed.error();

  data::ValidateOptions validate_options;
  validate_options.strict = options.strict;
  validate_options.jump_threshold = options.jump_threshold;
  validate_options.extended_hours = options.extended_hours;
  validate_options.check_sessions = !options.no_session_check;
  BarInterval interval = data::infer_interval(parsed->bars);
  if (!options.interval.empty()) {
    Result<BarInterval> given = BarInterval::parse(options.interval);
    if (!given.ok()) return given.error().with_context("--interval");
    interval = *given;
  }
  validate_options.interval = interval;
  data::ValidationReport report = data::validate_bars(*parsed, calendar, validate_options);
  return CheckedBarFile{std::move(*parsed), std::move(report), interval};
}

}  // namespace qtb::cli
