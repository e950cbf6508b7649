// Fuzzes SymbolRegistry::load_csv_text (core/symbol_registry.h).
// Properties: a failed load changes nothing (all or nothing); after a good load the ids are
// dense 1..size() in iteration order, every ticker is normalised and found under its id, and a
// ticker known before the load keeps its id.
#include <cstdint>
#include <string>

#include "core/symbol_registry.h"
#include "fuzz/fuzz_check.h"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view text = qtb::fuzz::as_text(data, size);
  qtb::SymbolRegistry registry;
  FUZZ_CHECK(registry.intern("SPY").ok(), "cannot intern SPY");
  const qtb::Status status = registry.load_csv_text(text, "fuzz.csv");
  if (!status.ok()) {
    FUZZ_CHECK(status.error().message().starts_with("fuzz.csv"),
               "error without its file: " + status.error().message());
    FUZZ_CHECK(registry.size() == 1, "failed load added instruments");
    FUZZ_CHECK(registry.find("SPY") != nullptr && registry.find("SPY")->id == 1,
               "failed load changed SPY");
    return 0;
  }
  FUZZ_CHECK(registry.find("SPY") != nullptr && registry.find("SPY")->id == 1, "SPY moved");
  qtb::InstrumentId expected = 1;
  for (const qtb::Instrument& instrument : registry) {
    FUZZ_CHECK(instrument.id == expected, "ids not dense at " + instrument.ticker);
    const qtb::Result<std::string> normal =
        qtb::SymbolRegistry::normalize_ticker(instrument.ticker);
    FUZZ_CHECK(normal.ok() && *normal == instrument.ticker,
               "ticker not normal: " + instrument.ticker);
    const qtb::Instrument* by_ticker = registry.find(instrument.ticker);
    FUZZ_CHECK(by_ticker == &instrument, "find(ticker) misses " + instrument.ticker);
    FUZZ_CHECK(registry.find(instrument.id) == &instrument, "find(id) misses " + instrument.ticker);
    ++expected;
  }
  FUZZ_CHECK(expected == registry.size() + 1, "iteration count differs from size()");
  return 0;
}
