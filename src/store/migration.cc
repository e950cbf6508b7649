#include "store/migration.h"

#include <fmt/format.h>

#include <array>
#include <cassert>
#include <utility>

namespace qtb::store {
namespace {

struct DialectToken {
  std::string_view name;
  std::string_view sqlite;
  std::string_view postgres;
};

// Exactness choices are explained in docs/store.md: decimals are exact text in SQLite (TEXT
// affinity keeps "0.000000001" as written) and NUMERIC at our types' scales in PostgreSQL.
constexpr std::array<DialectToken, 7> kTokens = {{
    {"ID_PK", "INTEGER PRIMARY KEY", "BIGSERIAL PRIMARY KEY"},
    {"PRICE", "TEXT", "NUMERIC(19,9)"},
    {"QTY", "TEXT", "NUMERIC(19,6)"},
    {"MONEY", "TEXT", "NUMERIC(19,6)"},
    {"DATE", "TEXT", "DATE"},
    {"NOW", "TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP", "TIMESTAMPTZ NOT NULL DEFAULT now()"},
    {"WITHOUT_ROWID", "WITHOUT ROWID", ""},
}};

constexpr std::string_view kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
    "name TEXT NOT NULL, applied_at {{NOW}})";

Status apply_one(Store& store, const Migration& migration) {
  const Result<std::string> sql = expand_dialect(migration.sql, store.backend());
  if (!sql.ok()) return sql.error().with_context(fmt::format("migration {:04}", migration.version));
  if (Status s = store.execute_script(*sql); !s.ok()) {
    return s.error().with_context(
        fmt::format("migration {:04}_{}", migration.version, migration.name));
  }
  const std::array<SqlValue, 2> params = {int64_t{migration.version}, std::string(migration.name)};
  return store.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", params);
}

}  // namespace

Result<std::string> expand_dialect(std::string_view sql, Backend backend) {
  std::string out;
  out.reserve(sql.size());
  std::size_t pos = 0;
  while (true) {
    const std::size_t open = sql.find("{{", pos);
    if (open == std::string_view::npos) break;
    out.append(sql.substr(pos, open - pos));
    const std::size_t close = sql.find("}}", open + 2);
    if (close == std::string_view::npos) {
      return invalid_argument(fmt::format("unclosed dialect token at offset {}", open));
    }
    const std::string_view name = sql.substr(open + 2, close - open - 2);
    const DialectToken* token = nullptr;
    for (const DialectToken& t : kTokens) {
      if (t.name == name) token = &t;
    }
    if (token == nullptr)
      return invalid_argument(fmt::format("unknown dialect token {{{{{}}}}}", name));
    out.append(backend == Backend::kSqlite ? token->sqlite : token->postgres);
    pos = close + 2;
  }
  out.append(sql.substr(pos));
  return out;
}

Result<int> schema_version(Store& store) {
  const Result<std::string> create = expand_dialect(kCreateMigrationsTable, store.backend());
  assert(create.ok());
  QTB_TRY_STATUS(store.execute(*create));
  int64_t version = 0;
  QTB_TRY_STATUS(store.query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", {},
                             [&](const SqlRow& row) -> Status {
                               const Result<int64_t> v = row.int64(0);
                               if (!v.ok()) return v.error();
                               version = *v;
                               return {};
                             }));
  return static_cast<int>(version);
}

Status apply_migrations(Store& store, std::span<const Migration> migrations) {
  const int known = migrations.empty() ? 0 : migrations.back().version;
  return store.in_transaction([&]() -> Status {
    // Holding the write lock (SQLite BEGIN IMMEDIATE; PostgreSQL advisory lock) while reading the
    // version keeps two processes opening a new store from applying the same migration twice.
    if (store.backend() == Backend::kPostgres) {
      QTB_TRY_STATUS(store.query("SELECT pg_advisory_xact_lock(7206117)", {},
                                 [](const SqlRow&) -> Status { return {}; }));
    }
    const Result<int> current = schema_version(store);
    if (!current.ok()) return current.error();
    if (*current > known) {
      return Error(ErrorCode::kDatabase,
                   fmt::format("{}: schema version {} is newer than this qtb knows ({}); "
                               "upgrade qtb to open this store",
                               store.url_for_display(), *current, known));
    }
    for (const Migration& migration : migrations) {
      assert(migration.version > 0);
      if (migration.version <= *current) continue;
      QTB_TRY_STATUS(apply_one(store, migration));
    }
    return {};
  });
}

}  // namespace qtb::store
