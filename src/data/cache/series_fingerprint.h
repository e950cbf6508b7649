// SeriesFingerprint: what the bar cache records about the store series it was built from, so a
// stale cache can be detected without reading the store's bars twice (docs/bar_cache.md).
// Value types; FingerprintBuilder is not thread-safe.
#pragma once

#include <cstdint>
#include <span>

#include "core/date.h"
#include "data/cache/xxhash64.h"
#include "model/bar.h"

namespace qtb {

struct SeriesFingerprint {
  uint64_t count = 0;
  Timestamp first_ts;  // zero when count == 0
  Timestamp last_ts;   // zero when count == 0
  // XXH64 over each bar's seven int64 raws in order ts, open, high, low, close, volume,
  // adj_close, little-endian, bar after bar.
  uint64_t content_hash = 0;

  friend bool operator==(const SeriesFingerprint&, const SeriesFingerprint&) = default;
};

// Builds a fingerprint bar by bar, e.g. while the store streams rows from a query.
class FingerprintBuilder {
 public:
  void add(const Bar& bar);
  SeriesFingerprint finish() const;

 private:
  SeriesFingerprint partial_;
  Xxh64 hash_;
};

// Fingerprint of `bars` in the order given.
SeriesFingerprint fingerprint_of(std::span<const Bar> bars);

}  // namespace qtb
