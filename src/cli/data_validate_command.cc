// `qtb data validate`: every problem of a bar file, one per line, exit 1 when any is an error.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "cli/bar_file.h"
#include "cli/cli_context.h"
#include "cli/commands.h"

namespace qtb::cli {
namespace {

int run_validate(const BarFileOptions& options, CliContext& context) {
  Result<CheckedBarFile> checked = read_and_validate(options, context.calendar());
  if (!checked.ok()) return fail(checked.error());
  const data::ParsedBars& parsed = checked->parsed;
  fmt::print("{}", checked->report.to_text());
  fmt::print("{}: {} rows, interval {}{}{}\n", options.file, parsed.rows, checked->interval.name(),
             parsed.close_only ? ", close-only (open=high=low=close)" : "",
             parsed.rounded_values > 0
                 ? fmt::format(", {} prices rounded to 9 decimals", parsed.rounded_values)
                 : "");
  fmt::print("{}\n", checked->report.summary(options.file));
  return checked->report.ok() ? kExitOk : kExitFailure;
}

}  // namespace

void add_data_validate_command(CLI::App& data, CommandRunner& selected) {
  auto options = std::make_shared<BarFileOptions>();
  CLI::App* command = data.add_subcommand(
      "validate", "check a bar CSV: prices, ranges, order, sessions, gaps, jumps");
  add_bar_file_flags(*command, *options);
  command->callback([options, &selected] {
    selected = [options](CliContext& context) { return run_validate(*options, context); };
  });
}

}  // namespace qtb::cli
