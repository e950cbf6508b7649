// Registration of the statistics indicators.
#include "indicators/indicator_adapter.h"
#include "indicators/registry.h"

namespace qtb::ind {

void register_statistics_indicators(IndicatorRegistry& registry) { (void)registry; }

}  // namespace qtb::ind
