// qtb: the command-line entry point. Parses global flags and one subcommand, builds the shared
// CliContext, runs the command and maps failures to exit codes (cli_context.h).
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>

#include "cli/cli_context.h"
#include "cli/commands.h"

namespace {

constexpr const char* kVersion = "0.1.0";

int run(int argc, char** argv) {
  using qtb::cli::CommandRunner;
  CLI::App app{"qtb: research, trade and keep the books for US stocks and ETFs", "qtb"};
  app.require_subcommand(1);
  app.set_version_flag("--version", kVersion);
  qtb::cli::GlobalOptions global;
  app.add_option("--config", global.config_file, "TOML configuration file (default ./qtb.toml)");
  app.add_option(
      "--store", global.store_url,
      "store URL: sqlite:PATH (default sqlite:qtb.db) or postgresql://user@host:port/db");
  app.add_option("--log-level", global.log_level, "trace, debug, info, warn, error, off");
  app.add_option("--log-format", global.log_format, "text or json");

  CommandRunner selected;
  CLI::App* data = app.add_subcommand("data", "market data: import, validate, list, export, ...");
  data->require_subcommand(1);
  qtb::cli::add_data_import_command(*data, selected);
  qtb::cli::add_data_validate_command(*data, selected);
  qtb::cli::add_data_list_command(*data, selected);
  qtb::cli::add_data_export_command(*data, selected);
  qtb::cli::add_data_resample_command(*data, selected);
  qtb::cli::add_data_actions_commands(*data, selected);
  qtb::cli::add_data_symbols_commands(*data, selected);
  qtb::cli::add_data_cache_commands(*data, selected);
  qtb::cli::add_indicators_command(app, selected);
  qtb::cli::add_features_command(app, selected);
  qtb::cli::add_backtest_commands(app, selected);
  qtb::cli::add_metrics_command(app, selected);
  qtb::cli::add_tax_commands(app, selected);
  qtb::cli::add_config_commands(app, selected);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? qtb::cli::kExitOk : qtb::cli::kExitUsage;
  }
  qtb::Result<std::unique_ptr<qtb::cli::CliContext>> context = qtb::cli::CliContext::create(global);
  if (!context.ok()) return qtb::cli::fail(context.error(), qtb::cli::kExitUsage);
  return selected(**context);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    // Overflow, currency mismatch and other invariant failures end the run loudly.
    std::fprintf(stderr, "qtb: internal error: %s\n", e.what());
    return qtb::cli::kExitFailure;
  }
}
