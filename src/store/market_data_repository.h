// MarketDataRepository: symbols, bars, series and corporate actions in a Store.
//
// Threading and lifetime: holds a reference to its Store, which must outlive it; as
// thread-compatible as the Store. Each method is one transaction (a savepoint when the caller
// already runs one through Store::in_transaction), so a failed call leaves the store as it was.
//
// Exactness: prices and volumes round-trip exactly (decimal text / NUMERIC), timestamps are int64
// nanoseconds. Bars of one (symbol, interval) are unique by ts.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "data/corporate_actions.h"
#include "model/bar.h"
#include "model/bar_interval.h"
#include "model/instrument.h"
#include "store/store.h"

namespace qtb::store {

// What insert_bars does with a bar whose (symbol, interval, ts) is already stored.
enum class DuplicateBars {
  kReject,   // the whole call fails (kAlreadyExists, naming the first clashing ts); nothing written
  kReplace,  // the new bar overwrites the stored one
};

// One stored series: all bars of one ticker at one interval.
struct SeriesSummary {
  std::string ticker;
  std::string interval;  // BarInterval::name(): "1min", "1day"
  int64_t bar_count = 0;
  Timestamp first_ts;
  Timestamp last_ts;

  friend bool operator==(const SeriesSummary&, const SeriesSummary&) = default;
};

class MarketDataRepository {
 public:
  explicit MarketDataRepository(Store& store) : store_(store) {}

  // Inserts the symbol or, if its ticker exists, updates its reference data; returns its id.
  // `instrument.id` is ignored. Fails (kInvalidArgument) for an empty ticker.
  Result<InstrumentId> upsert_symbol(const Instrument& instrument);
  // The symbol with this ticker, or nullopt.
  Result<std::optional<Instrument>> find_symbol(std::string_view ticker);
  // All symbols ordered by ticker.
  Result<std::vector<Instrument>> list_symbols();

  // Bulk-inserts `bars` of symbol `id` at `interval` in one transaction. Bars need not be
  // sorted; two bars with the same ts in `bars` are an error (kInvalidArgument) under either
  // policy, and an unknown `id` is kNotFound. Speed: see bench/store_bench.cc.
  Status insert_bars(InstrumentId id, BarInterval interval, std::span<const Bar> bars,
                     DuplicateBars policy = DuplicateBars::kReject);
  // Bars with from <= ts < to, ordered by ts.
  Result<std::vector<Bar>> load_bars(InstrumentId id, BarInterval interval, Timestamp from,
                                     Timestamp to);
  // Deletes bars with from <= ts < to; returns how many.
  Result<int64_t> delete_bars(InstrumentId id, BarInterval interval, Timestamp from, Timestamp to);
  // One summary per stored (ticker, interval), ordered by ticker then interval name.
  Result<std::vector<SeriesSummary>> list_series();
  // Number of bars of symbol `id` at `interval`.
  Result<int64_t> count_bars(InstrumentId id, BarInterval interval);

  // Stores corporate actions of symbol `id` (their `ticker` is ignored); an action with the same
  // (ex_date, kind) as a stored one replaces it, so re-importing an actions file is idempotent.
  // A split ratio that is not positive is kInvalidArgument.
  Status insert_actions(InstrumentId id, std::span<const data::CorporateAction> actions);
  // The symbol's corporate actions, ticker filled in, ordered by ex_date then kind.
  Result<std::vector<data::CorporateAction>> load_actions(InstrumentId id);

 private:
  Status check_symbol_exists(InstrumentId id);
  Status first_duplicate_error(InstrumentId id, BarInterval interval, std::span<const Bar> bars);

  Store& store_;
};

}  // namespace qtb::store
