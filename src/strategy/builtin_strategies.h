// The registry of qtb's built-in strategies (sma_cross, buy_and_hold).
#pragma once

#include "engine/strategy_registry.h"

namespace qtb::strategies {

StrategyRegistry builtin_strategy_registry();

}  // namespace qtb::strategies
