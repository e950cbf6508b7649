// CliContext: what every `qtb` command shares — the layered configuration, the logger, the
// store URL and the exchange calendar. Built once in main() and passed by reference.
// Single-threaded.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/calendar.h"
#include "core/config.h"
#include "core/logging.h"
#include "core/result.h"
#include "store/store.h"

namespace qtb::cli {

// Options every command accepts (see main.cc).
struct GlobalOptions {
  std::string config_file;  // --config; else $QTB_CONFIG or ./qtb.toml when present
  std::string store_url;    // --store; else config store.url; else sqlite:qtb.db
  std::string log_level;    // --log-level
  std::string log_format;   // --log-format
};

// Process exit codes: 0 success, 1 the command ran and found errors (invalid data, failed
// import), 2 bad usage or configuration.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;
inline constexpr int kExitUsage = 2;

class CliContext {
 public:
  // Loads configuration (defaults, TOML, .env, environment, then the flags in `options`).
  static Result<std::unique_ptr<CliContext>> create(const GlobalOptions& options);

  const Config& config() const { return config_; }
  Logger& logger() { return *logger_; }
  // The store URL to use: --store, then store.url from the configuration, then the default.
  std::string store_url() const;
  // Opens (and migrates) the store; the error names the URL with its password masked.
  Result<std::unique_ptr<store::Store>> open_store() const;
  const ExchangeCalendar& calendar() const { return calendar_; }

 private:
  CliContext(Config config, Logger logger);

  Config config_;
  std::optional<Logger> logger_;
  ExchangeCalendar calendar_;
};

// Writes `text` to the file at `path`, or to standard output when `path` is empty.
// A file that cannot be written is a kIoError naming it.
Status write_output(const std::string& path, std::string_view text);

// Prints "qtb: <message>" to stderr and returns `exit_code`.
int fail(const Error& error, int exit_code = kExitFailure);

}  // namespace qtb::cli
