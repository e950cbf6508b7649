// BarCacheWriter: writes one (symbol, interval) series as a bar cache file under a root
// directory, atomically: the bars go to a temporary file in the target directory, which is
// fsynced and then renamed over the old file, so readers see the old file or the new one,
// never a mix, and readers that mapped the old file keep a valid mapping.
// Stateless apart from the root; concurrent writes of different series are safe, concurrent
// writes of the same series leave one of them (last rename wins).
#pragma once

#include <filesystem>
#include <span>
#include <string_view>

#include "core/result.h"
#include "model/bar.h"
#include "model/bar_interval.h"

namespace qtb {

class BarCacheWriter {
 public:
  explicit BarCacheWriter(std::filesystem::path root) : root_(std::move(root)) {}

  // Writes `bars` to root/<symbol>/<interval>.qtbc, creating directories as needed, and records
  // fingerprint_of(bars) as the source fingerprint. Fails with kInvalidArgument when the symbol
  // is unusable or the bars are not in strictly increasing ts order (the message names the
  // first offending bar), kIoError (naming the file) when the file system fails.
  Status write(std::string_view symbol, BarInterval interval, std::span<const Bar> bars) const;

  // As write(), to an explicit file path.
  static Status write_file(const std::filesystem::path& path, std::string_view symbol,
                           BarInterval interval, std::span<const Bar> bars);

 private:
  std::filesystem::path root_;
};

}  // namespace qtb
