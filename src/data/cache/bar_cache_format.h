// The on-disk layout of one bar cache file (.qtbc), shared by the writer and the reader.
// docs/bar_cache.md is the normative description; this header must match it.
// Plain data and pure functions, thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string_view>

#include "core/result.h"
#include "model/bar_interval.h"

namespace qtb::bar_cache {

inline constexpr char kMagic[8] = {'Q', 'T', 'B', 'C', 'A', 'C', 'H', 'E'};
inline constexpr uint32_t kFormatVersion = 1;
inline constexpr uint32_t kHeaderSize = 256;
// Written in native order; a reader that sees it byte-swapped knows the writer's endianness
// differs from its own.
inline constexpr uint64_t kEndianMarker = 0x0102030405060708ULL;
inline constexpr std::size_t kAlignment = 64;  // each column starts on a cache line
inline constexpr std::size_t kMaxSymbolLength = 32;
inline constexpr const char* kFileExtension = ".qtbc";

// Column order in the file; every column is an array of little-endian int64.
enum class Column : uint8_t { kTs, kOpen, kHigh, kLow, kClose, kVolume, kAdjClose };
inline constexpr std::size_t kColumnCount = 7;

// Byte offsets are fixed by static_asserts in bar_cache_format.cc.
struct FileHeader {
  char magic[8];
  uint32_t format_version;
  uint32_t header_size;
  uint64_t endian_marker;
  uint64_t file_size;
  uint64_t bar_count;
  int64_t interval_ns;
  uint32_t column_count;
  uint32_t symbol_length;
  char symbol[kMaxSymbolLength];  // not NUL-terminated; zero padded
  uint64_t column_offset[kColumnCount];
  uint64_t payload_hash;  // XXH64 (seed 0) of bytes [header_size, file_size)
  uint64_t source_count;
  int64_t source_first_ts_ns;
  int64_t source_last_ts_ns;
  uint64_t source_content_hash;
  unsigned char reserved[64];  // zero
  uint64_t header_hash;        // XXH64 (seed 0) of every header byte before this field
};

// Bytes one column takes for `bar_count` bars, padded to kAlignment.
constexpr uint64_t column_stride(uint64_t bar_count) {
  return (bar_count * 8 + kAlignment - 1) / kAlignment * kAlignment;
}
// Offset of `column` in a file of `bar_count` bars; columns follow the header in Column order.
constexpr uint64_t column_offset(uint64_t bar_count, std::size_t column) {
  return kHeaderSize + column * column_stride(bar_count);
}
constexpr uint64_t file_size_for(uint64_t bar_count) {
  return column_offset(bar_count, kColumnCount);
}

// The most bars a file may hold; keeps every size computation far from uint64 overflow.
inline constexpr uint64_t kMaxBarCount = uint64_t{1} << 40;

// OK when `symbol` is usable as a file name: 1..32 of [A-Za-z0-9.^=_-], not starting with '.'.
Status validate_symbol(std::string_view symbol);

// `root`/<symbol>/<interval name>.qtbc, e.g. cache/AAPL/1day.qtbc.
Result<std::filesystem::path> cache_file_path(const std::filesystem::path& root,
                                              std::string_view symbol, BarInterval interval);

// Recovers a BarInterval from its stored nanoseconds; fails for lengths the model cannot name.
Result<BarInterval> interval_from_ns(int64_t ns);

}  // namespace qtb::bar_cache
