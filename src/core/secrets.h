// Which names mark secrets, and masking of secrets embedded in free text. Shared by Config::dump
// (`qtb config show`) and Logger so a password never reaches a terminal or a log file.
// Stateless and thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace qtb {

inline constexpr std::string_view kRedacted = "***";

// True when the last dot-separated segment of `name` contains "password", "secret", "token",
// "api_key" or "key" (ASCII case-insensitive): "store.password", "ib.api_key", "apiKey".
bool is_secret_name(std::string_view name);

// `text` with embedded passwords replaced by "***": the password of URL user-info
// ("postgresql://user:pw@host" -> "postgresql://user:***@host", any scheme) and libpq conninfo
// or .env style assignments ("password=pw", "PGPASSWORD='pw'" -> "password=***").
std::string redact_secrets(std::string_view text);

}  // namespace qtb
