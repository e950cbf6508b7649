// FeaturePipeline: builds an ML feature matrix from bars — indicator outputs, simple and log
// returns over horizons, rolling volatility, rolling z-scores, calendar features — and, when
// asked, forward-return labels.
//
// No look-ahead: every feature at row t is computed from bars 0..t only (indicators are causal;
// the property test in tests/ml checks it by truncating the series). Labels are the only
// forward-looking columns, named label_*, and rows whose label needs bars that do not exist are
// dropped. Rows inside any feature's warm-up are dropped when drop_warmup is set (default).
// Stateless apart from its spec; thread-safe.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "core/config.h"
#include "core/date.h"
#include "core/result.h"
#include "model/bar.h"

namespace qtb::ind {
class IndicatorRegistry;
}

namespace qtb::ml {

enum class CalendarFeature { kDayOfWeek, kMonth, kDayOfMonth, kMinuteOfDay };

struct FeatureSpec {
  std::vector<std::string> indicators;  // "rsi:14", "macd:12,26,9"
  std::vector<int> returns;             // ret_H = close[t] / close[t-H] - 1
  std::vector<int> log_returns;         // logret_H = ln(close[t] / close[t-H])
  std::vector<int> volatility;          // vol_W = sample stddev of 1-bar log returns over W bars
  std::vector<int> zscore;              // zscore_W = (close - mean_W) / population stddev_W
  std::vector<CalendarFeature> calendar;
  std::vector<int> forward_returns;  // label_fwd_ret_H = close[t+H] / close[t] - 1
  bool drop_warmup = true;
};

// Reads [features] and [labels] from a configuration (a features.toml):
//   [features] indicators = ["rsi:14"], returns = [1, 5], log_returns = [1], volatility = [20],
//              zscore = [20], calendar = ["day_of_week", "month", "day_of_month",
//              "minute_of_day"], drop_warmup = true
//   [labels]   forward_returns = [1, 5]
// Errors name the key and its source.
Result<FeatureSpec> load_feature_spec(const Config& config);

struct FeatureMatrix {
  std::vector<std::string> names;            // feature columns, then label columns
  std::vector<std::vector<double>> columns;  // one per name, each rows() long
  std::vector<Timestamp> ts;                 // the bar time of each row
  std::size_t label_count = 0;               // the last label_count columns are labels
  std::size_t rows() const { return ts.size(); }
};

// Builds the matrix for `bars` (ascending). Fails for an unknown indicator or a bad horizon.
Result<FeatureMatrix> build_features(const FeatureSpec& spec, std::span<const Bar> bars,
                                     const ind::IndicatorRegistry& registry);

// The matrix as CSV: `timestamp,<names...>`, shortest round-trip doubles. `daily` prints dates.
std::string feature_matrix_csv(const FeatureMatrix& matrix, bool daily);

}  // namespace qtb::ml
