// Registration of the momentum indicators.
#include "indicators/indicator_adapter.h"
#include "indicators/registry.h"

namespace qtb::ind {

void register_momentum_indicators(IndicatorRegistry& registry) { (void)registry; }

}  // namespace qtb::ind
