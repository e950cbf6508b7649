#include "ml/feature_pipeline.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/calendar.h"
#include "indicators/indicator.h"
#include "indicators/registry.h"

namespace qtb::ml {
namespace {

constexpr double kNaN = ind::kNaN;

Result<std::vector<int>> horizons(const Config& config, const std::string& key) {
  std::vector<int> out;
  if (!config.has(key)) return out;
  Result<std::vector<std::string>> items = config.get_string_list(key);
  if (!items.ok()) return items.error();
  for (const std::string& item : *items) {
    int value = 0;
    const auto [ptr, ec] = std::from_chars(item.data(), item.data() + item.size(), value);
    if (ec != std::errc() || ptr != item.data() + item.size() || value < 1 || value > 100000) {
      return Error(ErrorCode::kConfig,
                   fmt::format("{} {}: \"{}\" is not a horizon in 1..100000 bars",
                               config.source_of(key), key, item));
    }
    out.push_back(value);
  }
  return out;
}

Result<CalendarFeature> parse_calendar_feature(const std::string& name) {
  if (name == "day_of_week") return CalendarFeature::kDayOfWeek;
  if (name == "month") return CalendarFeature::kMonth;
  if (name == "day_of_month") return CalendarFeature::kDayOfMonth;
  if (name == "minute_of_day") return CalendarFeature::kMinuteOfDay;
  return invalid_argument(fmt::format(
      "calendar feature \"{}\": expected day_of_week, month, day_of_month or minute_of_day", name));
}

const char* calendar_feature_name(CalendarFeature feature) {
  switch (feature) {
    case CalendarFeature::kDayOfWeek:
      return "day_of_week";
    case CalendarFeature::kMonth:
      return "month";
    case CalendarFeature::kDayOfMonth:
      return "day_of_month";
    case CalendarFeature::kMinuteOfDay:
      return "minute_of_day";
  }
  return "?";
}

struct Builder {
  std::span<const Bar> bars;
  std::vector<double> close;
  FeatureMatrix matrix;

