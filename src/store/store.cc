#include "store/store.h"

#include <fmt/format.h>

#include <exception>

namespace qtb::store {
namespace {

// The transaction opener per backend. SQLite takes the write lock up front (IMMEDIATE) so two
// writers never deadlock upgrading a read lock; PostgreSQL's MVCC needs no such care.
const char* begin_statement(Backend backend) {
  return backend == Backend::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN";
}

}  // namespace

const char* backend_name(Backend backend) {
  return backend == Backend::kSqlite ? "sqlite" : "postgresql";
}

Status Store::in_transaction(const std::function<Status()>& body) {
  const int level = depth_;
  const std::string savepoint = fmt::format("qtb_sp_{}", level);
  QTB_TRY_STATUS(level == 0 ? execute(begin_statement(backend()))
                            : execute("SAVEPOINT " + savepoint));
  ++depth_;
  // Undo is best effort: if the server already ended the transaction (connection lost), the
  // body's error is the one worth reporting.
  const auto undo = [&] {
    --depth_;
    if (level == 0) {
      (void)execute("ROLLBACK");
    } else {
      (void)execute("ROLLBACK TO SAVEPOINT " + savepoint);
      (void)execute("RELEASE SAVEPOINT " + savepoint);
    }
  };
  Status result;
  try {
    result = body();
  } catch (...) {
    undo();
    throw;
  }
  if (!result.ok()) {
    undo();
    return result;
  }
  --depth_;
  Status done = level == 0 ? execute("COMMIT") : execute("RELEASE SAVEPOINT " + savepoint);
  if (!done.ok() && level == 0) (void)execute("ROLLBACK");
  return done;
}

}  // namespace qtb::store
