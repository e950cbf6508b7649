// The audit log: an append-only record of who did what to which entity (imports, orders,
// configuration changes). Free functions over a Store; thread-compatible like the Store.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "store/store.h"

namespace qtb::store {

struct AuditEntry {
  int64_t id = 0;         // assigned by append_audit; ignored on input
  Timestamp ts;           // when it happened (the caller's clock, so backtests stay deterministic)
  std::string actor;      // "cli", "strategy:sma_cross", "user:alice"
  std::string action;     // "import", "delete_bars", "submit_order"
  std::string entity;     // "market_data", "orders"
  std::string entity_id;  // "SPY/1day", an order id; may be empty
  std::string details;    // JSON object text, "{}" when empty; stored verbatim

  friend bool operator==(const AuditEntry&, const AuditEntry&) = default;
};

// Appends `entry` and returns its id. Fails (kInvalidArgument) when actor, action or entity is
// empty.
Result<int64_t> append_audit(Store& store, const AuditEntry& entry);

// Entries with id > after_id, oldest first, at most `limit`.
Result<std::vector<AuditEntry>> load_audit(Store& store, int64_t after_id = 0,
                                           int64_t limit = 1000);

}  // namespace qtb::store
