#include "data/cache/xxhash64.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <string_view>

namespace qtb {
namespace {

// Expected values: libxxhash 0.8.1 (Debian libxxhash0) XXH64(data, len, seed), called from
// Python via ctypes. It is the reference implementation, not this code.
constexpr uint64_t kPrime1 = 0x9E3779B185EBCA87ULL;

std::array<unsigned char, 100> counting_bytes() {
  std::array<unsigned char, 100> bytes{};
  for (std::size_t i = 0; i < bytes.size(); ++i) bytes[i] = static_cast<unsigned char>(i);
  return bytes;
}

TEST(Xxh64, EmptyInputMatchesReference) { EXPECT_EQ(xxh64(nullptr, 0), 0xef46db3751d8e999ULL); }

TEST(Xxh64, ShortInputsMatchReference) {
  EXPECT_EQ(xxh64("a", 1), 0xd24ec4f1a98c6e5bULL);
  EXPECT_EQ(xxh64("abc", 3), 0x44bc2cf5ad770999ULL);
  EXPECT_EQ(xxh64("abc", 3, 1), 0xbea9ca8199328908ULL);
}

TEST(Xxh64, MultiStripeInputsMatchReference) {
  const auto bytes = counting_bytes();
  EXPECT_EQ(xxh64(bytes.data(), 37), 0xd93fa2dfee5c24c9ULL);  // one stripe + 8 + 4 + 1 tail
  EXPECT_EQ(xxh64(bytes.data(), 100), 0x6ac1e58032166597ULL);
  EXPECT_EQ(xxh64(bytes.data(), 100, kPrime1), 0x00278bda0ee3f586ULL);
}

TEST(Xxh64, StreamingInAnyChunkSizeEqualsOneShot) {
  const auto bytes = counting_bytes();
  for (std::size_t chunk = 1; chunk <= 40; ++chunk) {
    Xxh64 h;
    for (std::size_t at = 0; at < bytes.size(); at += chunk) {
      h.update(bytes.data() + at, std::min(chunk, bytes.size() - at));
    }
    EXPECT_EQ(h.digest(), 0x6ac1e58032166597ULL) << "chunk " << chunk;
  }
}

TEST(Xxh64, StreamingWithEmptyUpdatesEqualsEmptyHash) {
  Xxh64 h;
  h.update(nullptr, 0);
  EXPECT_EQ(h.digest(), 0xef46db3751d8e999ULL);
}

}  // namespace
}  // namespace qtb
