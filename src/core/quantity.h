// Quantity: shares (fractional allowed), 6 fraction digits, range about +/-9.2e12.
#pragma once

#include "core/fixed_point.h"

namespace qtb {

struct QuantityTag {};
using Quantity = FixedDecimal<QuantityTag, 6>;

consteval Quantity operator""_qty(const char* text, std::size_t len) {
  return parse_literal<Quantity>(text, len);
}

}  // namespace qtb
