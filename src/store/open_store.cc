#include "store/migration.h"
#include "store/postgres_store.h"
#include "store/sqlite_store.h"
#include "store/store.h"
#include "store/store_url.h"

namespace qtb::store {

Result<std::unique_ptr<Store>> open_store(const std::string& url) {
  const Result<StoreUrl> parsed = parse_store_url(url);
  if (!parsed.ok()) return parsed.error();
  Result<std::unique_ptr<Store>> store = parsed->backend == Backend::kSqlite
                                             ? open_sqlite_store(*parsed)
                                             : open_postgres_store(*parsed);
  if (!store.ok()) return store;
  QTB_TRY_STATUS(apply_migrations(**store, embedded_migrations()));
  return store;
}

}  // namespace qtb::store
