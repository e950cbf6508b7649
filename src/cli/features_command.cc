// `qtb features`: builds an ML feature matrix (and optional forward-return labels) from a bar
// CSV as a features.toml describes (src/ml/feature_pipeline.h).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <memory>

#include "cli/cli_context.h"
#include "cli/commands.h"
#include "data/csv_bar_reader.h"
#include "indicators/registry.h"
#include "ml/feature_pipeline.h"

namespace qtb::cli {
namespace {

struct FeaturesOptions {
  std::string config;
  std::string input;
  std::string out;
};

int run_features(const FeaturesOptions& options) {
  Config spec_config;
  const Status loaded = spec_config.load_toml_file(options.config);
  if (!loaded.ok()) return fail(loaded.error(), kExitUsage);
  Result<ml::FeatureSpec> spec = ml::load_feature_spec(spec_config);
  if (!spec.ok()) return fail(spec.error(), kExitUsage);
  Result<data::ParsedBars> parsed = data::read_bar_csv(options.input);
  if (!parsed.ok()) return fail(parsed.error());
  if (!parsed->problems.empty()) {
    return fail(invalid_argument(
        fmt::format("{} rows do not parse, first: {}; see `qtb data validate`", parsed->failed_rows,
                    data::to_string(parsed->problems.front()))));
  }
  const ind::IndicatorRegistry registry = ind::IndicatorRegistry::with_builtins();
  Result<ml::FeatureMatrix> matrix = ml::build_features(*spec, parsed->bars, registry);
  if (!matrix.ok()) return fail(matrix.error().with_context(options.config), kExitUsage);
  const std::string text = ml::feature_matrix_csv(*matrix, parsed->all_dates);
  const Status written = write_output(options.out, text);
  if (!written.ok()) return fail(written.error());
  if (options.out.empty()) return kExitOk;
  fmt::print(stderr, "{}: {} rows x {} columns ({} labels) -> {}\n", options.input, matrix->rows(),
             matrix->names.size(), matrix->label_count, options.out);
  return kExitOk;
}

}  // namespace

void add_features_command(CLI::App& app, CommandRunner& selected) {
  auto options = std::make_shared<FeaturesOptions>();
  CLI::App* command = app.add_subcommand(
      "features", "build an ML feature matrix (and forward-return labels) from a bar CSV");
  command->add_option("--config", options->config, "features.toml ([features], [labels])")
      ->required();
  command->add_option("--input", options->input, "bar CSV")->required();
  command->add_option("--out", options->out, "output CSV (default: standard output)");
  command->callback([options, &selected] {
    selected = [options](CliContext&) { return run_features(*options); };
  });
}

}  // namespace qtb::cli
