#include "data/cache/mapped_series.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "data/cache/bar_cache_format.h"
#include "data/cache/xxhash64.h"

namespace qtb {
namespace {

using bar_cache::FileHeader;

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

Error reject(const std::filesystem::path& path, const std::string& reason) {
  return Error(ErrorCode::kValidation, fmt::format("bar cache {}: {}", path.string(), reason));
}

std::string truncated(std::size_t size, uint64_t needed) {
  return fmt::format("truncated: file has {} bytes, needs {}", size, needed);
}

// The prefix every format version keeps: magic, version, header size, endian marker.
std::string check_prefix(const FileHeader& h, std::size_t size) {
  if (std::memcmp(h.magic, bar_cache::kMagic, std::min(size, sizeof h.magic)) != 0) {
    return std::string("bad magic: not a qtb bar cache file");
  }
  if (size < offsetof(FileHeader, file_size)) {
    return truncated(size, bar_cache::kHeaderSize);
  }
  if (h.endian_marker != bar_cache::kEndianMarker) {
    return h.endian_marker == __builtin_bswap64(bar_cache::kEndianMarker)
               ? std::string("written with the other byte order; rebuild the cache here")
               : fmt::format("bad endianness marker 0x{:016x}", h.endian_marker);
  }
  if (h.format_version != bar_cache::kFormatVersion) {
    return fmt::format("unsupported format version {} (this build reads version {})",
                       h.format_version, bar_cache::kFormatVersion);
  }
  if (h.header_size != bar_cache::kHeaderSize) {
    return fmt::format("bad header size {} (version {} uses {})", h.header_size,
                       bar_cache::kFormatVersion, bar_cache::kHeaderSize);
  }
  if (size < bar_cache::kHeaderSize) return truncated(size, bar_cache::kHeaderSize);
  return std::string();
}

// Empty string when the header is sound and consistent with a file of `size` bytes.
std::string check_header(const FileHeader& h, std::size_t size) {
  if (std::string reason = check_prefix(h, size); !reason.empty()) return reason;
  const uint64_t hash = xxh64(&h, offsetof(FileHeader, header_hash));
  if (hash != h.header_hash) {
    return fmt::format("header checksum mismatch (stored 0x{:016x}, computed 0x{:016x})",
                       h.header_hash, hash);
  }
  if (h.column_count != bar_cache::kColumnCount) {
    return fmt::format("bad column count {}", h.column_count);
  }
  if (h.bar_count > bar_cache::kMaxBarCount) return fmt::format("bad bar count {}", h.bar_count);
  const uint64_t expected = bar_cache::file_size_for(h.bar_count);
  if (h.file_size != expected) {
    return fmt::format("header says {} bytes but {} bars need {}", h.file_size, h.bar_count,
                       expected);
  }
  if (size < expected) return truncated(size, expected);
  if (size > expected) {
    return fmt::format("{} unexpected bytes after the last column", size - expected);
  }
  for (std::size_t c = 0; c < bar_cache::kColumnCount; ++c) {
    if (h.column_offset[c] != bar_cache::column_offset(h.bar_count, c)) {
      return fmt::format("column {} at offset {}, expected {}", c, h.column_offset[c],
                         bar_cache::column_offset(h.bar_count, c));
    }
  }
  if (h.symbol_length == 0 || h.symbol_length > bar_cache::kMaxSymbolLength) {
    return fmt::format("bad symbol length {}", h.symbol_length);
  }
  return std::string();
}

}  // namespace

Result<MappedSeries> MappedSeries::open(const std::filesystem::path& path, CacheVerify verify) {
  const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) {
    const int err = errno;
    return Error(err == ENOENT ? ErrorCode::kNotFound : ErrorCode::kIoError,
                 fmt::format("bar cache {}: {}", path.string(), std::strerror(err)));
  }
  struct stat st {};
  if (::fstat(fd.get(), &st) != 0) {
    return Error(ErrorCode::kIoError,
                 fmt::format("bar cache {}: stat: {}", path.string(), std::strerror(errno)));
  }
  if (!S_ISREG(st.st_mode)) return reject(path, "not a regular file");
  const auto size = static_cast<std::size_t>(st.st_size);
  if (size == 0) return reject(path, truncated(0, bar_cache::kHeaderSize));

