#include "cli/cli_context.h"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>

#include "core/secrets.h"

namespace qtb::cli {

CliContext::CliContext(Config config, Logger logger)
    : config_(std::move(config)), logger_(std::move(logger)), calendar_(ExchangeCalendar::nyse()) {}

Result<std::unique_ptr<CliContext>> CliContext::create(const GlobalOptions& options) {
  ConfigFiles files;
  if (!options.config_file.empty()) files.toml = options.config_file;
  Result<Config> config = load_config(files, process_environment());
  if (!config.ok()) return config.error();
  // Commands print their results on stdout; the log (stderr) only speaks up for problems
  // unless the user asks for more.
  config->set_default("log.level", "warn");
  if (!options.store_url.empty()) config->set_override("store.url", options.store_url, "--store");
  if (!options.log_level.empty()) {
    config->set_override("log.level", options.log_level, "--log-level");
  }
  if (!options.log_format.empty()) {
    config->set_override("log.format", options.log_format, "--log-format");
  }
  Result<Logger> logger = Logger::from_config(*config);
  if (!logger.ok()) return logger.error();
  return std::unique_ptr<CliContext>(new CliContext(std::move(*config), std::move(*logger)));
}

std::string CliContext::store_url() const {
  Result<std::string> url = config_.get_string("store.url");
  return url.ok() ? *url : std::string(store::kDefaultStoreUrl);
}

Result<std::unique_ptr<store::Store>> CliContext::open_store() const {
  const std::string url = store_url();
  Result<std::unique_ptr<store::Store>> opened = store::open_store(url);
  if (!opened.ok()) return opened.error().with_context("store " + redact_secrets(url));
  return opened;
}

Status write_output(const std::string& path, std::string_view text) {
  if (path.empty()) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    return {};
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out.flush()) return Error(ErrorCode::kIoError, fmt::format("{}: cannot write", path));
  return {};
}

int fail(const Error& error, int exit_code) {
  std::fprintf(stderr, "qtb: %s\n", redact_secrets(error.message()).c_str());
  return exit_code;
}

}  // namespace qtb::cli
