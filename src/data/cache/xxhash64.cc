#include "data/cache/xxhash64.h"

#include <bit>
#include <cstring>

namespace qtb {
namespace {

static_assert(std::endian::native == std::endian::little, "XXH64 lanes are read little-endian");

constexpr uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;
constexpr uint64_t kPrime2 = 0xC2B2AE3D27D4EB4FULL;
constexpr uint64_t kPrime3 = 0x165667B19E3779F9ULL;
constexpr uint64_t kPrime4 = 0x85EBCA77C2B2AE63ULL;
constexpr uint64_t kPrime5 = 0x27D4EB2F165667C5ULL;

uint64_t read64(const unsigned char* p) {
  uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

uint32_t read32(const unsigned char* p) {
  uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

uint64_t round(uint64_t acc, uint64_t lane) {
  acc += lane * kPrime2;
  return std::rotl(acc, 31) * kPrime1;
}

uint64_t merge(uint64_t acc, uint64_t v) {
  acc ^= round(0, v);
  return acc * kPrime1 + kPrime4;
}

void init(uint64_t acc[4], uint64_t seed) {
  acc[0] = seed + kPrime1 + kPrime2;
  acc[1] = seed + kPrime2;
  acc[2] = seed;
  acc[3] = seed - kPrime1;
}

// Consumes whole 32-byte stripes; returns the bytes consumed.
std::size_t consume_stripes(uint64_t acc[4], const unsigned char* p, std::size_t size) {
  // Four independent accumulators let the CPU overlap the multiplies.
  uint64_t a0 = acc[0], a1 = acc[1], a2 = acc[2], a3 = acc[3];
  std::size_t done = 0;
  for (; done + 32 <= size; done += 32) {
    a0 = round(a0, read64(p + done));
    a1 = round(a1, read64(p + done + 8));
    a2 = round(a2, read64(p + done + 16));
    a3 = round(a3, read64(p + done + 24));
  }
  acc[0] = a0, acc[1] = a1, acc[2] = a2, acc[3] = a3;
  return done;
}

uint64_t finish(const uint64_t acc[4], bool had_stripes, uint64_t seed, uint64_t total_size,
                const unsigned char* tail, std::size_t tail_size) {
  uint64_t h;
  if (had_stripes) {
    h = std::rotl(acc[0], 1) + std::rotl(acc[1], 7) + std::rotl(acc[2], 12) + std::rotl(acc[3], 18);
    for (int i = 0; i < 4; ++i) h = merge(h, acc[i]);
  } else {
    h = seed + kPrime5;
  }
  h += total_size;
  std::size_t i = 0;
  for (; i + 8 <= tail_size; i += 8) {
    h ^= round(0, read64(tail + i));
    h = std::rotl(h, 27) * kPrime1 + kPrime4;
  }
  if (i + 4 <= tail_size) {
    h ^= static_cast<uint64_t>(read32(tail + i)) * kPrime1;
    h = std::rotl(h, 23) * kPrime2 + kPrime3;
    i += 4;
  }
  for (; i < tail_size; ++i) {
    h ^= static_cast<uint64_t>(tail[i]) * kPrime5;
    h = std::rotl(h, 11) * kPrime1;
  }
  h ^= h >> 33;
  h *= kPrime2;
  h ^= h >> 29;
  h *= kPrime3;
  h ^= h >> 32;
  return h;
}

}  // namespace

uint64_t xxh64(const void* data, std::size_t size, uint64_t seed) {
  const auto* p = static_cast<const unsigned char*>(data);
  uint64_t acc[4];
  init(acc, seed);
  const std::size_t done = consume_stripes(acc, p, size);
  return finish(acc, size >= 32, seed, size, p + done, size - done);
}

Xxh64::Xxh64(uint64_t seed) : seed_(seed) { init(acc_, seed); }

void Xxh64::update(const void* data, std::size_t size) {
  if (size == 0) return;  // memcpy from a null `data` would be undefined even for 0 bytes
  const auto* p = static_cast<const unsigned char*>(data);
  total_size_ += size;
  if (buffered_ > 0) {
    const std::size_t take = size < 32 - buffered_ ? size : 32 - buffered_;
    std::memcpy(buffer_ + buffered_, p, take);
    buffered_ += take;
    p += take;
    size -= take;
    if (buffered_ < 32) return;
    consume_stripes(acc_, buffer_, 32);
    buffered_ = 0;
  }
  const std::size_t done = consume_stripes(acc_, p, size);
  std::memcpy(buffer_, p + done, size - done);
  buffered_ = size - done;
}

uint64_t Xxh64::digest() const {
  return finish(acc_, total_size_ >= 32, seed_, total_size_, buffer_, buffered_);
}

}  // namespace qtb
