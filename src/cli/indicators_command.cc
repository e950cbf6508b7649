// `qtb indicators`: computes indicators over a bar CSV and writes one column per output, or
// lists every indicator with its parameters and outputs (--list).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>

#include "cli/cli_context.h"
#include "cli/commands.h"
#include "data/column_mapping.h"
#include "data/csv_bar_reader.h"
#include "indicators/registry.h"

namespace qtb::cli {
namespace {

struct IndicatorsOptions {
  std::string input;
  std::string columns;
  std::vector<std::string> specs;
  std::string out;
  bool list = false;
};

std::string format_param(double value) { return fmt::format("{}", value); }

int run_list() {
  const ind::IndicatorRegistry registry = ind::IndicatorRegistry::with_builtins();
  for (const ind::IndicatorInfo* info : registry.list()) {
    std::string params;
    for (const ind::ParamSpec& p : info->params) {
      if (!params.empty()) params += ", ";
      params += fmt::format("{}={} [{}..{}]", p.name, format_param(p.default_value),
                            format_param(p.min), format_param(p.max));
    }
    std::string outputs;
    for (const std::string& o : info->outputs) outputs += (outputs.empty() ? "" : ",") + o;
    fmt::print("{:<20} {:<11} {}\n{:<20} params: {}\n{:<20} outputs: {}{}\n", info->name,
               info->group, info->description, "", params.empty() ? "none" : params, "", outputs,
               info->talib_name.empty() ? "" : fmt::format("  (TA-Lib {})", info->talib_name));
  }
  return kExitOk;
}

struct Column {
  std::string name;
  std::vector<double> values;
};

// Column names: the indicator's output names; when an indicator is requested more than once,
// each instance's names carry its parameters ("sma_10", "sma_30").
std::vector<std::string> column_names(const ind::Indicator& indicator, bool duplicated) {
  std::string suffix;
  if (duplicated) {
    for (const double p : indicator.params()) suffix += "_" + format_param(p);
  }
  std::vector<std::string> names;
  for (const std::string& output : indicator.info().outputs) names.push_back(output + suffix);
  return names;
}

Result<std::vector<Column>> compute_columns(const IndicatorsOptions& options,
                                            const data::ParsedBars& parsed) {
  const ind::IndicatorRegistry registry = ind::IndicatorRegistry::with_builtins();
  std::vector<std::unique_ptr<ind::Indicator>> indicators;
  std::map<std::string, int> uses;
  for (const std::string& spec : options.specs) {
    Result<ind::IndicatorRequest> request = ind::parse_indicator_spec(spec);
    if (!request.ok()) return request.error().with_context("--indicator");
    Result<std::unique_ptr<ind::Indicator>> indicator = registry.create(*request);
    if (!indicator.ok()) return indicator.error().with_context("--indicator " + spec);
    ++uses[request->name];
    indicators.push_back(std::move(*indicator));
  }
  const std::size_t n = parsed.bars.size();
  std::vector<double> open(n), high(n), low(n), close(n), volume(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Bar& bar = parsed.bars[i];
    open[i] = bar.open.to_double();
    high[i] = bar.high.to_double();
    low[i] = bar.low.to_double();
    close[i] = bar.close.to_double();
    volume[i] = bar.volume.to_double();
  }
  const ind::BarColumns columns{open, high, low, close, volume};
  std::vector<Column> out;
  for (const auto& indicator : indicators) {
    const std::vector<std::string> names =
        column_names(*indicator, uses[indicator->info().name] > 1);
    const std::size_t first = out.size();
    for (const std::string& name : names) out.push_back(Column{name, std::vector<double>(n)});
    std::vector<std::span<double>> spans;
    for (std::size_t k = first; k < out.size(); ++k) spans.emplace_back(out[k].values);
    indicator->compute(columns, spans);
  }
  return out;
}

std::string render_csv(const data::ParsedBars& parsed, const std::vector<Column>& columns) {
  std::string text = "timestamp";
  for (const Column& c : columns) text += "," + c.name;
  text += '\n';
  for (std::size_t i = 0; i < parsed.bars.size(); ++i) {
    const Timestamp ts = parsed.bars[i].ts;
    text += parsed.all_dates ? ts.utc_date().to_string() : ts.to_iso8601();
    for (const Column& c : columns) {
      text += ',';
      // Shortest text that reads back as the same double; empty inside the lookback.
      if (!std::isnan(c.values[i])) text += fmt::format("{}", c.values[i]);
    }
    text += '\n';
  }
  return text;
}

int run_indicators(const IndicatorsOptions& options) {
  if (options.list) return run_list();
  if (options.input.empty() || options.specs.empty()) {
    return fail(invalid_argument("give --input and at least one --indicator (or --list)"),
                kExitUsage);
  }
  data::CsvReadOptions read_options;
  if (!options.columns.empty()) {
    Result<data::ColumnMapping> mapping = data::parse_column_spec(options.columns);
    if (!mapping.ok()) return fail(mapping.error().with_context("--columns"), kExitUsage);
    read_options.columns = *mapping;
  }
  Result<data::ParsedBars> parsed = data::read_bar_csv(options.input, read_options);
  if (!parsed.ok()) return fail(parsed.error());
  if (!parsed->problems.empty()) {
    return fail(invalid_argument(
        fmt::format("{} rows do not parse, first: {}; see `qtb data validate`", parsed->failed_rows,
                    data::to_string(parsed->problems.front()))));
  }
  Result<std::vector<Column>> columns = compute_columns(options, *parsed);
  if (!columns.ok()) return fail(columns.error(), kExitUsage);
  const std::string text = render_csv(*parsed, *columns);
  const Status written = write_output(options.out, text);
  return written.ok() ? kExitOk : fail(written.error());
}

}  // namespace

void add_indicators_command(CLI::App& app, CommandRunner& selected) {
  auto options = std::make_shared<IndicatorsOptions>();
  CLI::App* command = app.add_subcommand(
      "indicators", "compute technical indicators (TA-Lib conventions) over a bar CSV");
  command->add_option("--input", options->input, "bar CSV (timestamp,open,high,low,close,volume)");
  command->add_option("--columns", options->columns, "column mapping of --input");
  command->add_option("--indicator", options->specs,
                      "NAME[:p1,p2,...], repeatable, e.g. sma:30 macd:12,26,9 bbands:20,2,2");
  command->add_option("--out", options->out, "output CSV (default: standard output)");
  command->add_flag("--list", options->list, "list every indicator, its parameters and outputs");
  command->callback([options, &selected] {
    selected = [options](CliContext&) { return run_indicators(*options); };
  });
}

}  // namespace qtb::cli
