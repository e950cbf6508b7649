#include "store/postgres_store.h"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <charconv>
#include <cstring>
#include <string>
#include <vector>

#include "store/sql_placeholders.h"

namespace qtb::store {
namespace {

struct ResultDeleter {
  void operator()(PGresult* res) const { PQclear(res); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

struct ConnectionDeleter {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
using Connection = std::unique_ptr<PGconn, ConnectionDeleter>;

// COPY data is sent in chunks of about this size: large enough to amortise the call, small
// enough to stay in cache.
constexpr std::size_t kCopyChunkBytes = 1 << 20;

// libpq messages end with a newline and put DETAIL on its own line; one line reads better.
std::string one_line(const char* message) {
  std::string out = message != nullptr ? message : "";
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  return out;
}

void ignore_notice(void*, const char*) {}

class PgRow final : public SqlRow {
 public:
  PgRow(const PGresult* res, int row) : res_(res), row_(row) {}
  int size() const override { return PQnfields(res_); }
  bool is_null(int column) const override { return PQgetisnull(res_, row_, column) != 0; }
  std::string_view text(int column) const override {
    return {PQgetvalue(res_, row_, column),
            static_cast<std::size_t>(PQgetlength(res_, row_, column))};
  }
  Result<int64_t> int64(int column) const override {
    const std::string_view t = text(column);
    int64_t value = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value);
    if (is_null(column) || ec != std::errc() || end != t.data() + t.size()) {
      return Error(ErrorCode::kDatabase, fmt::format("column {} ({}): not an integer \"{}\"",
                                                     column, PQfname(res_, column), t));
    }
    return value;
  }

 private:
  const PGresult* res_;
  int row_;
};

// Appends `text` escaped for COPY's text format (backslash, tab, newline, carriage return).
void append_copy_text(std::string& out, std::string_view text) {
  for (const char c : text) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
}

void append_copy_row(std::string& out, const std::vector<SqlValue>& row) {
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (i > 0) out += '\t';
    if (const auto* n = std::get_if<int64_t>(&row[i])) {
      char digits[24];
      const auto [end, ec] = std::to_chars(digits, digits + sizeof digits, *n);
      out.append(digits, end);
    } else if (const auto* s = std::get_if<std::string>(&row[i])) {
      append_copy_text(out, *s);
    } else {
      out += "\\N";
    }
  }
  out += '\n';
}

class PostgresStore final : public Store {
 public:
  PostgresStore(Connection conn, std::string display)
      : conn_(std::move(conn)), display_(std::move(display)) {}

  Backend backend() const override { return Backend::kPostgres; }
  const std::string& url_for_display() const override { return display_; }

  Status execute(std::string_view sql, std::span<const SqlValue> params) override {
    Result<PgResult> res = run(sql, params);
    if (!res.ok()) return res.error();
    return {};
  }

  Status query(std::string_view sql, std::span<const SqlValue> params,
               const RowCallback& on_row) override {
    Result<PgResult> res = run(sql, params);
    if (!res.ok()) return res.error();
    const int rows = PQntuples(res->get());
    for (int r = 0; r < rows; ++r) QTB_TRY_STATUS(on_row(PgRow(res->get(), r)));
    return {};
  }

  Status execute_script(std::string_view sql) override {
    const std::string text(sql);
    return check(PgResult(PQexec(conn_.get(), text.c_str())), sql).ok() ? Status()
                                                                        : Status(last_error_);
  }

  Status bulk_insert(std::string_view table, std::span<const std::string> columns,
                     const RowSource& next_row, const BulkInsertOptions& options) override {
    const std::string column_list = fmt::format("{}", fmt::join(columns, ", "));
    return in_transaction([&]() -> Status {
      if (options.replace_on_key.empty()) {
        return copy_in(fmt::format("COPY {} ({}) FROM STDIN", table, column_list), next_row);
      }
      // COPY cannot upsert: stage the rows in a temporary table, then merge them.
      QTB_TRY_STATUS(execute(fmt::format("CREATE TEMP TABLE qtb_bulk AS SELECT {} FROM {} "
                                         "WITH NO DATA",
                                         column_list, table),
                             {}));
      QTB_TRY_STATUS(copy_in(fmt::format("COPY qtb_bulk ({}) FROM STDIN", column_list), next_row));
      std::vector<std::string> sets;
      for (const std::string& c : columns) sets.push_back(fmt::format("{0} = EXCLUDED.{0}", c));
      QTB_TRY_STATUS(execute(
          fmt::format(
              "INSERT INTO {0} ({1}) SELECT {1} FROM qtb_bulk ON CONFLICT ({2}) DO UPDATE SET {3}",
              table, column_list, fmt::join(options.replace_on_key, ", "), fmt::join(sets, ", ")),
          {}));
      return execute("DROP TABLE qtb_bulk", {});
    });
  }

