#include "data/cache/series_fingerprint.h"

namespace qtb {

void FingerprintBuilder::add(const Bar& bar) {
  const int64_t row[7] = {bar.ts.ns(),     bar.open.raw(),   bar.high.raw(),     bar.low.raw(),
                          bar.close.raw(), bar.volume.raw(), bar.adj_close.raw()};
  hash_.update(row, sizeof row);
  if (partial_.count == 0) partial_.first_ts = bar.ts;
  partial_.last_ts = bar.ts;
  ++partial_.count;
}

SeriesFingerprint FingerprintBuilder::finish() const {
  SeriesFingerprint out = partial_;
  out.content_hash = hash_.digest();
  return out;
}

SeriesFingerprint fingerprint_of(std::span<const Bar> bars) {
  FingerprintBuilder builder;
  for (const Bar& bar : bars) builder.add(bar);
  return builder.finish();
}

}  // namespace qtb
