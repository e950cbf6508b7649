// Properties shared by the TOML and .env config fuzz targets (fuzz/config_*_fuzz.cc).
#pragma once

#include <charconv>
#include <string>
#include <string_view>

#include "core/config.h"
#include "fuzz/fuzz_check.h"

namespace qtb::fuzz {

// Every key is lower-case and comes from `source_name` at a line inside `text`; every getter
// answers without throwing; a secret prints as *** in dump().
inline void check_loaded_config(const Config& config, std::string_view text,
                                std::string_view source_name) {
  const std::size_t lines = line_count(text);
  const std::string dump = config.dump();
  for (const std::string& key : config.keys()) {
    for (char c : key) FUZZ_CHECK(c < 'A' || c > 'Z', "key not lower-case: " + key);
    FUZZ_CHECK(config.has(key), "listed key not found: " + key);
    const std::string source = config.source_of(key);
    const std::string prefix = std::string(source_name) + ":";
    FUZZ_CHECK(source.starts_with(prefix), "source \"" + source + "\" of " + key);
    std::size_t line = 0;
    const char* begin = source.data() + prefix.size();
    const auto [ptr, ec] = std::from_chars(begin, source.data() + source.size(), line);
    FUZZ_CHECK(
        ec == std::errc() && ptr == source.data() + source.size() && line >= 1 && line <= lines,
        "source \"" + source + "\" outside " + std::to_string(lines) + " lines");
    (void)config.get_string(key);
    (void)config.get_int(key);
    (void)config.get_bool(key);
    (void)config.get_double(key);
    (void)config.get_price(key);
    (void)config.get_money(key);
    (void)config.get_string_list(key);
    if (config.is_secret(key)) {
      const std::string line_text = key + " = ***  # " + source + "\n";
      FUZZ_CHECK(dump.find(line_text) != std::string::npos, "secret not masked: " + key);
    }
  }
}

}  // namespace qtb::fuzz
