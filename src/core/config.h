// Config: layered key/value settings. Sources, lowest precedence first: built-in defaults, a
// TOML file (`qtb.toml`; tables become dotted keys, `[store] url` -> "store.url"), a `.env`
// file, the process environment (`QTB_STORE__URL` -> "store.url"), then explicit overrides
// (command-line flags). A value from a higher layer wins whatever the load order.
//
// Keys are case-insensitive (stored lower-case). Every value is kept as text exactly as
// written and parsed by the typed getter, so `get_price` / `get_money` are exact: a TOML float
// such as `max_notional = 50000.25` is re-read from the file's source text, never from the
// double that the TOML parser produced. A float written with an exponent (`5e4`) is refused
// by those two getters; write it as plain decimals or as a string.
//
// Errors name the source and key: `qtb.toml:12 risk.max_notional: not a number "5O"`,
// `env QTB_LOG__LEVEL log.level: ...`.
//
// Thread-compatible: load at start-up, then share by const reference.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/money.h"
#include "core/price.h"
#include "core/result.h"

namespace qtb {

// Where a value came from, lowest precedence first.
enum class ConfigLayer { kDefault, kToml, kDotenv, kEnvironment, kOverride };

using EnvironmentMap = std::map<std::string, std::string, std::less<>>;

// A copy of the real process environment.
EnvironmentMap process_environment();

// "QTB_STORE__URL" -> "store.url" (prefix QTB_, "__" is a dot, lower-cased);
// nullopt for a name without the prefix.
std::optional<std::string> env_name_to_key(std::string_view name);

class Config {
 public:
  Config() = default;

  // Lowest layer; the source shows as "default".
  void set_default(std::string_view key, std::string_view value);
  // Highest layer, e.g. a `--param k=v` flag; `source` is shown by source_of and in errors.
  void set_override(std::string_view key, std::string_view value, std::string_view source);

  // Reads a TOML file. Fails with kNotFound when it is missing, kConfig with file:line when
  // it is malformed.
  Status load_toml_file(const std::filesystem::path& path);
  // `source_name` stands for the file in sources and errors.
  Status load_toml_text(std::string_view text, std::string_view source_name);
  // Reads KEY=VALUE lines: `#` comments, optional `export `, '...' literal or "..." with
  // \n \t \" \\ escapes, no `$VAR` expansion, one line per value. Names map like the
  // environment's; names without the QTB_ prefix are ignored.
  Status load_dotenv_file(const std::filesystem::path& path);
  Status load_dotenv_text(std::string_view text, std::string_view source_name);
  // Takes every QTB_* variable of `env`.
  void load_environment(const EnvironmentMap& env);

  bool has(std::string_view key) const;
  // Every getter fails with kNotFound naming the key when it is unset, and with kConfig naming
  // source and key when the text does not parse.
  Result<std::string> get_string(std::string_view key) const;
  Result<int64_t> get_int(std::string_view key) const;
  // true/false, yes/no, on/off, 1/0 (any case).
  Result<bool> get_bool(std::string_view key) const;
  // For analytics parameters only; money and prices use get_price / get_money.
  Result<double> get_double(std::string_view key) const;
  Result<Price> get_price(std::string_view key) const;
  Result<Money> get_money(std::string_view key, Currency currency = Currency::usd()) const;
  // A TOML array of scalars, or comma-separated text ("SPY, QQQ") from any source.
  Result<std::vector<std::string>> get_string_list(std::string_view key) const;

  // "qtb.toml:12", ".env:3", "env QTB_STORE__URL", "default", or the override's source;
  // empty when the key is unset.
  std::string source_of(std::string_view key) const;
  // All keys, sorted.
  std::vector<std::string> keys() const;

  // Marks `key` secret in addition to the names that is_secret_name recognises.
  void mark_secret(std::string_view key);
  bool is_secret(std::string_view key) const;
  // Keys marked with mark_secret, lower-case.
  const std::set<std::string, std::less<>>& marked_secrets() const { return marked_secrets_; }
  // One "key = value  # source" line per key, sorted; secrets print as ***, and passwords inside
  // URLs or conninfo strings are masked. For `qtb config show`.
  std::string dump() const;

 private:
  struct Entry {
    ConfigLayer layer = ConfigLayer::kDefault;
    std::string text;                // scalar text as written (numbers from the source text)
    std::vector<std::string> items;  // elements when is_list
    bool is_list = false;
    // False when a TOML float's source text could not be recovered; exact getters refuse it.
    bool exact = true;
    std::string source;
  };

  // Stores `entry` under `key` unless a higher layer already set it.
  void put(std::string_view key, Entry entry);
  // The entry for `key`, or kNotFound naming it.
  Result<const Entry*> find(std::string_view key) const;
  // The scalar text of `key`; fails for unset keys and lists.
  Result<const Entry*> find_scalar(std::string_view key) const;

  std::map<std::string, Entry, std::less<>> entries_;
  std::set<std::string, std::less<>> marked_secrets_;
};

// Files for load_config. A named file must exist; the default ones may be absent.
struct ConfigFiles {
  std::optional<std::filesystem::path> toml;    // else $QTB_CONFIG, else default_toml if present
  std::optional<std::filesystem::path> dotenv;  // else default_dotenv if present
  std::filesystem::path default_toml = "qtb.toml";
  std::filesystem::path default_dotenv = ".env";
};

// Built-in defaults: log.level = info, log.format = text.
void set_builtin_defaults(Config& config);

// Builds the full layered configuration: defaults, TOML, .env, then `env`.
Result<Config> load_config(const ConfigFiles& files, const EnvironmentMap& env);

}  // namespace qtb