  // No MAP_POPULATE: with the kernel's fault-around it measured slower (0.66 vs 0.50 ms CPU
  // for a checksummed year of minute bars, bench/bar_cache_bench.cc).
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd.get(), 0);
  if (map == MAP_FAILED) {
    return Error(ErrorCode::kIoError,
                 fmt::format("bar cache {}: mmap: {}", path.string(), std::strerror(errno)));
  }
  MappedSeries series;
  series.map_ = map;
  series.map_size_ = size;
  QTB_TRY_STATUS(series.adopt(path, verify));
  return series;
}

Status MappedSeries::adopt(const std::filesystem::path& path, CacheVerify verify) {
  const auto* base = static_cast<const unsigned char*>(map_);
  const std::size_t size = map_size_;

  FileHeader h{};
  std::memcpy(&h, base, std::min<std::size_t>(size, sizeof h));
  if (std::string reason = check_header(h, size); !reason.empty()) return reject(path, reason);
  if (verify == CacheVerify::kChecksum) {
    const uint64_t hash = xxh64(base + bar_cache::kHeaderSize, size - bar_cache::kHeaderSize);
    if (hash != h.payload_hash) {
      return reject(path, fmt::format("payload checksum mismatch (stored 0x{:016x}, computed "
                                      "0x{:016x}): the file is corrupt",
                                      h.payload_hash, hash));
    }
  }
  const std::string_view symbol(h.symbol, h.symbol_length);
  if (Status s = bar_cache::validate_symbol(symbol); !s.ok()) {
    return reject(path, s.error().message());
  }
  Result<BarInterval> interval = bar_cache::interval_from_ns(h.interval_ns);
  if (!interval.ok()) return reject(path, interval.error().message());

  symbol_ = std::string(symbol);
  interval_ = *interval;
  source_ = SeriesFingerprint{h.source_count, Timestamp::from_ns(h.source_first_ts_ns),
                              Timestamp::from_ns(h.source_last_ts_ns), h.source_content_hash};
  if (h.bar_count > 0) {
    Columns columns{};
    for (std::size_t c = 0; c < bar_cache::kColumnCount; ++c) {
      // The offsets are 64-byte aligned within a page-aligned mapping.
      columns[c] = reinterpret_cast<const int64_t*>(base + h.column_offset[c]);
    }
    static_cast<SeriesView&>(*this) = SeriesView(columns, static_cast<std::size_t>(h.bar_count));
  }
  return {};
}

MappedSeries::MappedSeries(MappedSeries&& other) noexcept
    : SeriesView(other),
      map_(std::exchange(other.map_, nullptr)),
      map_size_(std::exchange(other.map_size_, 0)),
      symbol_(std::move(other.symbol_)),
      interval_(other.interval_),
      source_(other.source_) {
  static_cast<SeriesView&>(other) = SeriesView();
}

MappedSeries& MappedSeries::operator=(MappedSeries&& other) noexcept {
  if (this != &other) {
    unmap();
    static_cast<SeriesView&>(*this) = other;
    static_cast<SeriesView&>(other) = SeriesView();
    map_ = std::exchange(other.map_, nullptr);
    map_size_ = std::exchange(other.map_size_, 0);
    symbol_ = std::move(other.symbol_);
    interval_ = other.interval_;
    source_ = other.source_;
  }
  return *this;
}

MappedSeries::~MappedSeries() { unmap(); }

void MappedSeries::unmap() {
  if (map_ != nullptr) ::munmap(map_, map_size_);
  map_ = nullptr;
  map_size_ = 0;
}

}  // namespace qtb
