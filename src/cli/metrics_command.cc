// `qtb metrics --returns FILE.csv`: the performance metrics of a return series as JSON
// (docs/metrics.md). The CSV has a header with a `return` (or `returns`) column of simple
// per-period returns as plain decimals (0.01 = 1 %); other columns are ignored.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cli/cli_context.h"
#include "cli/commands.h"
#include "report/backtest_output.h"
#include "report/metrics.h"

namespace qtb::cli {
namespace {

struct MetricsOptions {
  std::string returns_file;
  double risk_free_rate = 0;
  double periods = 252;
};

std::vector<std::string> split_fields(const std::string& line) {
  std::vector<std::string> fields;
  std::stringstream stream(line);
  std::string field;
  while (std::getline(stream, field, ',')) {
    if (!field.empty() && field.back() == '\r') field.pop_back();
    fields.push_back(field);
  }
  return fields;
}

Result<std::vector<double>> read_returns(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(ErrorCode::kIoError, path + ": cannot open");
  std::string line;
  if (!std::getline(in, line)) return invalid_argument(path + ":1: empty file, expected a header");
  const std::vector<std::string> header = split_fields(line);
  std::size_t column = header.size();
  for (std::size_t i = 0; i < header.size(); ++i) {
    if (header[i] == "return" || header[i] == "returns") column = i;
  }
  if (column == header.size()) {
    return invalid_argument(path + ":1: no `return` column in the header");
  }
  std::vector<double> returns;
  for (int line_no = 2; std::getline(in, line); ++line_no) {
    if (line.empty() || line == "\r") continue;
    const std::vector<std::string> fields = split_fields(line);
    const std::string text = column < fields.size() ? fields[column] : "";
    double value = 0;
    // Returns are analytics, not money: double is the right type.
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value) ||
        value <= -1) {
      return invalid_argument(
          fmt::format("{}:{} return: not a return above -1 \"{}\"", path, line_no, text));
    }
    returns.push_back(value);
  }
  return returns;
}

int run_metrics(const MetricsOptions& options) {
  if (!(options.periods > 0))
    return fail(invalid_argument("--periods: must be positive"), kExitUsage);
  Result<std::vector<double>> returns = read_returns(options.returns_file);
  if (!returns.ok()) return fail(returns.error());
  const report::PerformanceMetrics m = report::compute_return_metrics(
      *returns, report::MetricsOptions{options.periods, options.risk_free_rate});
  const std::string json = report::render_metrics_json(m);
  std::fwrite(json.data(), 1, json.size(), stdout);
  return kExitOk;
}

}  // namespace

void add_metrics_command(CLI::App& app, CommandRunner& selected) {
  auto options = std::make_shared<MetricsOptions>();
  CLI::App* command =
      app.add_subcommand("metrics", "performance metrics of a return series as JSON");
  command->add_option("--returns", options->returns_file, "CSV with a `return` column")->required();
  command->add_option("--rf", options->risk_free_rate, "annual risk-free rate, e.g. 0.02")
      ->capture_default_str();
  command->add_option("--periods", options->periods, "periods per year")->capture_default_str();
  command->callback([options, &selected] {
    selected = [options](CliContext&) { return run_metrics(*options); };
  });
}

}  // namespace qtb::cli
