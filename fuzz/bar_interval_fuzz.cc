// Fuzzes BarInterval::parse (model/bar_interval.h).
// Properties: an accepted interval is a positive length that divides a day, and its canonical
// name() parses back to the same interval.
#include <cstdint>
#include <string>

#include "fuzz/fuzz_check.h"
#include "model/bar_interval.h"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view text = qtb::fuzz::as_text(data, size);
  const qtb::Result<qtb::BarInterval> interval = qtb::BarInterval::parse(text);
  if (!interval.ok()) return 0;
  FUZZ_CHECK(interval->ns() > 0 && qtb::kNanosPerDay % interval->ns() == 0,
             "interval does not divide a day: " + std::to_string(interval->ns()));
  const std::string name = interval->name();
  const qtb::Result<qtb::BarInterval> again = qtb::BarInterval::parse(name);
  FUZZ_CHECK(again.ok() && *again == *interval, "name \"" + name + "\" does not parse back");
  return 0;
}
