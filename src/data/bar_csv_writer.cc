#include "data/bar_csv_writer.h"

namespace qtb::data {

void append_bar_csv(std::span<const Bar> bars, bool daily, std::string& out) {
  for (const Bar& bar : bars) {
    out += daily ? bar.ts.utc_date().to_string() : bar.ts.to_iso8601();
    for (const Price px : {bar.open, bar.high, bar.low, bar.close}) {
      out += ',';
      out += px.to_string();
    }
    out += ',';
    out += bar.volume.to_string();
    out += ',';
    if (!bar.adj_close.is_zero()) out += bar.adj_close.to_string();
    out += '\n';
  }
}

}  // namespace qtb::data
