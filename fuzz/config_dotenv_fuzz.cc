// Fuzzes Config::load_dotenv_text (core/config.h).
// Properties: see fuzz/config_checks.h; a failed load names the source and a line.
#include <cstdint>

#include "fuzz/config_checks.h"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view text = qtb::fuzz::as_text(data, size);
  qtb::Config config;
  const qtb::Status status = config.load_dotenv_text(text, ".env");
  if (!status.ok()) {
    FUZZ_CHECK(status.error().message().starts_with(".env:"),
               "error without its source: " + status.error().message());
    return 0;
  }
  qtb::fuzz::check_loaded_config(config, text, ".env");
  return 0;
}
