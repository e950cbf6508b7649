// BarCache: the read side of a bar cache directory, root/<symbol>/<interval>.qtbc, one file per
// (symbol, interval) (docs/bar_cache.md explains the choice). The store stays the system of
// record; the cache is a derived copy checked for staleness with is_fresh().
// Holds only the root path: thread-safe. What it returns owns its mappings (see MappedSeries).
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/result.h"
#include "data/cache/mapped_series.h"
#include "data/cache/series_fingerprint.h"
#include "data/cache/series_view.h"
#include "model/bar_interval.h"

namespace qtb {

// Series mapped by BarCache::load_many. views[i] is series[i] restricted to the requested time
// range; both follow the order of the requested tickers. Views stay valid while this lives
// (moving it keeps them valid: they point into the mappings, not into the vector).
struct LoadedSeries {
  std::vector<MappedSeries> series;
  std::vector<SeriesView> views;
};

class BarCache {
 public:
  explicit BarCache(std::filesystem::path root) : root_(std::move(root)) {}

  const std::filesystem::path& root() const { return root_; }

  // root/<symbol>/<interval>.qtbc; fails for a symbol unusable as a file name.
  Result<std::filesystem::path> path_for(std::string_view symbol, BarInterval interval) const;

  // Maps one series; errors as MappedSeries::open (kNotFound when it was never cached).
  Result<MappedSeries> open(std::string_view symbol, BarInterval interval,
                            CacheVerify verify = CacheVerify::kChecksum) const;

  // Maps every ticker's series and slices it to bars with from <= ts < to. Fails on the first
  // ticker that is missing or invalid, naming its file.
  Result<LoadedSeries> load_many(std::span<const std::string> tickers, BarInterval interval,
                                 Timestamp from, Timestamp to,
                                 CacheVerify verify = CacheVerify::kChecksum) const;

  // True when the cached series exists, is valid (header checks only) and was built from a
  // store series with exactly this fingerprint; false means rebuild it.
  bool is_fresh(std::string_view symbol, BarInterval interval,
                const SeriesFingerprint& store) const;

 private:
  std::filesystem::path root_;
};

}  // namespace qtb
