// Property checks for fuzz targets: a failed check prints what broke and aborts, which
// libFuzzer reports as a crash and saves the input. Header-only; used by fuzz/*_fuzz.cc only.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace qtb::fuzz {

[[noreturn]] inline void check_failed(const char* expr, const char* file, int line,
                                      const std::string& detail) {
  std::fprintf(stderr, "%s:%d: property failed: %s\n  %s\n", file, line, expr, detail.c_str());
  std::abort();
}

// The fuzz input as text (it may hold any bytes, NUL included).
inline std::string_view as_text(const uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// Number of lines in `text` as an editor counts them (a final line without '\n' counts).
inline std::size_t line_count(std::string_view text) {
  std::size_t lines = 0;
  for (char c : text) lines += c == '\n' ? 1 : 0;
  return lines + (text.empty() || text.back() == '\n' ? 0 : 1);
}

}  // namespace qtb::fuzz

// FUZZ_CHECK(cond, detail): `detail` (a std::string expression) is evaluated only on failure.
#define FUZZ_CHECK(cond, detail)                                                 \
  do {                                                                           \
    if (!(cond)) ::qtb::fuzz::check_failed(#cond, __FILE__, __LINE__, (detail)); \
  } while (false)
