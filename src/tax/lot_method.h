// Lot relief methods: which open lots a sale relieves. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace qtb::tax {

enum class LotMethod {
  kFifo,      // first in, first out (the default without identification, Reg. §1.1012-1(c)(1))
  kLifo,      // last in, first out
  kHifo,      // highest per-share basis first
  kSpecific,  // the lots the SELL names in lot_ids; FIFO for a sale that names none
};

// Parses "fifo", "lifo", "hifo" or "specific".
Result<LotMethod> parse_lot_method(std::string_view text);
std::string to_string(LotMethod method);

}  // namespace qtb::tax
