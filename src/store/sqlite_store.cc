#include "store/sqlite_store.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <charconv>
#include <string>
#include <vector>

namespace qtb::store {
namespace {

struct StatementDeleter {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};
using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

struct ConnectionDeleter {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, ConnectionDeleter>;

class SqliteRow final : public SqlRow {
 public:
  explicit SqliteRow(sqlite3_stmt* stmt) : stmt_(stmt) {}
  int size() const override { return sqlite3_column_count(stmt_); }
  bool is_null(int column) const override {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
  }
  std::string_view text(int column) const override {
    const unsigned char* p = sqlite3_column_text(stmt_, column);
    if (p == nullptr) return {};
    const int n = sqlite3_column_bytes(stmt_, column);
    return {reinterpret_cast<const char*>(p), static_cast<std::size_t>(n)};
  }
  Result<int64_t> int64(int column) const override {
    const int type = sqlite3_column_type(stmt_, column);
    if (type == SQLITE_INTEGER) return static_cast<int64_t>(sqlite3_column_int64(stmt_, column));
    const std::string_view t = text(column);
    int64_t value = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (type == SQLITE_NULL || ec != std::errc() || end != t.data() + t.size()) {
      return Error(ErrorCode::kDatabase,
                   fmt::format("column {} ({}): not an integer \"{}\"", column,
                               sqlite3_column_name(stmt_, column), t));
    }
    return value;
  }

 private:
  sqlite3_stmt* stmt_;
};

class SqliteStore final : public Store {
 public:
  SqliteStore(Connection db, std::string display)
      : db_(std::move(db)), display_(std::move(display)) {}

  Backend backend() const override { return Backend::kSqlite; }
  const std::string& url_for_display() const override { return display_; }

  Status execute(std::string_view sql, std::span<const SqlValue> params) override {
    Result<Statement> stmt = prepare(sql);
    if (!stmt.ok()) return stmt.error();
    QTB_TRY_STATUS(bind(stmt->get(), params));
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW) rc = sqlite3_step(stmt->get());
    if (rc != SQLITE_DONE) return error(rc, sql);
    return {};
  }

  Status query(std::string_view sql, std::span<const SqlValue> params,
               const RowCallback& on_row) override {
    Result<Statement> stmt = prepare(sql);
    if (!stmt.ok()) return stmt.error();
    QTB_TRY_STATUS(bind(stmt->get(), params));
    const SqliteRow row(stmt->get());
    while (true) {
      const int rc = sqlite3_step(stmt->get());
      if (rc == SQLITE_DONE) return {};
      if (rc != SQLITE_ROW) return error(rc, sql);
      QTB_TRY_STATUS(on_row(row));
    }
  }

  Status execute_script(std::string_view sql) override {
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK) return {};
    std::string reason = message != nullptr ? message : sqlite3_errstr(rc);
    sqlite3_free(message);
    return Error(ErrorCode::kDatabase, fmt::format("{}: {}", display_, reason));
  }

  Status bulk_insert(std::string_view table, std::span<const std::string> columns,
                     const RowSource& next_row, const BulkInsertOptions& options) override {
    const std::string sql = insert_sql(table, columns, options);
    return in_transaction([&]() -> Status {
      Result<Statement> stmt = prepare(sql);
      if (!stmt.ok()) return stmt.error();
      std::vector<SqlValue> row;
      int64_t row_number = 0;
      while (next_row(row)) {
        ++row_number;
        QTB_TRY_STATUS(bind(stmt->get(), row));
        const int rc = sqlite3_step(stmt->get());
        if (rc != SQLITE_DONE) {
          return error(rc, sql).with_context(fmt::format("{} row {}", table, row_number));
        }
        sqlite3_reset(stmt->get());
      }
      return {};
    });
  }

 private:
  Result<Statement> prepare(std::string_view sql) {
    sqlite3_stmt* raw = nullptr;
    const int rc =
        sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
    Statement stmt(raw);
    if (rc != SQLITE_OK) return error(rc, sql);
    return stmt;
  }

  Status bind(sqlite3_stmt* stmt, std::span<const SqlValue> params) {
    const int expected = sqlite3_bind_parameter_count(stmt);
    if (static_cast<std::size_t>(expected) != params.size()) {
      return Error(ErrorCode::kInternal,
                   fmt::format("statement takes {} parameters, got {}", expected, params.size()));
    }
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i) + 1;
      int rc = SQLITE_OK;
      if (const auto* n = std::get_if<int64_t>(&params[i])) {
        rc = sqlite3_bind_int64(stmt, index, *n);
      } else if (const auto* s = std::get_if<std::string>(&params[i])) {
        rc = sqlite3_bind_text(stmt, index, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
      } else {
        rc = sqlite3_bind_null(stmt, index);
      }
      if (rc != SQLITE_OK) return error(rc, "bind");
    }
    return {};
  }

  // The INSERT for bulk_insert; with a replace key, an upsert that overwrites the other columns.
  static std::string insert_sql(std::string_view table, std::span<const std::string> columns,
                                const BulkInsertOptions& options) {
    std::vector<std::string> marks(columns.size(), "?");
    std::string sql = fmt::format("INSERT INTO {} ({}) VALUES ({})", table,
                                  fmt::join(columns, ", "), fmt::join(marks, ", "));
    if (options.replace_on_key.empty()) return sql;
    std::vector<std::string> sets;
    for (const std::string& c : columns) sets.push_back(fmt::format("{0} = excluded.{0}", c));
    return sql + fmt::format(" ON CONFLICT ({}) DO UPDATE SET {}",
                             fmt::join(options.replace_on_key, ", "), fmt::join(sets, ", "));
  }

  Error error(int rc, std::string_view sql) const {
    const int extended = sqlite3_extended_errcode(db_.get());
    const bool clash =
        extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY;
    const char* message = sqlite3_errmsg(db_.get());
    return Error(clash ? ErrorCode::kAlreadyExists : ErrorCode::kDatabase,
                 fmt::format("{}: {} (rc {}; in \"{:.80}\")", display_,
                             message != nullptr ? message : sqlite3_errstr(rc), rc, sql));
  }

  Connection db_;
  std::string display_;
};

}  // namespace

Result<std::unique_ptr<Store>> open_sqlite_store(const StoreUrl& url) {
  sqlite3* raw = nullptr;
  const int rc =
      sqlite3_open_v2(url.target.c_str(), &raw,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  Connection db(raw);
  if (rc != SQLITE_OK) {
    return Error(ErrorCode::kDatabase,
                 fmt::format("{}: cannot open: {}", url.display,
                             raw != nullptr ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  }
  sqlite3_extended_result_codes(db.get(), 1);
  auto store = std::make_unique<SqliteStore>(std::move(db), url.display);
  QTB_TRY_STATUS(store->execute_script(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
      "PRAGMA busy_timeout=5000;"));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace qtb::store
