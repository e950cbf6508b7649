#include "ml/feature_pipeline.h"

#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <cmath>
#include <cstdio>

#include "indicators/registry.h"

namespace qtb::ml {
namespace {

Bar daily_bar(int y, int m, int d, const char* close) {
  Bar bar;
  bar.ts = Timestamp::from_date(Date::from_ymd(y, m, d));
  bar.close = *Price::parse(close);
  bar.open = bar.high = bar.low = bar.close;
  bar.volume = Quantity::from_units(1000);
  return bar;
}

std::vector<Bar> five_days() {
  // Tue 2024-01-02 .. Mon 2024-01-08 sessions (Jan 6-7 is a weekend).
  return {daily_bar(2024, 1, 2, "100"), daily_bar(2024, 1, 3, "110"), daily_bar(2024, 1, 4, "99"),
          daily_bar(2024, 1, 5, "99"), daily_bar(2024, 1, 8, "108.9")};
}

std::string fmt_price(double px) {
  // Two decimals, like a real price; exact text for Price::parse.
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f", px);
  return buf;
}

const ind::IndicatorRegistry& registry() {
  static const ind::IndicatorRegistry r = ind::IndicatorRegistry::with_builtins();
  return r;
}

TEST(FeaturePipeline, ReturnsAndLabelsByHand) {
  FeatureSpec spec;
  spec.returns = {1};
  spec.forward_returns = {1};
  Result<FeatureMatrix> m = build_features(spec, five_days(), registry());
  ASSERT_TRUE(m.ok()) << m.error().message();
  // Row 0 has no 1-bar return (warm-up) and the last row has no forward return: 3 rows left.
  ASSERT_EQ(m->rows(), 3u);
  EXPECT_EQ(m->names, (std::vector<std::string>{"ret_1", "label_fwd_ret_1"}));
  EXPECT_EQ(m->label_count, 1u);
  EXPECT_EQ(m->ts[0].utc_date().to_string(), "2024-01-03");
  EXPECT_NEAR(m->columns[0][0], 0.1, 1e-15);           // 110/100 - 1
  EXPECT_DOUBLE_EQ(m->columns[0][1], 99.0 / 110 - 1);  // -0.1
  EXPECT_DOUBLE_EQ(m->columns[1][0], 99.0 / 110 - 1);  // label at 01-03 is the return to 01-04
  EXPECT_DOUBLE_EQ(m->columns[1][2], 108.9 / 99 - 1);  // label at 01-05: 0.1
}

TEST(FeaturePipeline, LogReturnsVolatilityAndCalendar) {
  FeatureSpec spec;
  spec.log_returns = {2};
  spec.volatility = {2};
  spec.calendar = {CalendarFeature::kDayOfWeek, CalendarFeature::kMonth,
                   CalendarFeature::kDayOfMonth};
  Result<FeatureMatrix> m = build_features(spec, five_days(), registry());
  ASSERT_TRUE(m.ok());
  // logret_2 needs t >= 2 and vol_2 needs two 1-bar returns (t >= 2): rows 01-04, 01-05, 01-08.
  ASSERT_EQ(m->rows(), 3u);
  EXPECT_DOUBLE_EQ(m->columns[0][0], std::log(99.0 / 100));
  // vol_2 at 01-04: returns ln(1.1) and ln(0.9); sample stddev of two values = |a - b| / sqrt(2).
  EXPECT_NEAR(m->columns[1][0], std::fabs(std::log(1.1) - std::log(0.9)) / std::sqrt(2.0), 1e-15);
  // 2024-01-08 is a Monday (0), in month 1, day 8.
  EXPECT_EQ(m->columns[2][2], 0);
  EXPECT_EQ(m->columns[3][2], 1);
  EXPECT_EQ(m->columns[4][2], 8);
  EXPECT_EQ(m->columns[2][0], 3);  // Thursday
}

TEST(FeaturePipeline, IndicatorColumnsCarryTheirParameters) {
  FeatureSpec spec;
  spec.indicators = {"sma:2"};
  Result<FeatureMatrix> m = build_features(spec, five_days(), registry());
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->names, (std::vector<std::string>{"sma_2"}));
  ASSERT_EQ(m->rows(), 4u);
  EXPECT_DOUBLE_EQ(m->columns[0][0], 105);  // (100 + 110) / 2
}

TEST(FeaturePipeline, UnknownIndicatorIsAnError) {
  FeatureSpec spec;
  spec.indicators = {"nope:3"};
  EXPECT_EQ(build_features(spec, five_days(), registry()).error().code(), ErrorCode::kNotFound);
}

TEST(FeaturePipeline, SpecLoadsFromToml) {
  Config config;
  ASSERT_TRUE(config
                  .load_toml_text("[features]\nindicators = [\"rsi:14\", \"sma:5\"]\n"
                                  "returns = [1, 5]\ncalendar = [\"month\"]\ndrop_warmup = false\n"
                                  "[labels]\nforward_returns = [5]\n",
                                  "features.toml")
                  .ok());
  Result<FeatureSpec> spec = load_feature_spec(config);
  ASSERT_TRUE(spec.ok()) << spec.error().message();
  EXPECT_EQ(spec->indicators, (std::vector<std::string>{"rsi:14", "sma:5"}));
  EXPECT_EQ(spec->returns, (std::vector<int>{1, 5}));
  EXPECT_EQ(spec->forward_returns, (std::vector<int>{5}));
  EXPECT_FALSE(spec->drop_warmup);
  ASSERT_TRUE(config.load_toml_text("[features]\nreturns = [0]\n", "bad.toml").ok());
  EXPECT_FALSE(load_feature_spec(config).ok());
}

// No look-ahead: a feature at row t computed on the full series equals the same feature computed
// on the series cut at t.
RC_GTEST_PROP(FeaturePipelineProperty, FeaturesUseOnlyThePast, ()) {
  const int n = *rc::gen::inRange(2, 80);
  std::vector<Bar> bars;
  Date day = Date::from_ymd(2020, 1, 1);
  double px = 100;
  for (int i = 0; i < n; ++i) {
    px *= 1.0 + *rc::gen::inRange(-50, 51) / 1000.0;
    bars.push_back(daily_bar(day.year(), day.month(), day.day(), fmt_price(px).c_str()));
    day = day + 1;
  }
  FeatureSpec spec;
  spec.indicators = {"sma:3", "ema:4"};
  spec.returns = {1, 3};
  spec.log_returns = {2};
  spec.volatility = {3};
  spec.calendar = {CalendarFeature::kDayOfWeek};
  spec.drop_warmup = false;
  const FeatureMatrix full = *build_features(spec, bars, registry());
  const auto t = static_cast<std::size_t>(*rc::gen::inRange(0, n));
  const FeatureMatrix cut =
      *build_features(spec, std::span<const Bar>(bars).first(t + 1), registry());
  for (std::size_t c = 0; c < full.columns.size(); ++c) {
    const double a = full.columns[c][t];
    const double b = cut.columns[c][t];
    RC_ASSERT((std::isnan(a) && std::isnan(b)) || a == b);
  }
}

}  // namespace
}  // namespace qtb::ml
