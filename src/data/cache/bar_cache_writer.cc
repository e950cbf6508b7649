#include "data/cache/bar_cache_writer.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <system_error>
#include <vector>

#include "data/cache/bar_cache_format.h"
#include "data/cache/series_fingerprint.h"
#include "data/cache/xxhash64.h"

namespace qtb {
namespace {

using bar_cache::Column;
using bar_cache::FileHeader;

Error io_error(const std::filesystem::path& path, const char* what, int err) {
  return Error(ErrorCode::kIoError,
               fmt::format("bar cache {}: {}: {}", path.string(), what, std::strerror(err)));
}

Status check_sorted(std::string_view symbol, BarInterval interval, std::span<const Bar> bars) {
  for (std::size_t i = 1; i < bars.size(); ++i) {
    if (bars[i].ts > bars[i - 1].ts) continue;
    return invalid_argument(fmt::format(
        "bar cache {}/{}: bar {} at {} {} bar {}; bars must be sorted by time without duplicates",
        symbol, interval.name(), i, bars[i].ts.to_iso8601(),
        bars[i].ts == bars[i - 1].ts ? "duplicates" : "comes before", i - 1));
  }
  return {};
}

// Copies one field of every bar into `out`.
void fill_column(std::span<const Bar> bars, Column column, int64_t* out) {
  std::size_t i = 0;
  switch (column) {
    case Column::kTs:
      for (const Bar& b : bars) out[i++] = b.ts.ns();
      break;
    case Column::kOpen:
      for (const Bar& b : bars) out[i++] = b.open.raw();
      break;
    case Column::kHigh:
      for (const Bar& b : bars) out[i++] = b.high.raw();
      break;
    case Column::kLow:
      for (const Bar& b : bars) out[i++] = b.low.raw();
      break;
    case Column::kClose:
      for (const Bar& b : bars) out[i++] = b.close.raw();
      break;
    case Column::kVolume:
      for (const Bar& b : bars) out[i++] = b.volume.raw();
      break;
    case Column::kAdjClose:
      for (const Bar& b : bars) out[i++] = b.adj_close.raw();
      break;
  }
}

bool write_all(int fd, const void* data, std::size_t size) {
  const auto* p = static_cast<const unsigned char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

FileHeader make_header(std::string_view symbol, BarInterval interval, std::size_t count,
                       uint64_t payload_hash, const SeriesFingerprint& source) {
  FileHeader h{};
  std::memcpy(h.magic, bar_cache::kMagic, sizeof h.magic);
  h.format_version = bar_cache::kFormatVersion;
  h.header_size = bar_cache::kHeaderSize;
  h.endian_marker = bar_cache::kEndianMarker;
  h.bar_count = count;
  h.file_size = bar_cache::file_size_for(count);
  h.interval_ns = interval.ns();
  h.column_count = bar_cache::kColumnCount;
  h.symbol_length = static_cast<uint32_t>(symbol.size());
  std::memcpy(h.symbol, symbol.data(), symbol.size());
  for (std::size_t c = 0; c < bar_cache::kColumnCount; ++c) {
    h.column_offset[c] = bar_cache::column_offset(count, c);
  }
  h.payload_hash = payload_hash;
  h.source_count = source.count;
  h.source_first_ts_ns = source.first_ts.ns();
  h.source_last_ts_ns = source.last_ts.ns();
  h.source_content_hash = source.content_hash;
  h.header_hash = xxh64(&h, offsetof(FileHeader, header_hash));
  return h;
}

// mkstemp pattern for `target`: a hidden name, so a leftover is never taken for a cache file.
std::string temp_pattern(const std::filesystem::path& dir, const std::filesystem::path& target) {
  // Built with append: g++ 12 -O3 raises a false -Wrestrict on `"." + std::string`.
  std::string name = dir.string();
  name.append("/.").append(target.filename().string()).append(".tmp.XXXXXX");
  return name;
}

// A temporary file next to the target, removed unless commit() renamed it into place.
class TempFile {
 public:
  explicit TempFile(const std::filesystem::path& target)
      : target_(target),
        dir_(target.has_parent_path() ? target.parent_path() : std::filesystem::path(".")),
        name_(temp_pattern(dir_, target)) {
    fd_ = ::mkstemp(name_.data());
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!committed_ && fd_ >= 0) ::unlink(name_.c_str());
  }
  int fd() const { return fd_; }

  // Writes `bars` in column order with the header last (it holds the payload hash).
  Status fill(std::string_view symbol, BarInterval interval, std::span<const Bar> bars) {
    if (fd_ < 0) return io_error(target_, "create temporary file", errno);
    if (::fchmod(fd_, 0644) != 0) return io_error(target_, "chmod", errno);
    const FileHeader placeholder{};
    if (!write_all(fd_, &placeholder, sizeof placeholder)) return io_error(target_, "write", errno);
    std::vector<int64_t> column(bar_cache::column_stride(bars.size()) / sizeof(int64_t), 0);
    const std::size_t column_bytes = column.size() * sizeof(int64_t);
    Xxh64 payload;
    for (std::size_t c = 0; c < bar_cache::kColumnCount; ++c) {
      fill_column(bars, static_cast<Column>(c), column.data());
      payload.update(column.data(), column_bytes);
      if (!write_all(fd_, column.data(), column_bytes)) return io_error(target_, "write", errno);
    }
    const FileHeader h =
        make_header(symbol, interval, bars.size(), payload.digest(), fingerprint_of(bars));
    if (::pwrite(fd_, &h, sizeof h, 0) != static_cast<ssize_t>(sizeof h)) {
      return io_error(target_, "write header", errno);
    }
    return {};
  }

  // Makes the bytes durable, then atomically replaces the target with them.
  Status commit() {
    if (::fsync(fd_) != 0) return io_error(target_, "fsync", errno);
    if (::rename(name_.c_str(), target_.c_str()) != 0) return io_error(target_, "rename", errno);
    committed_ = true;
    // fsync the directory so the rename itself survives a crash.
    const int dir = ::open(dir_.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0) return io_error(dir_, "open directory", errno);
    const int rc = ::fsync(dir);
    const int err = errno;
    ::close(dir);
    if (rc != 0) return io_error(dir_, "fsync directory", err);
    return {};
  }

 private:
  std::filesystem::path target_;
  std::filesystem::path dir_;
  std::string name_;
  int fd_ = -1;
  bool committed_ = false;
};

}  // namespace

Status BarCacheWriter::write(std::string_view symbol, BarInterval interval,
                             std::span<const Bar> bars) const {
  Result<std::filesystem::path> path = bar_cache::cache_file_path(root_, symbol, interval);
  if (!path.ok()) return path.error();
  return write_file(*path, symbol, interval, bars);
}

Status BarCacheWriter::write_file(const std::filesystem::path& path, std::string_view symbol,
                                  BarInterval interval, std::span<const Bar> bars) {
  QTB_TRY_STATUS(bar_cache::validate_symbol(symbol));
  QTB_TRY_STATUS(check_sorted(symbol, interval, bars));
  if (bars.size() > bar_cache::kMaxBarCount) {
    return out_of_range(fmt::format("bar cache {}: {} bars exceed the format's limit of {}",
                                    path.string(), bars.size(), bar_cache::kMaxBarCount));
  }
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) {
    return Error(ErrorCode::kIoError, fmt::format("bar cache {}: create directory: {}",
                                                  path.parent_path().string(), ec.message()));
  }
  TempFile temp(path);
  QTB_TRY_STATUS(temp.fill(symbol, interval, bars));
  return temp.commit();
}

}  // namespace qtb
