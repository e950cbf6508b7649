// `qtb data cache build`: writes stored series into the columnar memory-mapped bar cache
// (docs/bar_cache.md) that backtests load from; the store stays the system of record.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>

#include "cli/cli_context.h"
#include "cli/commands.h"
#include "data/cache/bar_cache.h"
#include "data/cache/bar_cache_writer.h"
#include "store/market_data_repository.h"

namespace qtb::cli {
namespace {

struct CacheOptions {
  std::string dir = "cache";
  std::string interval = "1day";
  std::vector<std::string> symbols;  // empty: every stored series at the interval
};

int run_cache_build(const CacheOptions& options, CliContext& context) {
  Result<BarInterval> interval = BarInterval::parse(options.interval);
  if (!interval.ok()) return fail(interval.error().with_context("--interval"), kExitUsage);
  Result<std::unique_ptr<store::Store>> opened = context.open_store();
  if (!opened.ok()) return fail(opened.error());
  store::MarketDataRepository repository(**opened);
  Result<std::vector<store::SeriesSummary>> series = repository.list_series();
  if (!series.ok()) return fail(series.error());

  const BarCacheWriter writer(options.dir);
  int written = 0;
  int64_t bars_written = 0;
  for (const store::SeriesSummary& summary : *series) {
    if (summary.interval != interval->name()) continue;
    if (!options.symbols.empty() && std::find(options.symbols.begin(), options.symbols.end(),
                                              summary.ticker) == options.symbols.end()) {
      continue;
    }
    Result<std::optional<Instrument>> instrument = repository.find_symbol(summary.ticker);
    if (!instrument.ok()) return fail(instrument.error());
    Result<std::vector<Bar>> bars =
        repository.load_bars((*instrument)->id, *interval, summary.first_ts, summary.last_ts + 1);
    if (!bars.ok()) return fail(bars.error());
    const Status status = writer.write(summary.ticker, *interval, *bars);
    if (!status.ok()) return fail(status.error());
    ++written;
    bars_written += static_cast<int64_t>(bars->size());
  }
  if (written == 0) {
    return fail(
        Error(ErrorCode::kNotFound,
              fmt::format("no stored {} series to cache (see `qtb data list`)", interval->name())));
  }
  fmt::print("cached {} series, {} bars of {} in {}\n", written, bars_written, interval->name(),
             options.dir);
  return kExitOk;
}

}  // namespace

void add_data_cache_commands(CLI::App& data, CommandRunner& selected) {
  CLI::App* cache = data.add_subcommand("cache", "the memory-mapped bar cache backtests read");
  cache->require_subcommand(1);
  auto options = std::make_shared<CacheOptions>();
  CLI::App* build = cache->add_subcommand("build", "write stored series into the cache");
  build->add_option("--dir", options->dir, "cache directory")->capture_default_str();
  build->add_option("--interval", options->interval, "interval to cache")->capture_default_str();
  build->add_option("--symbols", options->symbols, "tickers (default: all)")->delimiter(',');
  build->callback([options, &selected] {
    selected = [options](CliContext& context) { return run_cache_build(*options, context); };
  });
}

}  // namespace qtb::cli
