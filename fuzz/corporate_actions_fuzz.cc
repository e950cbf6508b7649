// Fuzzes parse_corporate_actions_csv (data/corporate_actions.h), then adjust_bars with what it
// accepted over four fixed daily bars.
// Properties: accepted actions are well formed (upper-case ticker, positive ratio terms or a
// positive USD dividend); every reported error names the file and a line inside it; a
// split-only adjustment either fails as a value or gives each price as raw * D / N rounded
// half-even, D / N the product of the later splits (checked in 128 bits here).
#include <cstdint>
#include <numeric>
#include <string>
#include <vector>

#include "data/corporate_actions.h"
#include "fuzz/fuzz_check.h"

namespace {

using qtb::data::CorporateAction;
using qtb::data::CorporateActionKind;
using qtb::fixed_point::Int128;

std::vector<qtb::Bar> fixed_bars() {
  std::vector<qtb::Bar> bars;
  for (int day = 2; day <= 5; ++day) {
    qtb::Bar bar;
    bar.ts = qtb::Timestamp::from_date(qtb::Date::from_ymd(2024, 1, day));
    bar.open = bar.high = bar.low = bar.close = qtb::Price::from_units(100 + day);
    bar.volume = qtb::Quantity::from_units(5'000'000);
    bars.push_back(bar);
  }
  return bars;
}

void check_errors(const std::string& message, std::size_t lines) {
  std::size_t start = 0;
  while (start <= message.size()) {
    std::size_t end = message.find('\n', start);
    if (end == std::string::npos) end = message.size();
    const std::string_view one(message.data() + start, end - start);
    FUZZ_CHECK(one.starts_with("fuzz.csv:"), "error without its file: " + std::string(one));
    const std::size_t line = std::strtoul(one.data() + 9, nullptr, 10);
    FUZZ_CHECK(line >= 1 && line <= std::max<std::size_t>(lines, 1),
               "error outside the file: " + std::string(one));
    start = end + 1;
  }
}

void check_action(const CorporateAction& a) {
  FUZZ_CHECK(!a.ticker.empty(), "empty ticker");
  for (char c : a.ticker) FUZZ_CHECK(c < 'a' || c > 'z', "lower-case ticker " + a.ticker);
  if (a.kind == CorporateActionKind::kSplit) {
    FUZZ_CHECK(a.numerator > 0 && a.denominator > 0, "non-positive split term");
  } else {
    FUZZ_CHECK(a.dividend.is_positive() && a.dividend.currency() == qtb::Currency::usd(),
               "bad dividend " + a.dividend.to_string());
  }
}

// D / N of the splits after `date`, reduced; false when it leaves int64 (no check then).
bool later_split_ratio(const std::vector<CorporateAction>& actions, qtb::Date date, int64_t* n,
                       int64_t* d) {
  *n = 1;
  *d = 1;
  for (const CorporateAction& a : actions) {
    if (a.kind != CorporateActionKind::kSplit || a.ex_date <= date) continue;
    if (__builtin_mul_overflow(*n, a.numerator, n) ||
        __builtin_mul_overflow(*d, a.denominator, d)) {
      return false;
    }
    const int64_t g = std::gcd(*n, *d);
    *n /= g;
    *d /= g;
  }
  return true;
}

void check_split_adjustment(const std::vector<CorporateAction>& actions) {
  const std::vector<qtb::Bar> raw = fixed_bars();
  const auto adjusted = qtb::data::adjust_bars(raw, actions, qtb::data::AdjustMode::kSplitOnly);
  if (!adjusted.ok()) return;
  FUZZ_CHECK(adjusted->size() == raw.size(), "adjust_bars changed the bar count");
  for (std::size_t i = 0; i < raw.size(); ++i) {
    int64_t n = 0;
    int64_t d = 0;
    if (!later_split_ratio(actions, raw[i].ts.utc_date(), &n, &d)) continue;
    // |adj * N - close * D| <= N / 2: adj is close * D / N to the nearest raw unit.
    const Int128 error = static_cast<Int128>((*adjusted)[i].close.raw()) * n -
                         static_cast<Int128>(raw[i].close.raw()) * d;
    FUZZ_CHECK((error < 0 ? -error : error) * 2 <= n,
               "adjusted close " + (*adjusted)[i].close.to_string() + " is not " +
                   raw[i].close.to_string() + " * " + std::to_string(d) + " / " +
                   std::to_string(n));
  }
}

}  // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view text = qtb::fuzz::as_text(data, size);
  const auto actions = qtb::data::parse_corporate_actions_csv(text, "fuzz.csv");
  if (!actions.ok()) {
    check_errors(actions.error().message(), qtb::fuzz::line_count(text));
    return 0;
  }
  FUZZ_CHECK(actions->size() < std::max<std::size_t>(qtb::fuzz::line_count(text), 1),
             "more actions than data lines");
  for (const CorporateAction& a : *actions) check_action(a);
  check_split_adjustment(*actions);
  (void)qtb::data::adjust_bars(fixed_bars(), *actions, qtb::data::AdjustMode::kSplitAndDividend);
  return 0;
}
