// Bar: one OHLCV interval of one instrument. Plain value type.
// Timestamp convention (docs/data.md): intraday bars are stamped with the UTC instant their
// interval starts; daily bars with the session date at 00:00 UTC (the New York trading date).
#pragma once

#include <cstdint>

#include "core/date.h"
#include "core/price.h"
#include "core/quantity.h"

namespace qtb {

struct Bar {
  Timestamp ts;
  Price open;
  Price high;
  Price low;
  Price close;
  Quantity volume;
  Price adj_close;  // vendor's adjusted close; zero when the source had none
};

}  // namespace qtb
