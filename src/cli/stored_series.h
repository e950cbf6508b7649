// Reading one stored series for the commands that work on the store (export, resample, cache).
#pragma once

#include <string>
#include <vector>

#include "cli/time_range.h"
#include "core/result.h"
#include "model/bar.h"
#include "model/bar_interval.h"
#include "store/market_data_repository.h"

namespace qtb::cli {

struct StoredSeries {
  Instrument instrument;
  std::vector<Bar> bars;  // ascending by ts
};

// The stored symbol `ticker` (normalised); kNotFound names it when the store has none.
Result<Instrument> find_stored_symbol(store::MarketDataRepository& repository,
                                      const std::string& ticker);

// The stored symbol's id, or a new symbol with only its ticker (reference data comes from
// `qtb data symbols import` and is never blanked by an import). REQUIRES: `ticker` normalised.
Result<InstrumentId> find_or_create_symbol(store::MarketDataRepository& repository,
                                           const std::string& ticker);

// Loads `ticker`'s bars at `interval` within `range`. kNotFound names the ticker when the store
// has no such symbol.
Result<StoredSeries> load_stored_series(store::MarketDataRepository& repository,
                                        const std::string& ticker, BarInterval interval,
                                        const TimeRange& range);

}  // namespace qtb::cli
