// StrategyRegistry: built-in and user strategies by name, with their declared parameters, so
// the CLI (and later an optimizer) can list, set and range-check them. Immutable after setup;
// create() is const and may be called from many threads.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/money.h"
#include "core/quantity.h"
#include "core/result.h"
#include "engine/strategy.h"

namespace qtb {

enum class ParamType : uint8_t { kInt, kDouble };

struct ParamSpec {
  std::string name;
  ParamType type = ParamType::kInt;
  double default_value = 0;
  double min = 0;
  double max = 0;
  std::string description;
};

// How many shares a strategy buys per entry (--size): a fixed count, or a percent of equity
// turned into whole shares at the decision price.
struct PositionSizing {
  Quantity shares = Quantity::from_raw(100 * Quantity::kScale);
  Amount percent;  // when positive, sizing is percent:X and `shares` is unused

  static PositionSizing fixed(Quantity shares) { return PositionSizing{shares, Amount()}; }

  // Shares to buy with `equity` at `price`: the fixed count, or
  // floor(equity * percent / 100 / price) whole shares. REQUIRES: price > 0.
  Quantity quantity_for(Money equity, Price price) const;
};

// Parses "shares:N" or "percent:X" (exact positive decimals; X at most 100).
Result<PositionSizing> parse_position_sizing(std::string_view spec);

// Parameter values after defaults and overrides, by name.
class StrategyParams {
 public:
  void set(const std::string& name, double value) { values_[name] = value; }
  // REQUIRES: `name` was declared by the strategy.
  double get(std::string_view name) const;
  int get_int(std::string_view name) const { return static_cast<int>(get(name)); }
  const std::map<std::string, double, std::less<>>& values() const { return values_; }

 private:
  std::map<std::string, double, std::less<>> values_;
};

struct StrategyConfig {
  StrategyParams params;
  PositionSizing sizing;
};

struct StrategyInfo {
  std::string name;
  std::string description;
  std::vector<ParamSpec> params;
};

using StrategyFactory = std::function<std::unique_ptr<Strategy>(const StrategyConfig&)>;

class StrategyRegistry {
 public:
  void add(StrategyInfo info, StrategyFactory factory);

  // Every strategy, sorted by name.
  std::vector<const StrategyInfo*> list() const;
  const StrategyInfo* find(std::string_view name) const;

  // Resolves `overrides` ("name=value" pairs from --param) against the declared parameters
  // and their ranges; errors name the parameter, e.g. `--param fast=0: below the minimum 1`.
  Result<StrategyConfig> configure(std::string_view name, const std::vector<std::string>& overrides,
                                   PositionSizing sizing) const;
  // REQUIRES: find(name) != nullptr.
  std::unique_ptr<Strategy> create(std::string_view name, const StrategyConfig& config) const;

 private:
  struct Entry {
    StrategyInfo info;
    StrategyFactory factory;
  };
  std::map<std::string, Entry, std::less<>> entries_;
};

}  // namespace qtb