 private:
  Result<PgResult> run(std::string_view sql, std::span<const SqlValue> params) {
    const std::string text = to_dollar_placeholders(sql);
    std::vector<std::string> ints(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (const auto* n = std::get_if<int64_t>(&params[i])) {
        ints[i] = std::to_string(*n);
        values[i] = ints[i].c_str();
      } else if (const auto* s = std::get_if<std::string>(&params[i])) {
        values[i] = s->c_str();
      }
    }
    PgResult res(PQexecParams(conn_.get(), text.c_str(), static_cast<int>(params.size()), nullptr,
                              values.data(), nullptr, nullptr, 0));
    return check(std::move(res), sql);
  }

  // `res` if it succeeded; otherwise the error, also kept in last_error_.
  Result<PgResult> check(PgResult res, std::string_view sql) {
    const ExecStatusType status = res ? PQresultStatus(res.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN) {
      return res;
    }
    const char* state = res ? PQresultErrorField(res.get(), PG_DIAG_SQLSTATE) : nullptr;
    const bool clash = state != nullptr && std::strcmp(state, "23505") == 0;  // unique_violation
    const std::string message =
        one_line(res ? PQresultErrorMessage(res.get()) : PQerrorMessage(conn_.get()));
    last_error_ = Error(clash ? ErrorCode::kAlreadyExists : ErrorCode::kDatabase,
                        fmt::format("{}: {} (in \"{:.80}\")", display_, message, sql));
    return last_error_;
  }

  // Runs `copy_sql` (COPY ... FROM STDIN, text format) streaming the rows from `next_row`.
  Status copy_in(const std::string& copy_sql, const RowSource& next_row) {
    Result<PgResult> started = run(copy_sql, {});
    if (!started.ok()) return started.error();
    std::string buffer;
    buffer.reserve(kCopyChunkBytes + 4096);
    std::vector<SqlValue> row;
    bool sent = true;
    while (sent && next_row(row)) {
      append_copy_row(buffer, row);
      if (buffer.size() >= kCopyChunkBytes) {
        sent = PQputCopyData(conn_.get(), buffer.data(), static_cast<int>(buffer.size())) == 1;
        buffer.clear();
      }
    }
    if (sent && !buffer.empty()) {
      sent = PQputCopyData(conn_.get(), buffer.data(), static_cast<int>(buffer.size())) == 1;
    }
    const char* abort_reason = sent ? nullptr : "qtb: sending COPY data failed";
    if (PQputCopyEnd(conn_.get(), abort_reason) != 1) {
      return Error(ErrorCode::kDatabase,
                   fmt::format("{}: {}", display_, one_line(PQerrorMessage(conn_.get()))));
    }
    // The COPY's outcome, then libpq's terminating null result.
    Status outcome;
    while (PGresult* raw = PQgetResult(conn_.get())) {
      Result<PgResult> checked = check(PgResult(raw), copy_sql);
      if (!checked.ok() && outcome.ok()) outcome = checked.error();
    }
    return outcome;
  }

  Connection conn_;
  std::string display_;
  Error last_error_{ErrorCode::kDatabase, ""};
};

}  // namespace

Result<std::unique_ptr<Store>> open_postgres_store(const StoreUrl& url) {
  Connection conn(PQconnectdb(url.target.c_str()));
  if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
    return Error(ErrorCode::kDatabase,
                 fmt::format("{}: cannot connect: {}", url.display,
                             one_line(conn ? PQerrorMessage(conn.get()) : "out of memory")));
  }
  PQsetNoticeProcessor(conn.get(), ignore_notice, nullptr);
  auto store = std::make_unique<PostgresStore>(std::move(conn), url.display);
  QTB_TRY_STATUS(store->execute_script(
      "SET client_min_messages = warning; SET TimeZone = 'UTC'; SET DateStyle = 'ISO, YMD'"));
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace qtb::store
