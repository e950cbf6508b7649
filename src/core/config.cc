#include "core/config.h"

#include <unistd.h>

#include <cctype>
#include <charconv>
#include <fstream>
#include <sstream>
#include <system_error>

#include "core/config_parsers.h"
#include "core/secrets.h"

extern char** environ;  // POSIX; declared by no standard header

namespace qtb {
namespace {

std::string to_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())) != 0) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())) != 0) s.remove_suffix(1);
  return s;
}

Result<std::string> read_file(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return Error(ErrorCode::kNotFound, path.string() + ": file not found");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(ErrorCode::kIoError, path.string() + ": cannot open");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string in_quotes(std::string_view text) { return "\"" + std::string(text) + "\""; }

bool has_exponent(std::string_view text) {
  return text.find_first_of("eE") != std::string_view::npos;
}

// Wraps a parse failure as "source key: reason".
// A secret's value is never echoed, not even in an error.
Error config_error(const std::string& source, std::string_view key, const std::string& reason,
                   bool secret) {
  if (secret) return config_error(source, key, "invalid value (secret, not shown)", false);
  return Error(ErrorCode::kConfig, source + " " + to_lower(key) + ": " + reason);
}

// Text for an exact decimal getter, or why it cannot be one.
Result<std::string_view> exact_text(const std::string& source, std::string_view key,
                                    std::string_view text, bool exact, bool secret) {
  if (!exact || has_exponent(text)) {
    return config_error(source, key,
                        "write " + in_quotes(text) + " as plain decimals (no exponent) or quote it",
                        secret);
  }
  return trim(text);
}

}  // namespace

EnvironmentMap process_environment() {
  EnvironmentMap env;
  for (char** var = environ; var != nullptr && *var != nullptr; ++var) {
    const std::string_view entry(*var);
    const std::size_t eq = entry.find('=');
    if (eq == std::string_view::npos) continue;
    env.emplace(std::string(entry.substr(0, eq)), std::string(entry.substr(eq + 1)));
  }
  return env;
}

std::optional<std::string> env_name_to_key(std::string_view name) {
  constexpr std::string_view kPrefix = "QTB_";
  if (name.size() <= kPrefix.size() || name.substr(0, kPrefix.size()) != kPrefix) {
    return std::nullopt;
  }
  const std::string rest = to_lower(name.substr(kPrefix.size()));
  std::string key;
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '_' && i + 1 < rest.size() && rest[i + 1] == '_') {
      key.push_back('.');
      ++i;
    } else {
      key.push_back(rest[i]);
    }
  }
  return key;
}

void Config::put(std::string_view key, Entry entry) {
  std::string name = to_lower(key);
  auto it = entries_.find(name);
  if (it == entries_.end()) {
    entries_.emplace(std::move(name), std::move(entry));
  } else if (it->second.layer <= entry.layer) {
    it->second = std::move(entry);
  }
}

void Config::set_default(std::string_view key, std::string_view value) {
  put(key, Entry{ConfigLayer::kDefault, std::string(value), {}, false, true, "default"});
}

void Config::set_override(std::string_view key, std::string_view value, std::string_view source) {
  put(key, Entry{ConfigLayer::kOverride, std::string(value), {}, false, true, std::string(source)});
}

Status Config::load_toml_file(const std::filesystem::path& path) {
  Result<std::string> text = read_file(path);
  if (!text.ok()) return text.error();
  return load_toml_text(*text, path.string());
}

Status Config::load_toml_text(std::string_view text, std::string_view source_name) {
  Result<std::vector<config_detail::TomlValue>> values =
      config_detail::parse_toml(text, source_name);
  if (!values.ok()) return values.error();
  for (config_detail::TomlValue& v : *values) {
    put(v.key, Entry{ConfigLayer::kToml, std::move(v.text), std::move(v.items), v.is_list, v.exact,
                     std::string(source_name) + ":" + std::to_string(v.line)});
  }
  return {};
}

Status Config::load_dotenv_file(const std::filesystem::path& path) {
  Result<std::string> text = read_file(path);
  if (!text.ok()) return text.error();
  return load_dotenv_text(*text, path.string());
}

Status Config::load_dotenv_text(std::string_view text, std::string_view source_name) {
  Result<std::vector<config_detail::DotenvAssignment>> lines =
      config_detail::parse_dotenv(text, source_name);
  if (!lines.ok()) return lines.error();
  for (config_detail::DotenvAssignment& a : *lines) {
    const std::optional<std::string> key = env_name_to_key(a.name);
    if (!key) continue;
    put(*key, Entry{ConfigLayer::kDotenv,
                    std::move(a.value),
                    {},
                    false,
                    true,
                    std::string(source_name) + ":" + std::to_string(a.line)});
  }
  return {};
}

void Config::load_environment(const EnvironmentMap& env) {
  for (const auto& [name, value] : env) {
    const std::optional<std::string> key = env_name_to_key(name);
    if (!key) continue;
    put(*key, Entry{ConfigLayer::kEnvironment, value, {}, false, true, "env " + name});
  }
}

bool Config::has(std::string_view key) const { return entries_.contains(to_lower(key)); }

Result<const Config::Entry*> Config::find(std::string_view key) const {
  auto it = entries_.find(to_lower(key));
  if (it == entries_.end()) {
    return Error(ErrorCode::kNotFound, "config key " + in_quotes(to_lower(key)) + " is not set");
  }
  return &it->second;
}

