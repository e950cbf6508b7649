// XXH64, the 64-bit xxHash (Yann Collet), written from its public specification
// (https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md). Used as the bar cache's
// payload checksum and the series content hash: it runs at several GB/s, so validating a year of
// minute bars (~5.5 MB) costs well under a millisecond (bench/bar_cache_bench.cc).
// Not cryptographic. Little-endian hosts only (the cache format is little-endian).
// Xxh64 is a value type; one instance must not be updated from two threads at once.
#pragma once

#include <cstddef>
#include <cstdint>

namespace qtb {

// XXH64 of `size` bytes at `data`.
uint64_t xxh64(const void* data, std::size_t size, uint64_t seed = 0);

// Streaming XXH64: update() any number of times, then digest() equals xxh64() of the
// concatenated input.
class Xxh64 {
 public:
  explicit Xxh64(uint64_t seed = 0);
  void update(const void* data, std::size_t size);
  uint64_t digest() const;

 private:
  uint64_t acc_[4];
  unsigned char buffer_[32];
  std::size_t buffered_ = 0;
  uint64_t total_size_ = 0;
  uint64_t seed_;
};

}  // namespace qtb
