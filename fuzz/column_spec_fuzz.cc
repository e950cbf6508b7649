// Fuzzes qtb::data::parse_column_spec (data/column_mapping.h). The input's first line is the
// spec; when it parses, the rest is read as a bar CSV with that mapping.
// Properties: a spec names only header text it was given; then as fuzz/csv_checks.h.
#include <cstdint>

#include "data/column_mapping.h"
#include "fuzz/csv_checks.h"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view input = qtb::fuzz::as_text(data, size);
  const std::size_t newline = input.find('\n');
  const std::string_view spec = input.substr(0, newline);
  const qtb::Result<qtb::data::ColumnMapping> mapping = qtb::data::parse_column_spec(spec);
  if (!mapping.ok()) return 0;
  for (const std::string& name : mapping->header_names) {
    FUZZ_CHECK(name.empty() || spec.find(name) != std::string_view::npos ||
                   qtb::data::column_preset(qtb::fuzz::trim_blanks(spec)).ok(),
               "mapping invented header \"" + name + "\"");
  }
  if (newline == std::string_view::npos) return 0;
  const std::string_view text = input.substr(newline + 1);
  qtb::data::CsvReadOptions options;
  options.columns = *mapping;
  const qtb::Result<qtb::data::ParsedBars> parsed =
      qtb::data::parse_bar_csv(text, "fuzz.csv", options);
  if (parsed.ok()) qtb::fuzz::check_parsed_bars(text, *parsed, *mapping);
  return 0;
}
