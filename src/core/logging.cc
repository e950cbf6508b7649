#include "core/logging.h"

#include <fmt/format.h>
#include <spdlog/logger.h>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/ostream_sink.h>
#include <spdlog/sinks/stdout_sinks.h>

#include <array>
#include <cctype>
#include <chrono>
#include <cmath>
#include <vector>

#include "core/config.h"
#include "core/secrets.h"

namespace qtb {
namespace {

constexpr std::array<const char*, 7> kLevelNames = {"trace", "debug",    "info", "warn",
                                                    "error", "critical", "off"};
constexpr std::array<const char*, 7> kUpperLevelNames = {"TRACE", "DEBUG",    "INFO", "WARN",
                                                         "ERROR", "CRITICAL", "OFF"};

std::size_t level_index(LogLevel level) { return static_cast<std::size_t>(level); }

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

spdlog::level::level_enum to_spdlog(LogLevel level) {
  switch (level) {
    case LogLevel::kTrace:
      return spdlog::level::trace;
    case LogLevel::kDebug:
      return spdlog::level::debug;
    case LogLevel::kInfo:
      return spdlog::level::info;
    case LogLevel::kWarn:
      return spdlog::level::warn;
    case LogLevel::kError:
      return spdlog::level::err;
    case LogLevel::kCritical:
      return spdlog::level::critical;
    case LogLevel::kOff:
      return spdlog::level::off;
  }
  return spdlog::level::off;
}

Timestamp wall_now() {
  // Log lines carry wall time unless the caller injects a clock (a backtest passes its own).
  const auto wall = std::chrono::system_clock::now();  // determinism-ok: log stamps only
  const auto since_epoch = wall.time_since_epoch();
  return Timestamp::from_ns(static_cast<int64_t>(
      std::chrono::duration_cast<std::chrono::nanoseconds>(since_epoch).count()));
}

// Appends `text` with JSON string escapes (RFC 8259 §7), without the surrounding quotes.
void append_escaped(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(static_cast<unsigned char>(c)));
        } else {
          out.push_back(c);
        }
    }
  }
}

void append_quoted(std::string& out, std::string_view text) {
  out.push_back('"');
  append_escaped(out, text);
  out.push_back('"');
}

// Text-format values are bare unless they would be ambiguous.
bool needs_quotes(std::string_view text) {
  if (text.empty()) return true;
  for (char c : text) {
    if (c == ' ' || c == '"' || c == '=' || static_cast<unsigned char>(c) < 0x20) return true;
  }
  return false;
}

// A field value after redaction, as JSON (`json`) or as the text format writes it.
void append_value(std::string& out, const LogField::Value& value, bool json) {
  if (const auto* s = std::get_if<std::string>(&value)) {
    const std::string clean = redact_secrets(*s);
    if (json || needs_quotes(clean)) {
      append_quoted(out, clean);
    } else {
      out += clean;
    }
  } else if (const auto* i = std::get_if<int64_t>(&value)) {
    out += fmt::format("{}", *i);
  } else if (const auto* u = std::get_if<uint64_t>(&value)) {
    out += fmt::format("{}", *u);
  } else if (const auto* d = std::get_if<double>(&value)) {
    // JSON has no NaN or infinity.
    out += json && !std::isfinite(*d) ? std::string("null") : fmt::format("{}", *d);
  } else {
    out += std::get<bool>(value) ? "true" : "false";
  }
}

using SecretNames = std::set<std::string, std::less<>>;

bool is_secret_field(std::string_view name, const SecretNames& extra) {
  return is_secret_name(name) || extra.contains(name);
}

// {"ts":"...","level":"info","msg":"...","fields":{...}}
std::string render_json(Timestamp ts, LogLevel level, std::string_view msg, LogFields fields,
                        const SecretNames& secrets) {
  std::string line;
  line.reserve(64 + msg.size() + 24 * fields.size());
  line += "{\"ts\":\"" + ts.to_iso8601() + "\",\"level\":\"" + kLevelNames[level_index(level)] +
          "\",\"msg\":";
  append_quoted(line, redact_secrets(msg));
  line += ",\"fields\":{";
  bool first = true;
  for (const LogField& field : fields) {
    if (!first) line.push_back(',');
    first = false;
    append_quoted(line, field.key());
    line.push_back(':');
    if (is_secret_field(field.key(), secrets)) {
      append_quoted(line, kRedacted);
    } else {
      append_value(line, field.value(), /*json=*/true);
    }
  }
  line += "}}";
  return line;
}

// 2024-01-02T14:30:00Z INFO msg key=value key="two words"
std::string render_text(Timestamp ts, LogLevel level, std::string_view msg, LogFields fields,
                        const SecretNames& secrets) {
  std::string line;
  line.reserve(64 + msg.size() + 24 * fields.size());
  line += ts.to_iso8601() + " " + kUpperLevelNames[level_index(level)] + " ";
  append_escaped(line, redact_secrets(msg));
  for (const LogField& field : fields) {
    line += " " + field.key() + "=";
    if (is_secret_field(field.key(), secrets)) {
      line += kRedacted;
    } else {
      append_value(line, field.value(), /*json=*/false);
    }
  }
  return line;
}

}  // namespace

