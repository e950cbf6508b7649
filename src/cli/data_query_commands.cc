// `qtb data list` (stored series) and `qtb data export` (bars as CSV, raw or adjusted).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <memory>

#include "cli/cli_context.h"
#include "cli/commands.h"
#include "cli/stored_series.h"
#include "data/bar_csv_writer.h"

namespace qtb::cli {
namespace {

std::string format_ts(Timestamp ts, bool daily) {
  return daily ? ts.utc_date().to_string() : ts.to_iso8601();
}

int run_list(CliContext& context) {
  Result<std::unique_ptr<store::Store>> opened = context.open_store();
  if (!opened.ok()) return fail(opened.error());
  store::MarketDataRepository repository(**opened);
  Result<std::vector<store::SeriesSummary>> series = repository.list_series();
  if (!series.ok()) return fail(series.error());
  fmt::print("{:<10} {:<8} {:>10}  {:<20}  {:<20}\n", "symbol", "interval", "bars", "first",
             "last");
  int64_t total = 0;
  for (const store::SeriesSummary& s : *series) {
    const bool daily = s.interval == "1day";
    fmt::print("{:<10} {:<8} {:>10}  {:<20}  {:<20}\n", s.ticker, s.interval, s.bar_count,
               format_ts(s.first_ts, daily), format_ts(s.last_ts, daily));
    total += s.bar_count;
  }
  fmt::print("{} series, {} bars in {}\n", series->size(), total, (*opened)->url_for_display());
  return kExitOk;
}

struct ExportOptions {
  std::string symbol;
  std::string interval = "1day";
  std::string from;
  std::string to;
  std::string format = "csv";
  std::string adjust = "none";
  std::string out;
};

Result<std::vector<Bar>> adjusted(store::MarketDataRepository& repository,
                                  const StoredSeries& series, const std::string& adjust) {
  if (adjust == "none") return series.bars;
  data::AdjustMode mode = data::AdjustMode::kSplitOnly;
  if (adjust == "all") {
    mode = data::AdjustMode::kSplitAndDividend;
  } else if (adjust != "splits") {
    return invalid_argument(fmt::format("--adjust \"{}\": expected none, splits or all", adjust));
  }
  Result<std::vector<data::CorporateAction>> actions =
      repository.load_actions(series.instrument.id);
  if (!actions.ok()) return actions.error();
  return data::adjust_bars(series.bars, *actions, mode);
}

int run_export(const ExportOptions& options, CliContext& context) {
  if (options.format != "csv") {
    return fail(
        invalid_argument(fmt::format("--format \"{}\": only csv is supported", options.format)),
        kExitUsage);
  }
  Result<BarInterval> interval = BarInterval::parse(options.interval);
  if (!interval.ok()) return fail(interval.error().with_context("--interval"), kExitUsage);
  Result<TimeRange> range = parse_time_range(options.from, options.to);
  if (!range.ok()) return fail(range.error(), kExitUsage);

  Result<std::unique_ptr<store::Store>> opened = context.open_store();
  if (!opened.ok()) return fail(opened.error());
  store::MarketDataRepository repository(**opened);
  Result<StoredSeries> series = load_stored_series(repository, options.symbol, *interval, *range);
  if (!series.ok()) return fail(series.error());
  Result<std::vector<Bar>> bars = adjusted(repository, *series, options.adjust);
  if (!bars.ok()) return fail(bars.error());

  std::string text = data::kBarCsvHeader;
  data::append_bar_csv(*bars, interval->is_daily(), text);
  const Status written = write_output(options.out, text);
  if (!written.ok()) return fail(written.error());
  if (options.out.empty()) return kExitOk;
  fmt::print(stderr, "wrote {} bars of {} to {}\n", bars->size(), series->instrument.ticker,
             options.out);
  return kExitOk;
}

}  // namespace

void add_data_list_command(CLI::App& data, CommandRunner& selected) {
  CLI::App* command =
      data.add_subcommand("list", "list stored series: symbol, interval, bars, span");
  command->callback([&selected] { selected = run_list; });
}

void add_data_export_command(CLI::App& data, CommandRunner& selected) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = data.add_subcommand("export", "write stored bars as CSV (raw or adjusted)");
  command->add_option("--symbol", options->symbol, "ticker")->required();
  command->add_option("--interval", options->interval, "bar interval")->capture_default_str();
  command->add_option("--from", options->from, "first date or instant (inclusive)");
  command->add_option("--to", options->to, "last date (inclusive) or instant (exclusive)");
  command->add_option("--format", options->format, "output format (csv)")->capture_default_str();
  command
      ->add_option("--adjust", options->adjust,
                   "none: raw prices; splits: split-adjusted; all: splits and dividends")
      ->capture_default_str();
  command->add_option("--out", options->out, "output file (default: standard output)");
  command->callback([options, &selected] {
    selected = [options](CliContext& context) { return run_export(*options, context); };
  });
}

}  // namespace qtb::cli
