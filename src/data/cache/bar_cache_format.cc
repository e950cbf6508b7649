#include "data/cache/bar_cache_format.h"

#include <fmt/format.h>

#include <cstddef>

namespace qtb::bar_cache {

static_assert(sizeof(FileHeader) == kHeaderSize);
static_assert(offsetof(FileHeader, format_version) == 8);
static_assert(offsetof(FileHeader, endian_marker) == 16);
static_assert(offsetof(FileHeader, file_size) == 24);
static_assert(offsetof(FileHeader, bar_count) == 32);
static_assert(offsetof(FileHeader, interval_ns) == 40);
static_assert(offsetof(FileHeader, column_count) == 48);
static_assert(offsetof(FileHeader, symbol_length) == 52);
static_assert(offsetof(FileHeader, symbol) == 56);
static_assert(offsetof(FileHeader, column_offset) == 88);
static_assert(offsetof(FileHeader, payload_hash) == 144);
static_assert(offsetof(FileHeader, source_count) == 152);
static_assert(offsetof(FileHeader, source_content_hash) == 176);
static_assert(offsetof(FileHeader, reserved) == 184);
static_assert(offsetof(FileHeader, header_hash) == 248);
static_assert(kHeaderSize % kAlignment == 0);

namespace {

bool is_symbol_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '^' || c == '=' || c == '_' || c == '-';
}

}  // namespace

Status validate_symbol(std::string_view symbol) {
  if (symbol.empty() || symbol.size() > kMaxSymbolLength) {
    return invalid_argument(
        fmt::format("symbol \"{}\": must be 1 to {} characters", symbol, kMaxSymbolLength));
  }
  if (symbol.front() == '.') {
    return invalid_argument(fmt::format("symbol \"{}\": must not start with '.'", symbol));
  }
  for (char c : symbol) {
    if (!is_symbol_char(c)) {
      return invalid_argument(fmt::format(
          "symbol \"{}\": character '{}' not allowed (use A-Z a-z 0-9 . ^ = _ -)", symbol, c));
    }
  }
  return {};
}

Result<std::filesystem::path> cache_file_path(const std::filesystem::path& root,
                                              std::string_view symbol, BarInterval interval) {
  QTB_TRY_STATUS(validate_symbol(symbol));
  return root / std::string(symbol) / (interval.name() + kFileExtension);
}

Result<BarInterval> interval_from_ns(int64_t ns) {
  if (ns <= 0 || ns > kNanosPerDay || ns % kNanosPerMinute != 0 || kNanosPerDay % ns != 0) {
    return invalid_argument(fmt::format("bar interval of {} ns is not supported", ns));
  }
  return BarInterval::minutes(ns / kNanosPerMinute);
}

}  // namespace qtb::bar_cache
