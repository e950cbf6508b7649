#include "engine/strategy_registry.h"

#include <cassert>
#include <charconv>
#include <cmath>

namespace qtb {
namespace {

Result<double> parse_param_value(const ParamSpec& spec, std::string_view text,
                                 const std::string& where) {
  double value = 0;
  const char* end = text.data() + text.size();
  if (spec.type == ParamType::kInt) {
    long long whole = 0;
    const auto [ptr, ec] = std::from_chars(text.data(), end, whole);
    if (ec != std::errc() || ptr != end) return invalid_argument(where + ": not an integer");
    value = static_cast<double>(whole);
  } else {
    // Parameters are analytics inputs (periods, thresholds), never money: double is right.
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || !std::isfinite(value)) {
      return invalid_argument(where + ": not a number");
    }
  }
  if (value < spec.min)
    return out_of_range(where + ": below the minimum " + std::to_string(spec.min));
  if (value > spec.max)
    return out_of_range(where + ": above the maximum " + std::to_string(spec.max));
  return value;
}

}  // namespace

Quantity PositionSizing::quantity_for(Money equity, Price price) const {
  if (!percent.is_positive()) return shares;
  const Money budget = equity.mul_div(percent.raw(), 100 * Amount::kScale, Rounding::kDown);
  if (!budget.is_positive()) return Quantity();
  // budget (10^-6 USD) / price (10^-9 USD) = whole shares after scaling by 10^3.
  const int64_t whole = fixed_point::mul_div(budget.raw(), Price::kScale / Amount::kScale,
                                             price.raw(), Rounding::kDown);
  return Quantity::from_units(whole);
}

Result<PositionSizing> parse_position_sizing(std::string_view spec) {
  constexpr std::string_view kShares = "shares:";
  constexpr std::string_view kPercent = "percent:";
  if (spec.substr(0, kPercent.size()) == kPercent) {
    Result<Amount> percent = Amount::parse(spec.substr(kPercent.size()));
    if (!percent.ok()) return percent.error().with_context("--size " + std::string(spec));
    if (!percent->is_positive() || *percent > Amount::from_units(100)) {
      return invalid_argument("--size " + std::string(spec) + ": percent must be in (0, 100]");
    }
    PositionSizing sizing;
    sizing.percent = *percent;
    return sizing;
  }
  if (spec.substr(0, kShares.size()) != kShares) {
    return invalid_argument("--size " + std::string(spec) + ": expected shares:N or percent:X");
  }
  Result<Quantity> shares = Quantity::parse(spec.substr(kShares.size()));
  if (!shares.ok()) return shares.error().with_context("--size " + std::string(spec));
  if (!shares->is_positive()) {
    return invalid_argument("--size " + std::string(spec) + ": must be positive");
  }
  PositionSizing sizing;
  sizing.shares = *shares;
  return sizing;
}

double StrategyParams::get(std::string_view name) const {
  const auto it = values_.find(name);
  assert(it != values_.end());
  return it->second;
}

void StrategyRegistry::add(StrategyInfo info, StrategyFactory factory) {
  std::string name = info.name;
  entries_[name] = Entry{std::move(info), std::move(factory)};
}

std::vector<const StrategyInfo*> StrategyRegistry::list() const {
  std::vector<const StrategyInfo*> out;
  for (const auto& [name, entry] : entries_) out.push_back(&entry.info);
  return out;
}

const StrategyInfo* StrategyRegistry::find(std::string_view name) const {
  const auto it = entries_.find(name);
  return it == entries_.end() ? nullptr : &it->second.info;
}

Result<StrategyConfig> StrategyRegistry::configure(std::string_view name,
                                                   const std::vector<std::string>& overrides,
                                                   PositionSizing sizing) const {
  const StrategyInfo* info = find(name);
  if (info == nullptr) {
    std::string known;
    for (const auto& [key, entry] : entries_) known += (known.empty() ? "" : ", ") + key;
    return Error(ErrorCode::kNotFound,
                 "--strategy " + std::string(name) + ": unknown (known: " + known + ")");
  }
  StrategyConfig config;
  config.sizing = sizing;
  for (const ParamSpec& p : info->params) config.params.set(p.name, p.default_value);
  for (const std::string& kv : overrides) {
    const std::string where = "--param " + kv;
    const std::size_t eq = kv.find('=');
    if (eq == std::string::npos) return invalid_argument(where + ": expected name=value");
    const std::string key = kv.substr(0, eq);
    const ParamSpec* spec = nullptr;
    for (const ParamSpec& p : info->params) {
      if (p.name == key) spec = &p;
    }
    if (spec == nullptr) {
      return invalid_argument(where + ": " + std::string(name) + " has no parameter " + key);
    }
    Result<double> value = parse_param_value(*spec, std::string_view(kv).substr(eq + 1), where);
    if (!value.ok()) return value.error();
    config.params.set(key, *value);
  }
  return config;
}

std::unique_ptr<Strategy> StrategyRegistry::create(std::string_view name,
                                                   const StrategyConfig& config) const {
  const auto it = entries_.find(name);
  assert(it != entries_.end());
  return it->second.factory(config);
}

}  // namespace qtb
