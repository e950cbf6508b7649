#include "strategy/builtin_strategies.h"

#include "strategy/buy_and_hold.h"
#include "strategy/sma_cross.h"

namespace qtb::strategies {

StrategyRegistry builtin_strategy_registry() {
  StrategyRegistry registry;
  registry.add(sma_cross_info(), make_sma_cross);
  registry.add(buy_and_hold_info(), make_buy_and_hold);
  return registry;
}

}  // namespace qtb::strategies
