// Helpers for the bar cache tests: seeded random bars and a scratch directory.
// Not thread-safe; each test makes its own.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "model/bar.h"

namespace qtb::testing_support {

// `count` bars starting at `start`, `step_ns` apart, with prices and volumes drawn from a
// std::mt19937_64 seeded with `seed` (the raws use all 9 / 6 decimals, so a lossy round trip
// shows).
std::vector<Bar> random_bars(uint64_t seed, std::size_t count, Timestamp start, int64_t step_ns);

// A fresh directory under the test temp dir, removed with everything in it on destruction.
class ScratchDir {
 public:
  ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  ~ScratchDir();
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

std::string read_bytes(const std::filesystem::path& path);
void write_bytes(const std::filesystem::path& path, const std::string& bytes);

}  // namespace qtb::testing_support
