// `qtb backtest`: runs a strategy over bar CSVs (--data DIR) or the store and writes the run's
// files (report/backtest_output.h); `qtb strategies` lists the built-in strategies.
// The run's wall time goes to standard error only, so the output files stay byte-identical
// across runs of the same inputs.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "cli/cli_context.h"
#include "cli/commands.h"
#include "cli/stored_series.h"
#include "cli/time_range.h"
#include "data/csv_bar_reader.h"
#include "engine/backtest.h"
#include "report/backtest_output.h"
#include "strategy/builtin_strategies.h"

namespace qtb::cli {
namespace {

struct BacktestOptions {
  std::string data_dir;
  std::string interval = "1day";
  std::string symbols;
  std::string strategy = "sma_cross";
  std::vector<std::string> params;
  std::string size = "shares:100";
  std::string cash = "100000";
  std::string commission = "none";
  std::string fill = "next_open";
  std::string from;
  std::string to;
  std::string out;
};

struct LoadedSeries {
  std::string symbol;
  std::vector<Bar> bars;
};

std::vector<std::string> split_symbols(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t comma = std::min(text.find(',', start), text.size());
    if (comma > start) out.push_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return out;
}

// The one file named `<symbol>.csv` under `dir` (searched recursively).
Result<std::string> find_symbol_file(const std::string& dir, const std::string& symbol) {
  std::error_code ec;
  std::vector<std::string> matches;
  std::filesystem::recursive_directory_iterator it(dir, ec);
  if (ec) return Error(ErrorCode::kIoError, "--data " + dir + ": " + ec.message());
  for (const auto& entry : it) {
    if (entry.is_regular_file() && entry.path().filename() == symbol + ".csv") {
      matches.push_back(entry.path().string());
    }
  }
  std::sort(matches.begin(), matches.end());
  if (matches.empty()) {
    return Error(ErrorCode::kNotFound, "--data " + dir + ": no file " + symbol + ".csv");
  }
  if (matches.size() > 1) {
    return invalid_argument("--data " + dir + ": " + symbol + ".csv is ambiguous: " + matches[0] +
                            " and " + matches[1]);
  }
  return matches[0];
}

Result<std::vector<Bar>> load_csv_bars(const std::string& dir, const std::string& symbol,
                                       const TimeRange& range) {
  Result<std::string> path = find_symbol_file(dir, symbol);
  if (!path.ok()) return path.error();
  Result<data::ParsedBars> parsed = data::read_bar_csv(*path);
  if (!parsed.ok()) return parsed.error();
  if (!parsed->problems.empty()) {
    return invalid_argument(fmt::format("{} rows do not parse, first: {}; see `qtb data validate`",
                                        parsed->failed_rows,
                                        data::to_string(parsed->problems.front())));
  }
  std::vector<Bar> bars;
  for (const Bar& bar : parsed->bars) {
    if (bar.ts >= range.from && bar.ts < range.to) bars.push_back(bar);
  }
  for (std::size_t i = 1; i < bars.size(); ++i) {
    if (bars[i].ts <= bars[i - 1].ts) {
      return invalid_argument(*path + ": timestamps not strictly increasing at " +
                              bars[i].ts.to_iso8601());
    }
  }
  return bars;
}

Result<std::vector<LoadedSeries>> load_series(const BacktestOptions& options, CliContext& context) {
  Result<TimeRange> range = parse_time_range(options.from, options.to);
  if (!range.ok()) return range.error();
  const std::vector<std::string> symbols = split_symbols(options.symbols);
  if (symbols.empty()) return invalid_argument("--symbols: give at least one symbol");
  std::vector<LoadedSeries> out;
  if (!options.data_dir.empty()) {
    for (const std::string& symbol : symbols) {
      Result<std::vector<Bar>> bars = load_csv_bars(options.data_dir, symbol, *range);
      if (!bars.ok()) return bars.error();
      out.push_back(LoadedSeries{symbol, std::move(*bars)});
    }
    return out;
  }
  Result<BarInterval> interval = BarInterval::parse(options.interval);
  if (!interval.ok()) return interval.error().with_context("--interval");
  Result<std::unique_ptr<store::Store>> opened = context.open_store();
  if (!opened.ok()) return opened.error();
  store::MarketDataRepository repository(**opened);
  for (const std::string& symbol : symbols) {
    Result<StoredSeries> series = load_stored_series(repository, symbol, *interval, *range);
    if (!series.ok()) return series.error();
    out.push_back(LoadedSeries{symbol, std::move(series->bars)});
  }
  return out;
}

int run_backtest_command(const BacktestOptions& options, CliContext& context) {
  // Wall time goes to stderr only, never into the output files.
  const auto started = std::chrono::steady_clock::now();  // determinism-ok: stderr timing

  Result<std::unique_ptr<CommissionModel>> commission = parse_commission_model(options.commission);
  if (!commission.ok()) return fail(commission.error(), kExitUsage);
  Result<FillTiming> fill = parse_fill_timing(options.fill);
  if (!fill.ok()) return fail(fill.error(), kExitUsage);
  Result<PositionSizing> sizing = parse_position_sizing(options.size);
  if (!sizing.ok()) return fail(sizing.error(), kExitUsage);
  Result<Money> cash = Money::parse(options.cash);
  if (!cash.ok()) return fail(cash.error().with_context("--cash"), kExitUsage);
  if (!cash->is_positive()) return fail(invalid_argument("--cash: must be positive"), kExitUsage);
  if (options.out.empty())
    return fail(invalid_argument("--out: give an output directory"), kExitUsage);
  const StrategyRegistry registry = strategies::builtin_strategy_registry();
  Result<StrategyConfig> config = registry.configure(options.strategy, options.params, *sizing);
  if (!config.ok()) return fail(config.error(), kExitUsage);

  Result<std::vector<LoadedSeries>> loaded = load_series(options, context);
  if (!loaded.ok()) return fail(loaded.error());
  for (const LoadedSeries& s : *loaded) {
    if (s.bars.empty()) {
      return fail(Error(ErrorCode::kNotFound, s.symbol + ": no bars in the --from/--to range"));
    }
  }
  std::vector<SymbolSeries> series;
  for (const LoadedSeries& s : *loaded) series.push_back(SymbolSeries{s.symbol, s.bars});
  std::unique_ptr<Strategy> strategy = registry.create(options.strategy, *config);
  Result<BacktestJournal> journal =
      run_backtest(series, *strategy, BacktestConfig{*cash, *fill, commission->get()});
  if (!journal.ok()) return fail(journal.error(), kExitUsage);

  report::BacktestRunInfo info{options.strategy, {},           options.commission,
                               options.fill,     options.size, *cash};
  for (const auto& [name, value] : config->params.values()) info.params[name] = value;
  const Status written = report::write_backtest_outputs(options.out, *journal, info);
  if (!written.ok()) return fail(written.error());
  const Money equity = journal->final_cash + journal->final_positions_value;
  fmt::print("backtest: {} on {}: {} bars, {} fills, final equity {}; wrote {}/summary.json\n",
             options.strategy, options.symbols, journal->bars_processed, journal->fills.size(),
             equity.to_string(2), options.out);
  const auto finished = std::chrono::steady_clock::now();  // determinism-ok: stderr timing
  const std::chrono::duration<double> wall = finished - started;
  fmt::print(stderr, "backtest: wall_time_s={:.3f} events={}\n", wall.count(), journal->events);
  return kExitOk;
}

int run_strategies_list() {
  const StrategyRegistry registry = strategies::builtin_strategy_registry();
  for (const StrategyInfo* info : registry.list()) {
    fmt::print("{:<14} {}\n", info->name, info->description);
    for (const ParamSpec& p : info->params) {
      fmt::print("{:<14}   {} ({}, default {}, range {}..{}): {}\n", "", p.name,
                 p.type == ParamType::kInt ? "int" : "double", p.default_value, p.min, p.max,
                 p.description);
    }
  }
  return kExitOk;
}

}  // namespace

void add_backtest_commands(CLI::App& app, CommandRunner& selected) {
  auto o = std::make_shared<BacktestOptions>();
  CLI::App* command =
      app.add_subcommand("backtest",
                         "run a strategy over history and write summary.json, equity/orders/fills/"
                         "trades CSVs (docs/backtest.md)");
  command->add_option("--data", o->data_dir,
                      "directory searched for <SYMBOL>.csv (default: the store, see --store)");
  command->add_option("--interval", o->interval, "bar interval to load from the store")
      ->capture_default_str();
  command->add_option("--symbols", o->symbols, "comma-separated symbols, e.g. SPY,QQQ")->required();
  command->add_option("--strategy", o->strategy, "strategy name (see `qtb strategies`)")
      ->capture_default_str();
  command->add_option("--param", o->params, "strategy parameter name=value, repeatable");
  command->add_option("--size", o->size, "position size: shares:N")->capture_default_str();
  command->add_option("--cash", o->cash, "starting cash in USD")->capture_default_str();
  command
      ->add_option("--commission", o->commission,
                   "none, ib_fixed, per_order:X, per_share:X or bps:X")
      ->capture_default_str();
  command->add_option("--fill", o->fill, "next_open or close")->capture_default_str();
  command->add_option("--from", o->from, "first date or instant (inclusive)");
  command->add_option("--to", o->to, "last date (inclusive) or instant (exclusive)");
  command->add_option("--out", o->out, "output directory")->required();
  command->callback([o, &selected] {
    selected = [o](CliContext& context) { return run_backtest_command(*o, context); };
  });
  CLI::App* list = app.add_subcommand("strategies", "list built-in strategies and parameters");
  list->callback([&selected] { selected = [](CliContext&) { return run_strategies_list(); }; });
}

}  // namespace qtb::cli
