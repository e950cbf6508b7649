#include "data/cache/bar_cache.h"

#include "data/cache/bar_cache_format.h"

namespace qtb {

Result<std::filesystem::path> BarCache::path_for(std::string_view symbol,
                                                 BarInterval interval) const {
  return bar_cache::cache_file_path(root_, symbol, interval);
}

Result<MappedSeries> BarCache::open(std::string_view symbol, BarInterval interval,
                                    CacheVerify verify) const {
  Result<std::filesystem::path> path = path_for(symbol, interval);
  if (!path.ok()) return path.error();
  return MappedSeries::open(*path, verify);
}

Result<LoadedSeries> BarCache::load_many(std::span<const std::string> tickers, BarInterval interval,
                                         Timestamp from, Timestamp to, CacheVerify verify) const {
  LoadedSeries loaded;
  loaded.series.reserve(tickers.size());
  loaded.views.reserve(tickers.size());
  for (const std::string& ticker : tickers) {
    Result<MappedSeries> series = open(ticker, interval, verify);
    if (!series.ok()) return series.error();
    loaded.views.push_back(series->slice(from, to));
    loaded.series.push_back(std::move(series).value());
  }
  return loaded;
}

bool BarCache::is_fresh(std::string_view symbol, BarInterval interval,
                        const SeriesFingerprint& store) const {
  Result<MappedSeries> cached = open(symbol, interval, CacheVerify::kHeaderOnly);
  return cached.ok() && qtb::is_fresh(*cached, store);
}

}  // namespace qtb
