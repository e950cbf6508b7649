// `qtb data resample`: session-aligned aggregation of a bar CSV file or a stored series into a
// coarser interval, written as CSV or saved back into the store beside the source series.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <memory>

#include "cli/bar_file.h"
#include "cli/cli_context.h"
#include "cli/commands.h"
#include "cli/stored_series.h"
#include "data/bar_csv_writer.h"
#include "data/resample.h"

namespace qtb::cli {
namespace {

struct ResampleOptions {
  std::string to;
  BarFileOptions file;  // file mode when file.file is set
  std::string symbol;   // store mode
  std::string source_interval = "1min";
  std::string from_date;
  std::string to_date;
  std::string out;
  bool save = false;
  bool extended_hours = false;
};

Status write_csv(const std::string& path, std::span<const Bar> bars, bool daily) {
  std::string text = data::kBarCsvHeader;
  data::append_bar_csv(bars, daily, text);
  return write_output(path, text);
}

// The source bars and their interval, from the file or the store.
struct Source {
  std::vector<Bar> bars;
  BarInterval interval;
  std::string name;
};

Result<Source> read_file_source(const ResampleOptions& options, CliContext& context) {
  Result<CheckedBarFile> checked = read_and_validate(options.file, context.calendar());
  if (!checked.ok()) return checked.error();
  if (!checked->report.ok()) {
    fmt::print("{}", checked->report.to_text());
    return invalid_argument(fmt::format("{}; fix it or import with --on-error first",
                                        checked->report.summary(options.file.file)));
  }
  return Source{std::move(checked->parsed.bars), checked->interval, options.file.file};
}

int run_resample(const ResampleOptions& options, CliContext& context) {
  Result<BarInterval> target = BarInterval::parse(options.to);
  if (!target.ok()) return fail(target.error().with_context("--to"), kExitUsage);
  const bool file_mode = !options.file.file.empty();
  if (file_mode == !options.symbol.empty()) {
    return fail(invalid_argument("give either --file or --symbol"), kExitUsage);
  }
  if (file_mode && options.save) {
    return fail(invalid_argument("--save needs --symbol (a stored series)"), kExitUsage);
  }

  std::unique_ptr<store::Store> store;
  std::optional<store::MarketDataRepository> repository;
  Source source;
  InstrumentId id = 0;
  if (file_mode) {
    Result<Source> read = read_file_source(options, context);
    if (!read.ok()) return fail(read.error());
    source = std::move(*read);
  } else {
    Result<BarInterval> interval = BarInterval::parse(options.source_interval);
    if (!interval.ok()) return fail(interval.error().with_context("--interval"), kExitUsage);
    Result<TimeRange> range = parse_time_range(options.from_date, options.to_date);
    if (!range.ok()) return fail(range.error(), kExitUsage);
    Result<std::unique_ptr<store::Store>> opened = context.open_store();
    if (!opened.ok()) return fail(opened.error());
    store = std::move(*opened);
    repository.emplace(*store);
    Result<StoredSeries> series =
        load_stored_series(*repository, options.symbol, *interval, *range);
    if (!series.ok()) return fail(series.error());
    id = series->instrument.id;
    source = Source{std::move(series->bars), *interval, series->instrument.ticker};
  }

  data::ResampleOptions resample_options;
  resample_options.extended_hours = options.extended_hours;
  Result<data::ResampledBars> resampled = data::resample_bars(source.bars, source.interval, *target,
                                                              context.calendar(), resample_options);
  if (!resampled.ok()) return fail(resampled.error().with_context(source.name));
  fmt::print(stderr, "{}: {} {} bars -> {} {} bars ({} outside sessions dropped)\n", source.name,
             source.bars.size(), source.interval.name(), resampled->bars.size(), target->name(),
             resampled->dropped_outside_session);
  if (options.save) {
    const Status saved =
        repository->insert_bars(id, *target, resampled->bars, store::DuplicateBars::kReplace);
    if (!saved.ok()) return fail(saved.error());
    fmt::print(stderr, "saved as {} {} in {}\n", source.name, target->name(),
               store->url_for_display());
    if (options.out.empty()) return kExitOk;
  }
  const Status written = write_csv(options.out, resampled->bars, target->is_daily());
  return written.ok() ? kExitOk : fail(written.error());
}

}  // namespace

void add_data_resample_command(CLI::App& data, CommandRunner& selected) {
  auto options = std::make_shared<ResampleOptions>();
  CLI::App* command = data.add_subcommand(
      "resample", "aggregate bars to a coarser interval aligned to the session open");
  command->add_option("--to", options->to, "target interval: 5min, 15min, 30min, 1h, 1day")
      ->required();
  command->add_option("--file", options->file.file, "bar CSV to resample (file mode)");
  command->add_option("--columns", options->file.columns, "column mapping of --file");
  command->add_option("--symbol", options->symbol, "stored series to resample (store mode)");
  command
      ->add_option("--interval", options->source_interval,
                   "interval of the stored source series (store mode)")
      ->capture_default_str();
  command->add_option("--from", options->from_date, "first date (store mode)");
  command->add_option("--until", options->to_date, "last date, inclusive (store mode)");
  command->add_option("--out", options->out, "output CSV (default: standard output)");
  command->add_flag("--save", options->save,
                    "store the result as the symbol's series at the target interval (replacing)");
  command->add_flag("--extended-hours", options->extended_hours,
                    "keep pre- and post-market bars on session days");
  command->callback([options, &selected] {
    options->file.extended_hours = options->extended_hours;
    selected = [options](CliContext& context) { return run_resample(*options, context); };
  });
}

}  // namespace qtb::cli
