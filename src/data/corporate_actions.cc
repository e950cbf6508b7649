#include "data/corporate_actions.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <numeric>

#include "data/bar_validator.h"

namespace qtb::data {
namespace {

using fixed_point::Int128;
constexpr int64_t kFactorScale = fixed_point::pow10(kFactorDecimals);

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '"')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '"' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

std::vector<std::string_view> split_commas(std::string_view line) {
  std::vector<std::string_view> out;
  while (true) {
    const std::size_t comma = line.find(',');
    out.push_back(trim(line.substr(0, comma)));
    if (comma == std::string_view::npos) return out;
    line.remove_prefix(comma + 1);
  }
}

bool parse_positive_int(std::string_view text, int64_t* out) {
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), *out);
  return ec == std::errc() && ptr == text.data() + text.size() && *out > 0;
}

// Reads the value column into `action` by its kind; returns the reason it is bad, or "".
std::string parse_value(std::string_view value, CorporateAction& action) {
  if (action.kind == CorporateActionKind::kSplit) {
    const std::size_t colon = value.find(':');
    if (colon == std::string_view::npos ||
        !parse_positive_int(value.substr(0, colon), &action.numerator) ||
        !parse_positive_int(value.substr(colon + 1), &action.denominator)) {
      return fmt::format("split ratio must be N:D with positive integers, got \"{}\"", value);
    }
    return "";
  }
  Result<Money> amount = Money::parse(value);
  if (!amount.ok()) return amount.error().message();
  if (!amount->is_positive()) return fmt::format("dividend must be positive, got \"{}\"", value);
  action.dividend = *amount;
  return "";
}

// Parses one data row; returns "field: reason" for the first bad field, or "".
std::string parse_action_row(std::string_view line, CorporateAction& action) {
  const std::vector<std::string_view> f = split_commas(line);
  if (f.size() != 4) return fmt::format("row: expected 4 fields, found {}", f.size());
  if (f[0].empty()) return "symbol: empty";
  action.ticker = std::string(f[0]);
  std::transform(action.ticker.begin(), action.ticker.end(), action.ticker.begin(),
                 [](char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c; });
  Result<Date> date = Date::parse(f[1]);
  if (!date.ok()) return "ex_date: " + date.error().message();
  action.ex_date = *date;
  if (f[2] == "split") {
    action.kind = CorporateActionKind::kSplit;
  } else if (f[2] == "dividend" || f[2] == "cash_dividend") {
    action.kind = CorporateActionKind::kCashDividend;
  } else {
    return fmt::format("type: expected split or dividend, got \"{}\"", f[2]);
  }
  const std::string why = parse_value(f[3], action);
  return why.empty() ? "" : "value: " + why;
}

bool is_action_header(std::string_view line) {
  const std::vector<std::string_view> f = split_commas(line);
  return f.size() == 4 && (f[0] == "symbol" || f[0] == "ticker") && f[1] == "ex_date" &&
         f[2] == "type" && f[3] == "value";
}

// Exact running split ratio: prices scale by den/num, volumes by num/den.
struct SplitRatio {
  int64_t num = 1;
  int64_t den = 1;
  Status apply(const CorporateAction& split) {
    if (__builtin_mul_overflow(num, split.numerator, &num) ||
        __builtin_mul_overflow(den, split.denominator, &den)) {
      return out_of_range(
          fmt::format("split ratios before {} overflow", split.ex_date.to_string()));
    }
    const int64_t g = std::gcd(num, den);
    num /= g;
    den /= g;
    return {};
  }
};

// Raw close of the last bar dated before `ex_date`, or nullopt.
std::optional<Price> close_before(std::span<const Bar> raw, Date ex_date) {
  const auto it = std::partition_point(raw.begin(), raw.end(),
                                       [&](const Bar& b) { return trading_date(b.ts) < ex_date; });
  if (it == raw.begin()) return std::nullopt;
  return std::prev(it)->close;
}

// 1 - D / C with kFactorDecimals digits, rounded half-even.
Result<int64_t> dividend_factor(const CorporateAction& div, Price prev_close) {
  const Int128 d = static_cast<Int128>(div.dividend.raw()) *
                   fixed_point::pow10(Price::kDecimals - Money::kDecimals);
  const Int128 c = prev_close.raw();
  if (d >= c) {
    return out_of_range(fmt::format("dividend {} on {} is not below the previous close {}",
                                    div.dividend.to_string(), div.ex_date.to_string(),
                                    prev_close.to_string()));
  }
  return static_cast<int64_t>(
      fixed_point::divide_rounded((c - d) * kFactorScale, c, Rounding::kHalfEven));
}

