// `qtb config show`: every configuration key with its value and where it came from; secrets
// print as ***.
#include <fmt/format.h>

#include <CLI/CLI.hpp>

#include "cli/cli_context.h"
#include "cli/commands.h"
#include "core/secrets.h"

namespace qtb::cli {

void add_config_commands(CLI::App& app, CommandRunner& selected) {
  CLI::App* config = app.add_subcommand("config", "inspect the configuration");
  config->require_subcommand(1);
  CLI::App* show =
      config->add_subcommand("show", "print every key, its value (secrets masked) and its source");
  show->callback([&selected] {
    selected = [](CliContext& context) {
      fmt::print("{}", context.config().dump());
      fmt::print("# effective store: {}\n", redact_secrets(context.store_url()));
      return kExitOk;
    };
  });
}

}  // namespace qtb::cli
