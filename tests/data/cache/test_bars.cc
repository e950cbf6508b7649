#include "test_bars.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <fstream>
#include <iterator>
#include <random>

namespace qtb::testing_support {

std::vector<Bar> random_bars(uint64_t seed, std::size_t count, Timestamp start, int64_t step_ns) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int64_t> price(1'000'000'000, 500'000'000'000);  // 1..500
  std::uniform_int_distribution<int64_t> volume(0, 10'000'000'000'000);          // 0..1e7 shares
  std::vector<Bar> bars;
  bars.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const Timestamp ts = start + static_cast<int64_t>(i) * step_ns;
    bars.push_back(Bar{ts, Price::from_raw(price(rng)), Price::from_raw(price(rng)),
                       Price::from_raw(price(rng)), Price::from_raw(price(rng)),
                       Quantity::from_raw(volume(rng)), Price::from_raw(price(rng))});
  }
  return bars;
}

ScratchDir::ScratchDir() {
  std::string pattern = (std::filesystem::path(::testing::TempDir()) / "qtb_bar_cache_XXXXXX");
  char* made = ::mkdtemp(pattern.data());
  EXPECT_NE(made, nullptr) << "mkdtemp " << pattern;
  path_ = pattern;
}

ScratchDir::~ScratchDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace qtb::testing_support
