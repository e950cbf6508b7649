#include "store/audit_log.h"

#include <fmt/format.h>

#include <array>

namespace qtb::store {

Result<int64_t> append_audit(Store& store, const AuditEntry& entry) {
  if (entry.actor.empty() || entry.action.empty() || entry.entity.empty()) {
    return invalid_argument(
        fmt::format("audit entry: actor, action and entity are required "
                    "(got \"{}\", \"{}\", \"{}\")",
                    entry.actor, entry.action, entry.entity));
  }
  const std::array<SqlValue, 6> params = {
      entry.ts.ns(), entry.actor,     entry.action,
      entry.entity,  entry.entity_id, entry.details.empty() ? std::string("{}") : entry.details};
  int64_t id = 0;
  QTB_TRY_STATUS(
      store.query("INSERT INTO audit_log (ts_ns, actor, action, entity, entity_id, details) "
                  "VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                  params, [&](const SqlRow& row) -> Status {
                    const Result<int64_t> v = row.int64(0);
                    if (!v.ok()) return v.error();
                    id = *v;
                    return {};
                  }));
  return id;
}

Result<std::vector<AuditEntry>> load_audit(Store& store, int64_t after_id, int64_t limit) {
  const std::array<SqlValue, 2> params = {after_id, limit};
  std::vector<AuditEntry> out;
  QTB_TRY_STATUS(
      store.query("SELECT id, ts_ns, actor, action, entity, entity_id, details FROM audit_log "
                  "WHERE id > ? ORDER BY id LIMIT ?",
                  params, [&](const SqlRow& row) -> Status {
                    const Result<int64_t> id = row.int64(0);
                    const Result<int64_t> ts = row.int64(1);
                    if (!id.ok()) return id.error();
                    if (!ts.ok()) return ts.error();
                    out.push_back(AuditEntry{*id, Timestamp::from_ns(*ts), std::string(row.text(2)),
                                             std::string(row.text(3)), std::string(row.text(4)),
                                             std::string(row.text(5)), std::string(row.text(6))});
                    return {};
                  }));
  return out;
}

}  // namespace qtb::store
