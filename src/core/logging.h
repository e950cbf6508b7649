// Logger: structured logging over spdlog. A line is a message plus typed fields, written as
// text (`2024-01-02T14:30:00Z INFO bars imported symbol=SPY rows=5105`) or as one JSON object
// per line (`{"ts":"...","level":"info","msg":"bars imported","fields":{"symbol":"SPY",...}}`).
//
// Redaction happens before anything is written: a field whose name is a secret
// (is_secret_name, or added with add_secret_field) prints as "***", and passwords inside URLs
// or conninfo strings in the message and string fields are masked (redact_secrets).
//
// There is no global logger: create one and pass it by reference. The spdlog logger inside is
// built from its own sinks and never registered in spdlog's registry.
// Thread-safe for logging: spdlog's *_mt sinks write one whole line under a lock. Call
// set_level and add_secret_field before sharing the Logger across threads. A Logger made by
// to_stream must not outlive its stream; a moved-from Logger may only be destroyed or assigned.
#pragma once

#include <concepts>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <iosfwd>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <variant>

#include "core/date.h"
#include "core/result.h"

namespace spdlog {
class logger;
}  // namespace spdlog

namespace qtb {

class Config;

enum class LogLevel { kTrace, kDebug, kInfo, kWarn, kError, kCritical, kOff };
enum class LogFormat { kText, kJson };

// "trace", "debug", "info", "warn" (or "warning"), "error", "critical", "off"; any case.
Result<LogLevel> parse_log_level(std::string_view text);
// Lower-case name, e.g. "info".
const char* log_level_name(LogLevel level);
// "text" or "json"; any case.
Result<LogFormat> parse_log_format(std::string_view text);

// One structured field: a name and a string, integer, floating-point or boolean value.
// Log prices and money as text (`px.to_string()`), so they stay exact.
class LogField {
 public:
  using Value = std::variant<std::string, int64_t, uint64_t, double, bool>;

  LogField(std::string_view key, std::string_view value) : key_(key), value_(std::string(value)) {}
  LogField(std::string_view key, const char* value) : key_(key), value_(std::string(value)) {}
  LogField(std::string_view key, const std::string& value) : key_(key), value_(value) {}
  template <std::signed_integral T>
  LogField(std::string_view key, T value) : key_(key), value_(static_cast<int64_t>(value)) {}
  template <std::unsigned_integral T>
  requires(!std::same_as<T, bool>) LogField(std::string_view key, T value)
      : key_(key), value_(static_cast<uint64_t>(value)) {}
  template <std::same_as<bool> T>
  LogField(std::string_view key, T value) : key_(key), value_(value) {}
  template <std::floating_point T>
  LogField(std::string_view key, T value) : key_(key), value_(static_cast<double>(value)) {}

  const std::string& key() const { return key_; }
  const Value& value() const { return value_; }

 private:
  std::string key_;
  Value value_;
};

using LogFields = std::initializer_list<LogField>;

struct LoggerOptions {
  LogLevel level = LogLevel::kInfo;
  LogFormat format = LogFormat::kText;
  std::string file;       // appended to when non-empty
  bool to_stderr = true;  // ignored by Logger::to_stream
  // Stamps each line; wall time when empty. Pass the kernel's clock to log simulated time.
  std::function<Timestamp()> now;
  // Field names to mask besides those is_secret_name recognises.
  std::set<std::string, std::less<>> secret_fields;
};

class Logger {
 public:
  // Writes to stderr and/or `options.file`. Fails with kIoError naming the file if it cannot
  // be opened.
  static Result<Logger> create(LoggerOptions options);
  // Reads log.level, log.format, log.file and log.stderr (default true); the config's marked
  // secrets are masked as fields too. Errors name the key and its source.
  static Result<Logger> from_config(const Config& config, std::function<Timestamp()> now = nullptr);
  // Writes to `out` only, flushing every line (tests, embedding).
  static Logger to_stream(std::ostream& out, LoggerOptions options);

  Logger(Logger&&) noexcept;
  Logger& operator=(Logger&&) noexcept;
  ~Logger();

  void log(LogLevel level, std::string_view msg, LogFields fields = {});
  void trace(std::string_view msg, LogFields fields = {}) { log(LogLevel::kTrace, msg, fields); }
  void debug(std::string_view msg, LogFields fields = {}) { log(LogLevel::kDebug, msg, fields); }
  void info(std::string_view msg, LogFields fields = {}) { log(LogLevel::kInfo, msg, fields); }
  void warn(std::string_view msg, LogFields fields = {}) { log(LogLevel::kWarn, msg, fields); }
  void error(std::string_view msg, LogFields fields = {}) { log(LogLevel::kError, msg, fields); }
  void critical(std::string_view msg, LogFields fields = {}) {
    log(LogLevel::kCritical, msg, fields);
  }

  // True when a line at `level` would be written; lets callers skip building costly fields.
  bool enabled(LogLevel level) const;
  void set_level(LogLevel level);
  void add_secret_field(std::string_view name);
  void flush();

 private:
  Logger(std::shared_ptr<spdlog::logger> sink, LoggerOptions options);

  std::shared_ptr<spdlog::logger> sink_;
  LoggerOptions options_;
};

}  // namespace qtb
