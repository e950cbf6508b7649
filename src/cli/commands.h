// Registration of the `qtb` subcommands. Each add_* function declares a command's flags on
// `app`; when the user picks that command, parsing stores its runner in `selected`, and main()
// runs it with the CliContext built from the global flags.
#pragma once

#include <functional>

namespace CLI {
class App;
}

namespace qtb::cli {

class CliContext;
using CommandRunner = std::function<int(CliContext&)>;

void add_data_validate_command(CLI::App& data, CommandRunner& selected);
void add_data_import_command(CLI::App& data, CommandRunner& selected);
void add_data_list_command(CLI::App& data, CommandRunner& selected);
void add_data_export_command(CLI::App& data, CommandRunner& selected);
void add_data_resample_command(CLI::App& data, CommandRunner& selected);
void add_data_actions_commands(CLI::App& data, CommandRunner& selected);
void add_data_symbols_commands(CLI::App& data, CommandRunner& selected);
void add_data_cache_commands(CLI::App& data, CommandRunner& selected);
void add_config_commands(CLI::App& app, CommandRunner& selected);
void add_indicators_command(CLI::App& app, CommandRunner& selected);
void add_features_command(CLI::App& app, CommandRunner& selected);
void add_backtest_commands(CLI::App& app, CommandRunner& selected);
void add_metrics_command(CLI::App& app, CommandRunner& selected);
void add_tax_commands(CLI::App& app, CommandRunner& selected);

}  // namespace qtb::cli
