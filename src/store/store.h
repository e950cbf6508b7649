// Store: one connection to the qtb database, SQLite (embedded default) or PostgreSQL.
// Repositories (market data here; tax, orders in their own layers) run SQL through this small
// interface, so no caller sees sqlite3.h or libpq-fe.h.
//
// Threading and lifetime: a Store is one connection and is thread-compatible, not thread-safe:
// use it from one thread at a time (one Store per thread or writer). It must outlive every
// repository built on it. Destroying it closes the connection; an open transaction is rolled
// back by the server.
//
// SQL: write `?` for parameters; the PostgreSQL backend rewrites them to $1, $2, ... Values go
// in and come out as text, int64 or NULL. Decimals (Price, Quantity, Money) travel as exact
// decimal text, never as floating point. See docs/store.md for the schema and guarantees.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/result.h"

namespace qtb::store {

enum class Backend { kSqlite, kPostgres };

// "sqlite" or "postgresql".
const char* backend_name(Backend backend);

// A statement parameter: NULL, an integer, or text (decimals as exact text: "101.25").
using SqlValue = std::variant<std::nullptr_t, int64_t, std::string>;

// One result row, valid only inside the query callback that receives it.
class SqlRow {
 public:
  virtual ~SqlRow() = default;
  virtual int size() const = 0;
  virtual bool is_null(int column) const = 0;
  // The column as text (numbers in their decimal form); empty for NULL.
  virtual std::string_view text(int column) const = 0;
  // The column as an integer; an error if it is NULL or not an integer.
  virtual Result<int64_t> int64(int column) const = 0;
};

using RowCallback = std::function<Status(const SqlRow&)>;

// Fills `row` (one value per column, in order) and returns true, or returns false when done.
// `row` keeps its previous contents, so strings can be reassigned without reallocating.
using RowSource = std::function<bool(std::vector<SqlValue>& row)>;

// How bulk_insert treats a row whose key already exists.
struct BulkInsertOptions {
  // Empty: a clash is an error (kAlreadyExists) and nothing is written. Otherwise the columns of
  // the unique key whose clash makes the new row replace the old one's other columns.
  std::vector<std::string> replace_on_key;
};

class Store {
 public:
  virtual ~Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  virtual Backend backend() const = 0;
  // The URL this store was opened with, password masked: "postgresql://u:***@h:5432/db".
  virtual const std::string& url_for_display() const = 0;

  // Runs one statement. Errors carry ErrorCode::kDatabase, or kAlreadyExists for a unique-key
  // clash, with the server's message.
  virtual Status execute(std::string_view sql, std::span<const SqlValue> params = {}) = 0;
  // Runs one query and calls `on_row` for each row in order; an error from `on_row` stops it
  // and is returned.
  virtual Status query(std::string_view sql, std::span<const SqlValue> params,
                       const RowCallback& on_row) = 0;
  // Runs several `;`-separated statements without parameters (migrations).
  virtual Status execute_script(std::string_view sql) = 0;
  // Inserts the rows `next_row` yields into `table` (`columns` in order), as fast as the backend
  // can: SQLite reuses one prepared INSERT, PostgreSQL streams COPY FROM STDIN. Runs inside a
  // transaction (its own, or a savepoint in the caller's): on error nothing is written.
  virtual Status bulk_insert(std::string_view table, std::span<const std::string> columns,
                             const RowSource& next_row, const BulkInsertOptions& options = {}) = 0;

  // Runs `body` in a transaction: commits if it returns ok, rolls back if it returns an error
  // (returned) or throws (rethrown). Nested calls use savepoints, so an inner failure undoes only
  // the inner work and the outer body decides what to do with the error.
  Status in_transaction(const std::function<Status()>& body);
  // True while in_transaction's body runs.
  bool in_transaction_now() const { return depth_ > 0; }

 protected:
  Store() = default;

 private:
  int depth_ = 0;
};

// The store used when the user names none.
inline constexpr const char* kDefaultStoreUrl = "sqlite:qtb.db";

// Opens the store named by `url` and brings its schema up to date (migrations):
//   sqlite:PATH                          file PATH (created if missing), WAL journal
//   sqlite::memory:                      a private in-memory database
//   postgresql://user@host:port/db       also postgres://; libpq URI syntax, including
//                                        ?options=...; the password comes from PGPASSWORD or
//                                        ~/.pgpass (or the URL, which is then masked in messages)
// Fails with kInvalidArgument for an unknown scheme, kDatabase when the connection fails, and
// kDatabase when the store's schema is newer than this binary knows.
Result<std::unique_ptr<Store>> open_store(const std::string& url);

}  // namespace qtb::store
