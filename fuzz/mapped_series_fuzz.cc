// Fuzzes MappedSeries::open (data/cache/mapped_series.h) by writing each input to a temp file.
// Each input is opened as given, and again "sealed": with both header hashes recomputed, so the
// fuzzer reaches the checks behind the checksums.
// Properties: open never reads outside the file (ASan) and agrees between kChecksum and
// kHeaderOnly on a sealed file; an accepted file has a valid symbol, an interval dividing a
// day, and bar_count bars that can all be read.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "data/cache/bar_cache_format.h"
#include "data/cache/mapped_series.h"
#include "data/cache/xxhash64.h"
#include "fuzz/fuzz_check.h"

namespace {

using qtb::bar_cache::FileHeader;

const std::filesystem::path& scratch_file() {
  static const std::filesystem::path path =
      std::filesystem::temp_directory_path() /
      ("qtb_mapped_series_fuzz_" + std::to_string(::getpid()) + ".qtbc");
  return path;
}

void write_file(const std::vector<uint8_t>& bytes) {
  std::ofstream out(scratch_file(), std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(bytes.data()),
            static_cast<std::streamsize>(bytes.size()));
  FUZZ_CHECK(out.good(), "cannot write " + scratch_file().string());
}

// Sets payload_hash and header_hash to the values a writer would store.
void seal(std::vector<uint8_t>& bytes) {
  FileHeader h{};
  std::memcpy(&h, bytes.data(), sizeof h);
  h.payload_hash = qtb::xxh64(bytes.data() + qtb::bar_cache::kHeaderSize,
                              bytes.size() - qtb::bar_cache::kHeaderSize);
  h.header_hash = qtb::xxh64(&h, offsetof(FileHeader, header_hash));
  std::memcpy(bytes.data(), &h, sizeof h);
}

// Reads every value of an accepted series; returns a checksum so the reads are not elided.
int64_t check_series(const qtb::MappedSeries& series) {
  FUZZ_CHECK(qtb::bar_cache::validate_symbol(series.symbol()).ok(), "bad symbol accepted");
  const int64_t ns = series.interval().ns();
  FUZZ_CHECK(ns > 0 && qtb::kNanosPerDay % ns == 0, "bad interval accepted");
  int64_t sum = 0;
  for (std::size_t c = 0; c < qtb::bar_cache::kColumnCount; ++c) {
    for (int64_t v : series.column(static_cast<qtb::bar_cache::Column>(c))) {
      sum = static_cast<int64_t>(static_cast<uint64_t>(sum) + static_cast<uint64_t>(v));
    }
  }
  return sum;
}

void open_both_ways(bool sealed) {
  auto full = qtb::MappedSeries::open(scratch_file(), qtb::CacheVerify::kChecksum);
  auto header_only = qtb::MappedSeries::open(scratch_file(), qtb::CacheVerify::kHeaderOnly);
  if (full.ok()) {
    FUZZ_CHECK(header_only.ok(), "header-only refuses what the checksum accepts");
    (void)check_series(*full);
    FUZZ_CHECK(full->size() == header_only->size() && full->symbol() == header_only->symbol(),
               "the two opens disagree");
  } else {
    FUZZ_CHECK(full.error().message().find(scratch_file().string()) != std::string::npos,
               "error without the file: " + full.error().message());
  }
  if (header_only.ok()) {
    (void)check_series(*header_only);
    if (sealed) FUZZ_CHECK(full.ok(), "sealed file fails only the checksum");
  }
}

}  // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  std::vector<uint8_t> bytes(data, data + size);
  write_file(bytes);
  open_both_ways(false);
  if (bytes.size() >= qtb::bar_cache::kHeaderSize) {
    seal(bytes);
    write_file(bytes);
    open_both_ways(true);
  }
  return 0;
}
