// Fuzzes Config::load_toml_text (core/config.h; toml++ underneath).
// Properties: see fuzz/config_checks.h; a failed load names the source and a line.
#include <cstdint>

#include "fuzz/config_checks.h"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view text = qtb::fuzz::as_text(data, size);
  qtb::Config config;
  const qtb::Status status = config.load_toml_text(text, "fuzz.toml");
  if (!status.ok()) {
    FUZZ_CHECK(status.error().message().starts_with("fuzz.toml:"),
               "error without its source: " + status.error().message());
    return 0;
  }
  qtb::fuzz::check_loaded_config(config, text, "fuzz.toml");
  return 0;
}
