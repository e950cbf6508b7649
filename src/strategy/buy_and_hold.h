// buy_and_hold: the benchmark strategy. On each symbol's first bar it buys the sized quantity
// at market and holds it to the end. No parameters.
#pragma once

#include <memory>

#include "engine/strategy_registry.h"

namespace qtb::strategies {

StrategyInfo buy_and_hold_info();
std::unique_ptr<Strategy> make_buy_and_hold(const StrategyConfig& config);

}  // namespace qtb::strategies