  std::vector<double>& add(std::string name) {
    matrix.names.push_back(std::move(name));
    matrix.columns.emplace_back(bars.size(), kNaN);
    return matrix.columns.back();
  }
};

Status add_indicators(const FeatureSpec& spec, const ind::IndicatorRegistry& registry, Builder& b) {
  const std::size_t n = b.bars.size();
  std::vector<double> open(n), high(n), low(n), volume(n);
  for (std::size_t i = 0; i < n; ++i) {
    open[i] = b.bars[i].open.to_double();
    high[i] = b.bars[i].high.to_double();
    low[i] = b.bars[i].low.to_double();
    volume[i] = b.bars[i].volume.to_double();
  }
  const ind::BarColumns columns{open, high, low, b.close, volume};
  for (const std::string& text : spec.indicators) {
    Result<ind::IndicatorRequest> request = ind::parse_indicator_spec(text);
    if (!request.ok()) return request.error();
    Result<std::unique_ptr<ind::Indicator>> indicator = registry.create(*request);
    if (!indicator.ok()) return indicator.error();
    std::string suffix;
    for (const double p : (*indicator)->params()) suffix += fmt::format("_{}", p);
    std::vector<std::span<double>> spans;
    for (const std::string& output : (*indicator)->info().outputs) {
      spans.emplace_back(b.add(output + suffix));
    }
    (*indicator)->compute(columns, spans);
  }
  return {};
}

void add_returns(const FeatureSpec& spec, Builder& b) {
  const std::size_t n = b.bars.size();
  for (const int h : spec.returns) {
    std::vector<double>& col = b.add(fmt::format("ret_{}", h));
    for (std::size_t t = static_cast<std::size_t>(h); t < n; ++t) {
      col[t] = b.close[t] / b.close[t - static_cast<std::size_t>(h)] - 1.0;
    }
  }
  for (const int h : spec.log_returns) {
    std::vector<double>& col = b.add(fmt::format("logret_{}", h));
    for (std::size_t t = static_cast<std::size_t>(h); t < n; ++t) {
      col[t] = std::log(b.close[t] / b.close[t - static_cast<std::size_t>(h)]);
    }
  }
}

// Sample standard deviation of the W one-bar log returns ending at t (needs t >= W).
void add_volatility(const FeatureSpec& spec, Builder& b) {
  const std::size_t n = b.bars.size();
  std::vector<double> r(n, 0.0);
  for (std::size_t t = 1; t < n; ++t) r[t] = std::log(b.close[t] / b.close[t - 1]);
  for (const int w_int : spec.volatility) {
    const auto w = static_cast<std::size_t>(w_int);
    std::vector<double>& col = b.add(fmt::format("vol_{}", w_int));
    if (w < 2) continue;
    double sum = 0;
    double sum_sq = 0;
    for (std::size_t t = 1; t < n; ++t) {
      sum += r[t];
      sum_sq += r[t] * r[t];
      if (t > w) {
        sum -= r[t - w];
        sum_sq -= r[t - w] * r[t - w];
      }
      if (t < w) continue;
      const double mean = sum / static_cast<double>(w);
      const double var =
          (sum_sq - static_cast<double>(w) * mean * mean) / static_cast<double>(w - 1);
      col[t] = std::sqrt(std::max(var, 0.0));
    }
  }
}

Status add_zscores(const FeatureSpec& spec, const ind::IndicatorRegistry& registry, Builder& b) {
  const std::size_t n = b.bars.size();
  const std::vector<double> empty(n, 0.0);
  const ind::BarColumns columns{empty, empty, empty, b.close, empty};
  for (const int w : spec.zscore) {
    Result<std::unique_ptr<ind::Indicator>> z =
        registry.create("zscore", std::vector<double>{static_cast<double>(w)});
    if (!z.ok()) return z.error().with_context("zscore");
    std::vector<std::span<double>> spans{b.add(fmt::format("zscore_{}", w))};
    (*z)->compute(columns, spans);
  }
  return {};
}

void add_calendar(const FeatureSpec& spec, Builder& b) {
  const std::size_t n = b.bars.size();
  for (const CalendarFeature feature : spec.calendar) {
    std::vector<double>& col = b.add(calendar_feature_name(feature));
    for (std::size_t t = 0; t < n; ++t) {
      const Timestamp ts = b.bars[t].ts;
      const bool daily = ts.ns_of_day() == 0;  // daily bars are stamped 00:00 UTC (model/bar.h)
      const Date date = daily ? ts.utc_date() : ExchangeCalendar::new_york_date(ts);
      switch (feature) {
        case CalendarFeature::kDayOfWeek:  // 0 = Monday .. 6 = Sunday
          col[t] = static_cast<double>((static_cast<int>(date.weekday()) + 6) % 7);
          break;
        case CalendarFeature::kMonth:
          col[t] = date.month();
          break;
        case CalendarFeature::kDayOfMonth:
          col[t] = date.day();
          break;
        case CalendarFeature::kMinuteOfDay: {
          const int64_t local = daily ? 0 : ts.ns() + ExchangeCalendar::new_york_offset_ns(ts);
          col[t] = static_cast<double>((local - date.days() * kNanosPerDay) / kNanosPerMinute);
          break;
        }
      }
    }
  }
}

void add_labels(const FeatureSpec& spec, Builder& b) {
  const std::size_t n = b.bars.size();
  for (const int h_int : spec.forward_returns) {
    const auto h = static_cast<std::size_t>(h_int);
    std::vector<double>& col = b.add(fmt::format("label_fwd_ret_{}", h_int));
    for (std::size_t t = 0; t + h < n; ++t) col[t] = b.close[t + h] / b.close[t] - 1.0;
    ++b.matrix.label_count;
  }
}

// Keeps rows whose labels are known and, with drop_warmup, whose features are all defined.
void select_rows(const FeatureSpec& spec, Builder& b) {
  const std::size_t n = b.bars.size();
  const std::size_t cols = b.matrix.columns.size();
  const std::size_t features = cols - b.matrix.label_count;
  std::vector<std::size_t> keep;
  for (std::size_t t = 0; t < n; ++t) {
    bool ok = true;
    for (std::size_t c = spec.drop_warmup ? 0 : features; c < cols && ok; ++c) {
      ok = !std::isnan(b.matrix.columns[c][t]);
    }
    if (ok) keep.push_back(t);
  }
  for (std::vector<double>& col : b.matrix.columns) {
    std::vector<double> kept;
    kept.reserve(keep.size());
    for (const std::size_t t : keep) kept.push_back(col[t]);
    col = std::move(kept);
  }
  b.matrix.ts.reserve(keep.size());
  for (const std::size_t t : keep) b.matrix.ts.push_back(b.bars[t].ts);
}

}  // namespace

Result<FeatureSpec> load_feature_spec(const Config& config) {
  FeatureSpec spec;
  if (config.has("features.indicators")) {
    Result<std::vector<std::string>> items = config.get_string_list("features.indicators");
    if (!items.ok()) return items.error();
    spec.indicators = *items;
  }
  for (auto [key, target] : {std::pair{"features.returns", &spec.returns},
                             std::pair{"features.log_returns", &spec.log_returns},
                             std::pair{"features.volatility", &spec.volatility},
                             std::pair{"features.zscore", &spec.zscore},
                             std::pair{"labels.forward_returns", &spec.forward_returns}}) {
    Result<std::vector<int>> values = horizons(config, key);
    if (!values.ok()) return values.error();
    *target = *values;
  }
  if (config.has("features.calendar")) {
    Result<std::vector<std::string>> names = config.get_string_list("features.calendar");
    if (!names.ok()) return names.error();
    for (const std::string& name : *names) {
      Result<CalendarFeature> feature = parse_calendar_feature(name);
      if (!feature.ok()) return feature.error().with_context(config.source_of("features.calendar"));
      spec.calendar.push_back(*feature);
    }
  }
  if (config.has("features.drop_warmup")) {
    Result<bool> drop = config.get_bool("features.drop_warmup");
    if (!drop.ok()) return drop.error();
    spec.drop_warmup = *drop;
  }
  return spec;
}

Result<FeatureMatrix> build_features(const FeatureSpec& spec, std::span<const Bar> bars,
                                     const ind::IndicatorRegistry& registry) {
  Builder b{bars, std::vector<double>(bars.size()), {}};
  for (std::size_t i = 0; i < bars.size(); ++i) b.close[i] = bars[i].close.to_double();
  QTB_TRY_STATUS(add_indicators(spec, registry, b));
  add_returns(spec, b);
  add_volatility(spec, b);
  QTB_TRY_STATUS(add_zscores(spec, registry, b));
  add_calendar(spec, b);
  add_labels(spec, b);
  select_rows(spec, b);
  return std::move(b.matrix);
}

std::string feature_matrix_csv(const FeatureMatrix& matrix, bool daily) {
  std::string text = "timestamp";
  for (const std::string& name : matrix.names) text += "," + name;
  text += '\n';
  for (std::size_t r = 0; r < matrix.rows(); ++r) {
    text += daily ? matrix.ts[r].utc_date().to_string() : matrix.ts[r].to_iso8601();
    for (const std::vector<double>& col : matrix.columns) {
      text += ',';
      if (!std::isnan(col[r])) text += fmt::format("{}", col[r]);
    }
    text += '\n';
  }
  return text;
}

}  // namespace qtb::ml
