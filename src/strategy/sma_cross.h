// sma_cross: long-only moving-average crossover. At each bar's close it updates SMA(fast) and
// SMA(slow) of the closes; when SMA(fast) crosses above SMA(slow) (fast - slow goes from <= 0
// to > 0) and the symbol is flat, it buys the sized quantity (--size, sized at the close) at
// market; when it crosses below (from >= 0 to < 0) and the symbol is long, it sells the whole
// position. Each symbol has its own pair of averages. Parameters: fast (default 10), slow (default
// 30).
#pragma once

#include <memory>

#include "engine/strategy_registry.h"

namespace qtb::strategies {

StrategyInfo sma_cross_info();
std::unique_ptr<Strategy> make_sma_cross(const StrategyConfig& config);

}  // namespace qtb::strategies
