// Versioned schema migrations: src/store/migrations/NNNN_name.sql, embedded at build time
// (embed_migrations.cmake), written once for both backends with a few dialect tokens.
// Rules (docs/store.md): versions only grow; an applied file is never edited; a new schema
// change is a new file. Stateless functions; thread-compatible like the Store they use.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "core/result.h"
#include "store/store.h"

namespace qtb::store {

struct Migration {
  int version;       // NNNN from the file name, > 0, strictly increasing
  const char* name;  // the rest of the file name: "initial"
  const char* sql;   // statements with {{TOKENS}}
};

// The migrations compiled into this binary, in version order.
std::span<const Migration> embedded_migrations();

// `sql` with each {{TOKEN}} replaced by its `backend` spelling; an unknown or unclosed token is
// an error naming it.
Result<std::string> expand_dialect(std::string_view sql, Backend backend);

// The highest version recorded in schema_migrations, 0 for an empty store.
Result<int> schema_version(Store& store);

// Applies, in one transaction and in order, every migration newer than the store's version,
// recording each in schema_migrations(version, name, applied_at). Applying again is a no-op. A
// store whose version is newer than the last of `migrations` is refused (kDatabase) untouched.
Status apply_migrations(Store& store, std::span<const Migration> migrations);

}  // namespace qtb::store
