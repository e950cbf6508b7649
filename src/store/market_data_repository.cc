#include "store/market_data_repository.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>

namespace qtb::store {
namespace {

const std::vector<std::string> kBarColumns = {"symbol_id", "interval", "ts_ns",  "open",     "high",
                                              "low",       "close",    "volume", "adj_close"};
// Parses a decimal column into T, naming table, column and the stored text on failure.
template <typename T>
Result<T> decimal_column(const SqlRow& row, int column, const char* table, const char* name) {
  Result<T> value = T::parse(row.text(column));
  if (!value.ok()) {
    return Error(ErrorCode::kDatabase,
                 fmt::format("{}.{}: {}", table, name, value.error().message()));
  }
  return value;
}

Result<Bar> bar_from_row(const SqlRow& row) {
  const Result<int64_t> ts = row.int64(0);
  if (!ts.ok()) return ts.error();
  std::array<Price, 5> prices;
  constexpr std::array<int, 5> kPriceColumns = {1, 2, 3, 4, 6};
  constexpr std::array<const char*, 5> kNames = {"open", "high", "low", "close", "adj_close"};
  for (std::size_t i = 0; i < prices.size(); ++i) {
    Result<Price> p = decimal_column<Price>(row, kPriceColumns[i], "market_data", kNames[i]);
    if (!p.ok()) return p.error();
    prices[i] = *p;
  }
  const Result<Quantity> volume = decimal_column<Quantity>(row, 5, "market_data", "volume");
  if (!volume.ok()) return volume.error();
  return Bar{
      Timestamp::from_ns(*ts), prices[0], prices[1], prices[2], prices[3], *volume, prices[4]};
}

Result<Instrument> instrument_from_row(const SqlRow& row) {
  const Result<int64_t> id = row.int64(0);
  if (!id.ok()) return id.error();
  if (*id <= 0 || *id > std::numeric_limits<InstrumentId>::max()) {
    return Error(ErrorCode::kDatabase, fmt::format("symbols.symbol_id {} out of range", *id));
  }
  return Instrument{static_cast<InstrumentId>(*id), std::string(row.text(1)),
                    std::string(row.text(2)),       std::string(row.text(3)),
                    std::string(row.text(4)),       std::string(row.text(5))};
}

// Error naming the first ts that appears twice in `bars`, or ok.
Status check_unique_ts(std::span<const Bar> bars) {
  std::vector<int64_t> ts(bars.size());
  std::transform(bars.begin(), bars.end(), ts.begin(), [](const Bar& b) { return b.ts.ns(); });
  if (!std::is_sorted(ts.begin(), ts.end())) std::sort(ts.begin(), ts.end());
  const auto dup = std::adjacent_find(ts.begin(), ts.end());
  if (dup == ts.end()) return {};
  return invalid_argument(
      fmt::format("two bars at {} in one insert", Timestamp::from_ns(*dup).to_iso8601()));
}

std::array<SqlValue, 4> range_params(InstrumentId id, BarInterval interval, Timestamp from,
                                     Timestamp to) {
  return {int64_t{id}, interval.name(), from.ns(), to.ns()};
}

}  // namespace

Result<InstrumentId> MarketDataRepository::upsert_symbol(const Instrument& instrument) {
  if (instrument.ticker.empty()) return invalid_argument("symbol: empty ticker");
  const std::array<SqlValue, 5> params = {instrument.ticker, instrument.company_name,
                                          instrument.sector, instrument.industry,
                                          instrument.exchange};
  int64_t id = 0;
  QTB_TRY_STATUS(
      store_.query("INSERT INTO symbols (ticker, company_name, sector, industry, exchange) "
                   "VALUES (?, ?, ?, ?, ?) ON CONFLICT (ticker) DO UPDATE SET "
                   "company_name = excluded.company_name, sector = excluded.sector, "
                   "industry = excluded.industry, exchange = excluded.exchange RETURNING symbol_id",
                   params, [&](const SqlRow& row) -> Status {
                     const Result<int64_t> v = row.int64(0);
                     if (!v.ok()) return v.error();
                     id = *v;
                     return {};
                   }));
  if (id <= 0 || id > std::numeric_limits<InstrumentId>::max()) {
    return Error(ErrorCode::kDatabase, fmt::format("symbols.symbol_id {} out of range", id));
  }
  return static_cast<InstrumentId>(id);
}

Result<std::optional<Instrument>> MarketDataRepository::find_symbol(std::string_view ticker) {
  const std::array<SqlValue, 1> params = {std::string(ticker)};
  std::optional<Instrument> found;
  QTB_TRY_STATUS(store_.query(
      "SELECT symbol_id, ticker, company_name, sector, industry, exchange FROM symbols "
      "WHERE ticker = ?",
      params, [&](const SqlRow& row) -> Status {
        Result<Instrument> instrument = instrument_from_row(row);
        if (!instrument.ok()) return instrument.error();
        found = std::move(*instrument);
        return {};
      }));
  return found;
}

Result<std::vector<Instrument>> MarketDataRepository::list_symbols() {
  std::vector<Instrument> out;
  QTB_TRY_STATUS(store_.query(
      "SELECT symbol_id, ticker, company_name, sector, industry, exchange FROM symbols", {},
      [&](const SqlRow& row) -> Status {
        Result<Instrument> instrument = instrument_from_row(row);
        if (!instrument.ok()) return instrument.error();
        out.push_back(std::move(*instrument));
        return {};
      }));
  // Sorted here, not by ORDER BY, so the order does not depend on the server's collation.
  std::sort(out.begin(), out.end(),
            [](const Instrument& a, const Instrument& b) { return a.ticker < b.ticker; });
  return out;
}

Status MarketDataRepository::insert_bars(InstrumentId id, BarInterval interval,
                                         std::span<const Bar> bars, DuplicateBars policy) {
  if (bars.empty()) return {};
  QTB_TRY_STATUS(check_unique_ts(bars));
  QTB_TRY_STATUS(check_symbol_exists(id));
  const std::string interval_name = interval.name();
  std::size_t next = 0;
  const RowSource source = [&](std::vector<SqlValue>& row) {
    if (next == bars.size()) return false;
    const Bar& bar = bars[next++];
    row.resize(kBarColumns.size());
    row[0] = int64_t{id};
    row[1] = interval_name;
    row[2] = bar.ts.ns();
    row[3] = bar.open.to_string();
    row[4] = bar.high.to_string();
    row[5] = bar.low.to_string();
    row[6] = bar.close.to_string();
    row[7] = bar.volume.to_string();
    row[8] = bar.adj_close.to_string();
    return true;
  };
  BulkInsertOptions options;
  if (policy == DuplicateBars::kReplace)
    options.replace_on_key = {"symbol_id", "interval", "ts_ns"};
  Status inserted = store_.bulk_insert("market_data", kBarColumns, source, options);
  if (!inserted.ok() && inserted.error().code() == ErrorCode::kAlreadyExists) {
    return first_duplicate_error(id, interval, bars);
  }
  return inserted;
}

// Called after a rejected insert has rolled back: finds which bar clashed, so the message names
// its ts whichever backend reported the clash.
Status MarketDataRepository::first_duplicate_error(InstrumentId id, BarInterval interval,
                                                   std::span<const Bar> bars) {
  std::vector<int64_t> wanted(bars.size());
  std::transform(bars.begin(), bars.end(), wanted.begin(), [](const Bar& b) { return b.ts.ns(); });
  std::sort(wanted.begin(), wanted.end());
  const std::array<SqlValue, 4> params = range_params(
      id, interval, Timestamp::from_ns(wanted.front()), Timestamp::from_ns(wanted.back()) + 1);
  std::optional<int64_t> clash;
  QTB_TRY_STATUS(store_.query(
      "SELECT ts_ns FROM market_data WHERE symbol_id = ? AND interval = ? AND ts_ns >= ? "
      "AND ts_ns < ? ORDER BY ts_ns",
      params, [&](const SqlRow& row) -> Status {
        const Result<int64_t> ts = row.int64(0);
        if (!ts.ok()) return ts.error();
        if (!clash && std::binary_search(wanted.begin(), wanted.end(), *ts)) clash = *ts;
        return {};
      }));
  const std::string what = clash ? Timestamp::from_ns(*clash).to_iso8601() : "an existing ts";
  return Error(ErrorCode::kAlreadyExists,
               fmt::format("market_data symbol_id {} {}: bar at {} is already stored; nothing "
                           "was inserted",
                           id, interval.name(), what));
}

// market_data has no declared foreign key (see 0001_initial.sql), so the check is made here.
Status MarketDataRepository::check_symbol_exists(InstrumentId id) {
  const std::array<SqlValue, 1> params = {int64_t{id}};
  bool found = false;
  QTB_TRY_STATUS(store_.query("SELECT 1 FROM symbols WHERE symbol_id = ?", params,
                              [&](const SqlRow&) -> Status {
                                found = true;
                                return {};
                              }));
  if (found) return {};
  return Error(ErrorCode::kNotFound, fmt::format("market_data: no symbol with id {}", id));
}

Result<std::vector<Bar>> MarketDataRepository::load_bars(InstrumentId id, BarInterval interval,
                                                         Timestamp from, Timestamp to) {
  std::vector<Bar> out;
  QTB_TRY_STATUS(store_.query(
      "SELECT ts_ns, open, high, low, close, volume, adj_close FROM market_data "
      "WHERE symbol_id = ? AND interval = ? AND ts_ns >= ? AND ts_ns < ? ORDER BY ts_ns",
      range_params(id, interval, from, to), [&](const SqlRow& row) -> Status {
        Result<Bar> bar = bar_from_row(row);
        if (!bar.ok()) return bar.error();
        out.push_back(*bar);
        return {};
      }));
  return out;
}

Result<int64_t> MarketDataRepository::delete_bars(InstrumentId id, BarInterval interval,
                                                  Timestamp from, Timestamp to) {
  int64_t deleted = 0;
  QTB_TRY_STATUS(store_.in_transaction([&]() -> Status {
    return store_.query(
        "DELETE FROM market_data WHERE symbol_id = ? AND interval = ? AND ts_ns >= ? "
        "AND ts_ns < ? RETURNING ts_ns",
        range_params(id, interval, from, to), [&](const SqlRow&) -> Status {
          ++deleted;
          return {};
        });
  }));
  return deleted;
}

Result<std::vector<SeriesSummary>> MarketDataRepository::list_series() {
  std::vector<SeriesSummary> out;
  QTB_TRY_STATUS(store_.query(
      "SELECT s.ticker, m.interval, COUNT(*), MIN(m.ts_ns), MAX(m.ts_ns) FROM market_data m "
      "JOIN symbols s ON s.symbol_id = m.symbol_id GROUP BY s.ticker, m.interval",
      {}, [&](const SqlRow& row) -> Status {
        SeriesSummary series{std::string(row.text(0)), std::string(row.text(1)), 0, {}, {}};
        const Result<int64_t> count = row.int64(2);
        const Result<int64_t> first = row.int64(3);
        const Result<int64_t> last = row.int64(4);
        if (!count.ok() || !first.ok() || !last.ok()) {
          return Error(ErrorCode::kDatabase, "market_data: bad series summary row");
        }
        series.bar_count = *count;
        series.first_ts = Timestamp::from_ns(*first);
        series.last_ts = Timestamp::from_ns(*last);
        out.push_back(std::move(series));
        return {};
      }));
  std::sort(out.begin(), out.end(), [](const SeriesSummary& a, const SeriesSummary& b) {
    return std::tie(a.ticker, a.interval) < std::tie(b.ticker, b.interval);
  });
  return out;
}

Result<int64_t> MarketDataRepository::count_bars(InstrumentId id, BarInterval interval) {
  const std::array<SqlValue, 2> params = {int64_t{id}, interval.name()};
  int64_t count = 0;
  QTB_TRY_STATUS(
      store_.query("SELECT COUNT(*) FROM market_data WHERE symbol_id = ? AND interval = ?", params,
                   [&](const SqlRow& row) -> Status {
                     const Result<int64_t> v = row.int64(0);
                     if (!v.ok()) return v.error();
                     count = *v;
                     return {};
                   }));
  return count;
}

}  // namespace qtb::store
