// IndicatorRegistry: every built-in indicator by name, with its parameters, inputs and
// outputs, and a factory binding parameter values. Built once (with_builtins) and passed by
// reference; immutable afterwards, so thread-safe to share.
#pragma once

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "indicators/indicator.h"

namespace qtb::ind {

// `params` are complete and validated (in info.params order) when a factory is called.
// Indicators share their IndicatorInfo, so they stay valid after the registry is gone.
using IndicatorFactory = std::function<std::unique_ptr<Indicator>(
    std::shared_ptr<const IndicatorInfo> info, std::vector<double> params)>;

// A request such as "macd:12,26,9": a name and positional parameters (missing ones default).
struct IndicatorRequest {
  std::string name;
  std::vector<double> params;
};

// Parses "name" or "name:p1,p2,...". Fails naming the text.
Result<IndicatorRequest> parse_indicator_spec(std::string_view text);

class IndicatorRegistry {
 public:
  // Every built-in group: overlap, momentum, volatility, volume, statistics.
  static IndicatorRegistry with_builtins();

  // REQUIRES: the name is new and lower-case.
  void add(IndicatorInfo info, IndicatorFactory factory);
  const IndicatorInfo* find(std::string_view name) const;
  // Binds parameters: missing trailing ones take defaults; each is checked against its range
  // (and integrality). Errors name the indicator and the parameter.
  Result<std::unique_ptr<Indicator>> create(std::string_view name,
                                            std::span<const double> params = {}) const;
  Result<std::unique_ptr<Indicator>> create(const IndicatorRequest& request) const {
    return create(request.name, request.params);
  }
  // All indicators sorted by name.
  std::vector<const IndicatorInfo*> list() const;

 private:
  struct Entry {
    std::shared_ptr<const IndicatorInfo> info;
    IndicatorFactory factory;
  };
  std::vector<Entry> entries_;  // sorted by name
};

// Registration of each built-in group (one file per group, *_indicators.cc).
void register_overlap_indicators(IndicatorRegistry& registry);
void register_momentum_indicators(IndicatorRegistry& registry);
void register_volatility_volume_indicators(IndicatorRegistry& registry);
void register_statistics_indicators(IndicatorRegistry& registry);

}  // namespace qtb::ind
