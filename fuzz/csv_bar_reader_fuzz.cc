// Fuzzes qtb::data::parse_bar_csv (data/csv_bar_reader.h) with the default column mapping.
// Properties: see fuzz/csv_checks.h; a whole-file failure names the file and line 1.
#include <cstdint>

#include "fuzz/csv_checks.h"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view text = qtb::fuzz::as_text(data, size);
  const qtb::Result<qtb::data::ParsedBars> parsed = qtb::data::parse_bar_csv(text, "fuzz.csv");
  if (!parsed.ok()) {
    FUZZ_CHECK(parsed.error().message().starts_with("fuzz.csv:1 "),
               "header error without file:1: " + parsed.error().message());
    return 0;
  }
  qtb::fuzz::check_parsed_bars(text, *parsed, qtb::data::ColumnMapping{});
  return 0;
}
