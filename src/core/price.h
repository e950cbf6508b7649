// Price: an exact per-unit price, 9 fraction digits, range about +/-9.2e9.
#pragma once

#include "core/fixed_point.h"

namespace qtb {

struct PriceTag {};
using Price = FixedDecimal<PriceTag, 9>;

consteval Price operator""_px(const char* text, std::size_t len) {
  return parse_literal<Price>(text, len);
}

}  // namespace qtb
