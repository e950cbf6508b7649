// Registration of the volatility and volume indicators.
#include "indicators/indicator_adapter.h"
#include "indicators/registry.h"

namespace qtb::ind {

void register_volatility_volume_indicators(IndicatorRegistry& registry) { (void)registry; }

}  // namespace qtb::ind