Result<const Config::Entry*> Config::find_scalar(std::string_view key) const {
  Result<const Entry*> entry = find(key);
  if (entry.ok() && (*entry)->is_list) {
    return Error(ErrorCode::kConfig,
                 (*entry)->source + " " + to_lower(key) + ": is a list, expected one value");
  }
  return entry;
}

Result<std::string> Config::get_string(std::string_view key) const {
  Result<const Entry*> entry = find_scalar(key);
  if (!entry.ok()) return entry.error();
  return (*entry)->text;
}

Result<int64_t> Config::get_int(std::string_view key) const {
  Result<const Entry*> entry = find_scalar(key);
  if (!entry.ok()) return entry.error();
  std::string_view text = trim((*entry)->text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec == std::errc::result_out_of_range) {
    return config_error((*entry)->source, key, "integer out of range " + in_quotes((*entry)->text),
                        is_secret(key));
  }
  if (ec != std::errc() || end != text.data() + text.size()) {
    return config_error((*entry)->source, key, "not an integer " + in_quotes((*entry)->text),
                        is_secret(key));
  }
  return value;
}

Result<bool> Config::get_bool(std::string_view key) const {
  Result<const Entry*> entry = find_scalar(key);
  if (!entry.ok()) return entry.error();
  const std::string text = to_lower(trim((*entry)->text));
  if (text == "true" || text == "yes" || text == "on" || text == "1") return true;
  if (text == "false" || text == "no" || text == "off" || text == "0") return false;
  return config_error((*entry)->source, key,
                      "not a boolean " + in_quotes((*entry)->text) + " (true|false)",
                      is_secret(key));
}

Result<double> Config::get_double(std::string_view key) const {
  Result<const Entry*> entry = find_scalar(key);
  if (!entry.ok()) return entry.error();
  std::string_view text = trim((*entry)->text);
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return config_error((*entry)->source, key, "not a number " + in_quotes((*entry)->text),
                        is_secret(key));
  }
  return value;
}

Result<Price> Config::get_price(std::string_view key) const {
  Result<const Entry*> entry = find_scalar(key);
  if (!entry.ok()) return entry.error();
  Result<std::string_view> text =
      exact_text((*entry)->source, key, (*entry)->text, (*entry)->exact, is_secret(key));
  if (!text.ok()) return text.error();
  Result<Price> price = Price::parse(*text);
  if (!price.ok())
    return config_error((*entry)->source, key, price.error().message(), is_secret(key));
  return price;
}

Result<Money> Config::get_money(std::string_view key, Currency currency) const {
  Result<const Entry*> entry = find_scalar(key);
  if (!entry.ok()) return entry.error();
  Result<std::string_view> text =
      exact_text((*entry)->source, key, (*entry)->text, (*entry)->exact, is_secret(key));
  if (!text.ok()) return text.error();
  Result<Money> money = Money::parse(*text, currency);
  if (!money.ok())
    return config_error((*entry)->source, key, money.error().message(), is_secret(key));
  return money;
}

Result<std::vector<std::string>> Config::get_string_list(std::string_view key) const {
  Result<const Entry*> entry = find(key);
  if (!entry.ok()) return entry.error();
  if ((*entry)->is_list) return (*entry)->items;
  std::vector<std::string> items;
  std::string_view rest = (*entry)->text;
  while (!rest.empty()) {
    const std::size_t comma = rest.find(',');
    const std::string_view item = trim(rest.substr(0, comma));
    if (!item.empty()) items.emplace_back(item);
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return items;
}

std::string Config::source_of(std::string_view key) const {
  auto it = entries_.find(to_lower(key));
  return it == entries_.end() ? "" : it->second.source;
}

std::vector<std::string> Config::keys() const {
  std::vector<std::string> out;
  out.reserve(entries_.size());
  for (const auto& [key, entry] : entries_) out.push_back(key);
  return out;
}

void Config::mark_secret(std::string_view key) { marked_secrets_.insert(to_lower(key)); }

bool Config::is_secret(std::string_view key) const {
  return is_secret_name(key) || marked_secrets_.contains(to_lower(key));
}

std::string Config::dump() const {
  std::string out;
  for (const auto& [key, entry] : entries_) {
    std::string value;
    if (is_secret(key)) {
      value = kRedacted;
    } else if (entry.is_list) {
      value = "[";
      for (std::size_t i = 0; i < entry.items.size(); ++i) {
        value += (i == 0 ? "" : ", ") + redact_secrets(entry.items[i]);
      }
      value += "]";
    } else {
      value = redact_secrets(entry.text);
    }
    out += key + " = " + value + "  # " + entry.source + "\n";
  }
  return out;
}

void set_builtin_defaults(Config& config) {
  config.set_default("log.level", "info");
  config.set_default("log.format", "text");
}

Result<Config> load_config(const ConfigFiles& files, const EnvironmentMap& env) {
  Config config;
  set_builtin_defaults(config);
  std::optional<std::filesystem::path> toml = files.toml;
  if (auto named = env.find("QTB_CONFIG"); !toml && named != env.end()) toml = named->second;
  std::error_code ec;
  if (toml) {
    QTB_TRY_STATUS(config.load_toml_file(*toml));
  } else if (std::filesystem::exists(files.default_toml, ec)) {
    QTB_TRY_STATUS(config.load_toml_file(files.default_toml));
  }
  if (files.dotenv) {
    QTB_TRY_STATUS(config.load_dotenv_file(*files.dotenv));
  } else if (std::filesystem::exists(files.default_dotenv, ec)) {
    QTB_TRY_STATUS(config.load_dotenv_file(files.default_dotenv));
  }
  config.load_environment(env);
  return config;
}

}  // namespace qtb
