// Instrument: a tradable US stock or ETF with its reference data. Value type.
#pragma once

#include <cstdint>
#include <string>

namespace qtb {

// Dense id assigned by a SymbolRegistry (and stored as symbols.symbol_id); 0 means none.
using InstrumentId = uint32_t;

struct Instrument {
  InstrumentId id = 0;
  std::string ticker;        // upper-case, e.g. "SPY", "BRK.B"
  std::string company_name;  // may be empty
  std::string sector;        // GICS-style sector name, may be empty
  std::string industry;
  std::string exchange;  // "NYSE", "NASDAQ", "ARCA", ...
};

}  // namespace qtb
