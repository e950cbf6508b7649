// The PostgreSQL backend of Store (libpq). Internal to qtb_store: callers use open_store.
// One PGconn: thread-compatible, like Store. The session runs with TimeZone=UTC, DateStyle=ISO
// and client_min_messages=warning, so text results do not depend on the server's defaults.
#pragma once

#include <memory>

#include "core/result.h"
#include "store/store.h"
#include "store/store_url.h"

namespace qtb::store {

// Connects to `url.target` (a libpq URI); applies no migrations. The password comes from the
// environment (PGPASSWORD, ~/.pgpass) or the URL; messages show only `url.display`.
Result<std::unique_ptr<Store>> open_postgres_store(const StoreUrl& url);

}  // namespace qtb::store