Result<Price> adjust_price(Price px, int64_t div_factor, const SplitRatio& split) {
  Int128 num = 0;
  if (__builtin_mul_overflow(static_cast<Int128>(px.raw()), static_cast<Int128>(div_factor),
                             &num) ||
      __builtin_mul_overflow(num, static_cast<Int128>(split.den), &num)) {
    return out_of_range(fmt::format("adjusting price {} overflows", px.to_string()));
  }
  const Int128 den = static_cast<Int128>(kFactorScale) * split.num;
  const Int128 adjusted = fixed_point::divide_rounded(num, den, Rounding::kHalfEven);
  if (adjusted > INT64_MAX || adjusted < INT64_MIN) {
    return out_of_range(fmt::format("adjusting price {} overflows", px.to_string()));
  }
  return Price::from_raw(static_cast<int64_t>(adjusted));
}

// Volume * num / den, rounded half-even; an error rather than a throw when it overflows.
Result<Quantity> adjust_volume(Quantity volume, const SplitRatio& split) {
  const Int128 adjusted = fixed_point::divide_rounded(static_cast<Int128>(volume.raw()) * split.num,
                                                      split.den, Rounding::kHalfEven);
  if (adjusted > INT64_MAX || adjusted < INT64_MIN) {
    return out_of_range(fmt::format("adjusting volume {} overflows", volume.to_string()));
  }
  return Quantity::from_raw(static_cast<int64_t>(adjusted));
}

// Factors in effect for bars before each ex-date, walked from the latest ex-date back.
class FactorWalk {
 public:
  explicit FactorWalk(std::vector<CorporateAction> actions) : actions_(std::move(actions)) {
    std::sort(
        actions_.begin(), actions_.end(),
        [](const CorporateAction& a, const CorporateAction& b) { return a.ex_date > b.ex_date; });
  }

  // Applies every action with ex_date > `date` not yet applied.
  Status advance_to(Date date, std::span<const Bar> raw) {
    for (; next_ < actions_.size() && actions_[next_].ex_date > date; ++next_) {
      const CorporateAction& a = actions_[next_];
      if (a.kind == CorporateActionKind::kSplit) {
        QTB_TRY_STATUS(split_.apply(a));
        continue;
      }
      const std::optional<Price> prev_close = close_before(raw, a.ex_date);
      if (!prev_close) continue;  // no bar before it to adjust
      Result<int64_t> f = dividend_factor(a, *prev_close);
      if (!f.ok()) return f.error();
      div_ = static_cast<int64_t>(fixed_point::divide_rounded(static_cast<Int128>(div_) * *f,
                                                              kFactorScale, Rounding::kHalfEven));
    }
    return {};
  }

  int64_t dividend_factor_raw() const { return div_; }
  const SplitRatio& split() const { return split_; }

 private:
  std::vector<CorporateAction> actions_;
  std::size_t next_ = 0;
  int64_t div_ = kFactorScale;
  SplitRatio split_;
};

Result<Bar> adjust_bar(const Bar& bar, const FactorWalk& walk) {
  Bar out = bar;
  Price* const prices[] = {&out.open, &out.high, &out.low, &out.close};
  for (Price* px : prices) {
    Result<Price> adjusted = adjust_price(*px, walk.dividend_factor_raw(), walk.split());
    if (!adjusted.ok()) return adjusted.error();
    *px = *adjusted;
  }
  out.adj_close = out.close;
  Result<Quantity> volume = adjust_volume(bar.volume, walk.split());
  if (!volume.ok()) return volume.error();
  out.volume = *volume;
  return out;
}

}  // namespace

Result<std::vector<CorporateAction>> parse_corporate_actions_csv(std::string_view text,
                                                                 std::string_view file) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<CorporateAction> actions;
  std::string errors;
  uint32_t line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    const std::string_view line = trim(text.substr(0, nl));
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    if (++line_no == 1) {
      if (!is_action_header(line)) {
        return invalid_argument(
            fmt::format("{}:1 header: expected symbol,ex_date,type,value, got \"{}\"", file, line));
      }
      continue;
    }
    if (line.empty()) continue;
    CorporateAction action;
    const std::string why = parse_action_row(line, action);
    if (why.empty()) {
      actions.push_back(std::move(action));
    } else {
      errors += fmt::format("{}{}:{} {}", errors.empty() ? "" : "\n", file, line_no, why);
    }
  }
  if (line_no == 0) return invalid_argument(fmt::format("{}:1 header: missing", file));
  if (!errors.empty()) return invalid_argument(errors);
  return actions;
}

Result<std::vector<Bar>> adjust_bars(std::span<const Bar> raw,
                                     std::span<const CorporateAction> actions, AdjustMode mode) {
  std::vector<CorporateAction> used;
  for (const CorporateAction& a : actions) {
    if (a.kind == CorporateActionKind::kSplit || mode == AdjustMode::kSplitAndDividend) {
      used.push_back(a);
    }
  }
  FactorWalk walk(std::move(used));
  std::vector<Bar> out(raw.size());
  for (std::size_t i = raw.size(); i-- > 0;) {
    QTB_TRY_STATUS(walk.advance_to(trading_date(raw[i].ts), raw));
    Result<Bar> bar = adjust_bar(raw[i], walk);
    if (!bar.ok()) return bar.error();
    out[i] = *bar;
  }
  return out;
}

}  // namespace qtb::data
