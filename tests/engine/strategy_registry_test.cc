#include "engine/strategy_registry.h"

#include <gtest/gtest.h>

namespace qtb {
namespace {

class Idle final : public Strategy {
 public:
  void on_bar(StrategyContext&, const BarEvent&) override {}
};

StrategyRegistry registry() {
  StrategyRegistry r;
  r.add(StrategyInfo{"idle",
                     "does nothing",
                     {ParamSpec{"period", ParamType::kInt, 10, 1, 100, ""},
                      ParamSpec{"z", ParamType::kDouble, 2, 0, 5, ""}}},
        [](const StrategyConfig&) { return std::make_unique<Idle>(); });
  return r;
}

TEST(StrategyRegistry, DefaultsThenOverrides) {
  Result<StrategyConfig> c = registry().configure("idle", {"z=1.5"}, PositionSizing{});
  ASSERT_TRUE(c.ok()) << c.error().message();
  EXPECT_EQ(c->params.get_int("period"), 10);
  EXPECT_EQ(c->params.get("z"), 1.5);
}

TEST(StrategyRegistry, RejectsUnknownNamesTypesAndRanges) {
  const StrategyRegistry r = registry();
  EXPECT_EQ(r.configure("nope", {}, {}).error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(r.configure("idle", {"speed=1"}, {}).error().message(),
            "--param speed=1: idle has no parameter speed");
  EXPECT_EQ(r.configure("idle", {"period=2.5"}, {}).error().message(),
            "--param period=2.5: not an integer");
  EXPECT_EQ(r.configure("idle", {"period=0"}, {}).error().code(), ErrorCode::kOutOfRange);
  EXPECT_FALSE(r.configure("idle", {"period"}, {}).ok());
}

TEST(StrategyRegistry, ParsesShareSizing) {
  Result<PositionSizing> s = parse_position_sizing("shares:250");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->shares, "250"_qty);
  EXPECT_FALSE(parse_position_sizing("shares:0").ok());
  EXPECT_FALSE(parse_position_sizing("lots:10").ok());
}

TEST(StrategyRegistry, PercentSizingBuysWholeSharesOfEquity) {
  Result<PositionSizing> s = parse_position_sizing("percent:50");
  ASSERT_TRUE(s.ok());
  // 50 % of 10000 = 5000; 5000 / 33 = 151.5 -> 151 whole shares.
  EXPECT_EQ(s->quantity_for("10000"_usd, "33"_px), "151"_qty);
  // 50 % of 10 = 5 buys nothing at 6.
  EXPECT_EQ(s->quantity_for("10"_usd, "6"_px), "0"_qty);
  EXPECT_FALSE(parse_position_sizing("percent:0").ok());
  EXPECT_FALSE(parse_position_sizing("percent:100.5").ok());
}

}  // namespace
}  // namespace qtb
