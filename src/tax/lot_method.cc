#include "tax/lot_method.h"

#include <fmt/format.h>

namespace qtb::tax {

Result<LotMethod> parse_lot_method(std::string_view text) {
  if (text == "fifo") return LotMethod::kFifo;
  if (text == "lifo") return LotMethod::kLifo;
  if (text == "hifo") return LotMethod::kHifo;
  if (text == "specific") return LotMethod::kSpecific;
  return invalid_argument(
      fmt::format("lot method \"{}\": expected fifo, lifo, hifo or specific", text));
}

std::string to_string(LotMethod method) {
  switch (method) {
    case LotMethod::kFifo:
      return "fifo";
    case LotMethod::kLifo:
      return "lifo";
    case LotMethod::kHifo:
      return "hifo";
    case LotMethod::kSpecific:
      return "specific";
  }
  return "fifo";
}

}  // namespace qtb::tax
