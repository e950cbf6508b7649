#include "cli/stored_series.h"

#include <fmt/format.h>

#include "core/symbol_registry.h"

namespace qtb::cli {

Result<Instrument> find_stored_symbol(store::MarketDataRepository& repository,
                                      const std::string& ticker) {
  Result<std::string> normalized = SymbolRegistry::normalize_ticker(ticker);
  if (!normalized.ok()) return normalized.error().with_context("--symbol");
  Result<std::optional<Instrument>> found = repository.find_symbol(*normalized);
  if (!found.ok()) return found.error();
  if (!found->has_value()) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("symbol {} is not in the store (see `qtb data list`)", *normalized));
  }
  return **found;
}

Result<InstrumentId> find_or_create_symbol(store::MarketDataRepository& repository,
                                           const std::string& ticker) {
  Result<std::optional<Instrument>> found = repository.find_symbol(ticker);
  if (!found.ok()) return found.error();
  if (found->has_value()) return (*found)->id;
  Instrument instrument;
  instrument.ticker = ticker;
  return repository.upsert_symbol(instrument);
}

Result<StoredSeries> load_stored_series(store::MarketDataRepository& repository,
                                        const std::string& ticker, BarInterval interval,
                                        const TimeRange& range) {
  Result<Instrument> instrument = find_stored_symbol(repository, ticker);
  if (!instrument.ok()) return instrument.error();
  StoredSeries series{std::move(*instrument), {}};
  Result<std::vector<Bar>> bars =
      repository.load_bars(series.instrument.id, interval, range.from, range.to);
  if (!bars.ok()) return bars.error();
  series.bars = std::move(*bars);
  return series;
}

}  // namespace qtb::cli
