// MappedSeries: one bar cache file mapped read-only into memory, validated on open, exposing
// its columns through SeriesView. Move-only; the destructor unmaps. Views taken from it stay
// valid until it is destroyed, even if a writer atomically replaces the file meanwhile (the
// old inode lives as long as the mapping). Immutable after open: safe to read from many threads.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "core/result.h"
#include "data/cache/series_fingerprint.h"
#include "data/cache/series_view.h"
#include "model/bar_interval.h"

namespace qtb {

enum class CacheVerify {
  kChecksum,    // also hash the whole payload: catches any flipped byte (default)
  kHeaderOnly,  // header checks and size only; for files this process just verified
};

class MappedSeries : public SeriesView {
 public:
  // Maps and validates `path`. Fails with kNotFound when the file does not exist, and with
  // kValidation naming the file and the reason when it is truncated, corrupt, of another
  // format version or endianness. Never reads outside the file.
  static Result<MappedSeries> open(const std::filesystem::path& path,
                                   CacheVerify verify = CacheVerify::kChecksum);

  MappedSeries(MappedSeries&& other) noexcept;
  MappedSeries& operator=(MappedSeries&& other) noexcept;
  MappedSeries(const MappedSeries&) = delete;
  MappedSeries& operator=(const MappedSeries&) = delete;
  ~MappedSeries();

  const std::string& symbol() const { return symbol_; }
  BarInterval interval() const { return interval_; }
  // What the store series looked like when this file was written.
  const SeriesFingerprint& source() const { return source_; }

 private:
  MappedSeries() = default;
  // Validates the mapped bytes and points the view at their columns.
  Status adopt(const std::filesystem::path& path, CacheVerify verify);
  void unmap();

  void* map_ = nullptr;
  std::size_t map_size_ = 0;
  std::string symbol_;
  BarInterval interval_;
  SeriesFingerprint source_;
};

// True when `cached` was built from a store series with exactly this fingerprint.
inline bool is_fresh(const MappedSeries& cached, const SeriesFingerprint& store) {
  return cached.source() == store;
}

}  // namespace qtb
