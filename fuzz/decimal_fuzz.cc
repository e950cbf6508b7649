// Fuzzes Price/Quantity/Amount::parse and Money::parse (core/fixed_point.h, core/money.h).
// Properties: an accepted text prints back to the same value; a rounding parse agrees with the
// exact one whenever the exact one succeeds and brackets the true value within one raw unit;
// Price and Quantity (9 vs 6 digits) agree on every text both accept.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>

#include "core/money.h"
#include "core/price.h"
#include "core/quantity.h"
#include "fuzz/fuzz_check.h"

namespace {

using qtb::Rounding;

constexpr std::array<Rounding, 5> kModes = {Rounding::kHalfEven, Rounding::kHalfUp, Rounding::kDown,
                                            Rounding::kFloor, Rounding::kCeiling};

template <typename T>
void check_decimal(std::string_view text) {
  const qtb::Result<T> exact = T::parse(text);
  if (exact.ok()) {
    const std::string printed = exact->to_string();
    const qtb::Result<T> again = T::parse(printed);
    FUZZ_CHECK(again.ok() && *again == *exact, "printed \"" + printed + "\"");
    // Printing with every digit kept is exact too.
    const std::string full = exact->to_string(T::kDecimals);
    FUZZ_CHECK(T::parse(full).ok() && *T::parse(full) == *exact, "printed \"" + full + "\"");
  }
  int64_t lowest = INT64_MAX;
  int64_t highest = INT64_MIN;
  for (const Rounding mode : kModes) {
    const qtb::Result<T> rounded = T::parse(text, mode);
    if (exact.ok()) {
      FUZZ_CHECK(rounded.ok() && *rounded == *exact, "rounding parse disagrees with exact");
    }
    if (!rounded.ok()) continue;
    lowest = std::min(lowest, rounded->raw());
    highest = std::max(highest, rounded->raw());
  }
  // Floor and ceiling are the two neighbours of the true value; other modes pick one of them.
  if (lowest <= highest) {
    FUZZ_CHECK(highest - lowest <= 1, "modes span more than one raw unit");
    const qtb::Result<T> floor = T::parse(text, Rounding::kFloor);
    const qtb::Result<T> ceiling = T::parse(text, Rounding::kCeiling);
    if (floor.ok()) FUZZ_CHECK(floor->raw() == lowest, "floor is not the lowest");
    if (ceiling.ok()) FUZZ_CHECK(ceiling->raw() == highest, "ceiling is not the highest");
  }
}

void check_price_vs_quantity(std::string_view text) {
  const qtb::Result<qtb::Quantity> qty = qtb::Quantity::parse(text);
  const qtb::Result<qtb::Price> px = qtb::Price::parse(text);
  if (px.ok() && qty.ok()) {
    FUZZ_CHECK(px->raw() == qty->raw() * 1000, "price and quantity read different values");
  }
  // Six fraction digits always fit in nine when the magnitude fits.
  if (qty.ok() && qty->raw() <= INT64_MAX / 1000 && qty->raw() >= INT64_MIN / 1000) {
    FUZZ_CHECK(px.ok(), "quantity accepts a text that price refuses: " + px.error().message());
  }
}

void check_money(std::string_view text) {
  const std::string_view code = text.substr(0, std::min<std::size_t>(3, text.size()));
  const qtb::Result<qtb::Currency> currency = qtb::Currency::parse(code);
  if (!currency.ok()) return;
  FUZZ_CHECK(currency->code() == code, "currency code changed: " + currency->code());
  const std::string_view amount_text = text.substr(code.size());
  const qtb::Result<qtb::Money> money = qtb::Money::parse(amount_text, *currency);
  const qtb::Result<qtb::Amount> amount = qtb::Amount::parse(amount_text);
  FUZZ_CHECK(money.ok() == amount.ok(), "Money::parse and Amount::parse disagree");
  if (!money.ok()) return;
  FUZZ_CHECK(money->amount() == *amount && money->currency() == *currency, "money mismatch");
  FUZZ_CHECK(*qtb::Money::parse(money->to_string(), *currency) == *money, "money round trip");
}

}  // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view text = qtb::fuzz::as_text(data, size);
  check_decimal<qtb::Price>(text);
  check_decimal<qtb::Quantity>(text);
  check_decimal<qtb::Amount>(text);
  check_price_vs_quantity(text);
  check_money(text);
  return 0;
}