Result<LogLevel> parse_log_level(std::string_view text) {
  const std::string name = to_lower(text);
  if (name == "warning") return LogLevel::kWarn;
  for (std::size_t i = 0; i < kLevelNames.size(); ++i) {
    if (name == kLevelNames[i]) return static_cast<LogLevel>(i);
  }
  return invalid_argument("unknown log level \"" + std::string(text) +
                          "\" (trace|debug|info|warn|error|critical|off)");
}

const char* log_level_name(LogLevel level) { return kLevelNames[level_index(level)]; }

Result<LogFormat> parse_log_format(std::string_view text) {
  const std::string name = to_lower(text);
  if (name == "text") return LogFormat::kText;
  if (name == "json") return LogFormat::kJson;
  return invalid_argument("unknown log format \"" + std::string(text) + "\" (text|json)");
}

Logger::Logger(std::shared_ptr<spdlog::logger> sink, LoggerOptions options)
    : sink_(std::move(sink)), options_(std::move(options)) {
  if (!options_.now) options_.now = wall_now;
  // The line is rendered here; spdlog only routes it.
  sink_->set_pattern("%v");
  sink_->set_level(to_spdlog(options_.level));
  sink_->flush_on(spdlog::level::warn);
}

Logger::Logger(Logger&&) noexcept = default;
Logger& Logger::operator=(Logger&&) noexcept = default;
Logger::~Logger() = default;

Result<Logger> Logger::create(LoggerOptions options) {
  std::vector<spdlog::sink_ptr> sinks;
  if (options.to_stderr) sinks.push_back(std::make_shared<spdlog::sinks::stderr_sink_mt>());
  if (!options.file.empty()) {
    try {
      sinks.push_back(std::make_shared<spdlog::sinks::basic_file_sink_mt>(options.file));
    } catch (const spdlog::spdlog_ex& e) {
      return Error(ErrorCode::kIoError, "log file " + options.file + ": " + e.what());
    }
  }
  auto sink = std::make_shared<spdlog::logger>("qtb", sinks.begin(), sinks.end());
  return Logger(std::move(sink), std::move(options));
}

Logger Logger::to_stream(std::ostream& out, LoggerOptions options) {
  auto stream = std::make_shared<spdlog::sinks::ostream_sink_mt>(out, /*force_flush=*/true);
  return Logger(std::make_shared<spdlog::logger>("qtb", std::move(stream)), std::move(options));
}

Result<Logger> Logger::from_config(const Config& config, std::function<Timestamp()> now) {
  LoggerOptions options;
  options.now = std::move(now);
  const auto fail = [&config](std::string_view key, const Error& error) {
    return Error(ErrorCode::kConfig,
                 config.source_of(key) + " " + std::string(key) + ": " + error.message());
  };
  if (config.has("log.level")) {
    Result<LogLevel> level = parse_log_level(config.get_string("log.level").value_or(""));
    if (!level.ok()) return fail("log.level", level.error());
    options.level = *level;
  }
  if (config.has("log.format")) {
    Result<LogFormat> format = parse_log_format(config.get_string("log.format").value_or(""));
    if (!format.ok()) return fail("log.format", format.error());
    options.format = *format;
  }
  if (config.has("log.file")) {
    Result<std::string> file = config.get_string("log.file");
    if (!file.ok()) return file.error();
    options.file = *file;
  }
  if (config.has("log.stderr")) {
    Result<bool> to_stderr = config.get_bool("log.stderr");
    if (!to_stderr.ok()) return to_stderr.error();
    options.to_stderr = *to_stderr;
  }
  for (const std::string& key : config.marked_secrets()) {
    const std::size_t dot = key.rfind('.');
    options.secret_fields.insert(dot == std::string::npos ? key : key.substr(dot + 1));
  }
  return create(std::move(options));
}

bool Logger::enabled(LogLevel level) const {
  return sink_ != nullptr && level != LogLevel::kOff && sink_->should_log(to_spdlog(level));
}

void Logger::set_level(LogLevel level) {
  options_.level = level;
  sink_->set_level(to_spdlog(level));
}

void Logger::add_secret_field(std::string_view name) {
  options_.secret_fields.insert(std::string(name));
}

void Logger::flush() { sink_->flush(); }

void Logger::log(LogLevel level, std::string_view msg, LogFields fields) {
  if (!enabled(level)) return;
  const Timestamp ts = options_.now();
  const std::string line = options_.format == LogFormat::kJson
                               ? render_json(ts, level, msg, fields, options_.secret_fields)
                               : render_text(ts, level, msg, fields, options_.secret_fields);
  sink_->log(spdlog::source_loc{}, to_spdlog(level),
             spdlog::string_view_t(line.data(), line.size()));
}

}  // namespace qtb
