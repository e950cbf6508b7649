// Store URLs: which backend a URL names, and its form safe to print (password masked).
// Pure functions, thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"
#include "store/store.h"

namespace qtb::store {

struct StoreUrl {
  Backend backend = Backend::kSqlite;
  std::string target;   // SQLite: the file path (or ":memory:"); PostgreSQL: the whole URL
  std::string display;  // the URL with any password replaced by "***"
};

// Parses "sqlite:PATH", "postgresql://..." or "postgres://...". Errors name the URL (masked).
Result<StoreUrl> parse_store_url(std::string_view url);

// `url` with the password of "scheme://user:PASSWORD@host" and any "password=..." query
// parameter replaced by "***".
std::string mask_password(std::string_view url);

}  // namespace qtb::store
