// The SQLite backend of Store (embedded default). Internal to qtb_store: callers use open_store.
// One sqlite3 connection opened with SQLITE_OPEN_NOMUTEX: thread-compatible, like Store.
// Pragmas: journal_mode=WAL (readers never block the writer), synchronous=NORMAL (durable at
// checkpoints; a power cut may lose the last commits but never corrupts), foreign_keys=ON,
// busy_timeout=5000 ms.
#pragma once

#include <memory>

#include "core/result.h"
#include "store/store.h"
#include "store/store_url.h"

namespace qtb::store {

// Opens (creating if missing) the SQLite file `url.target`; applies no migrations.
Result<std::unique_ptr<Store>> open_sqlite_store(const StoreUrl& url);

}  // namespace qtb::store
