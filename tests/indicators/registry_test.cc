#include "indicators/registry.h"

#include <gtest/gtest.h>

#include <cmath>

#include "indicators/sma.h"

namespace qtb::ind {
namespace {

TEST(IndicatorSpec, ParsesNameAndParameters) {
  Result<IndicatorRequest> r = parse_indicator_spec("MACD:12,26,9");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->name, "macd");
  EXPECT_EQ(r->params, (std::vector<double>{12, 26, 9}));
  EXPECT_TRUE(parse_indicator_spec("sma")->params.empty());
  EXPECT_EQ(parse_indicator_spec("bbands:20,2,2")->params, (std::vector<double>{20, 2, 2}));
}

TEST(IndicatorSpec, RejectsMalformedParameters) {
  EXPECT_EQ(parse_indicator_spec("sma:3O").error().message(),
            "indicator \"sma:3O\": parameter 1 \"3O\" is not a number");
  EXPECT_FALSE(parse_indicator_spec("sma:").ok());
  EXPECT_FALSE(parse_indicator_spec(":5").ok());
  EXPECT_FALSE(parse_indicator_spec("sma:5,,6").ok());
}

TEST(IndicatorRegistry, ChecksParameterRanges) {
  const IndicatorRegistry registry = IndicatorRegistry::with_builtins();
  EXPECT_EQ(registry.create("sma", std::vector<double>{1}).error().message(),
            "sma period: 1 is outside [2, 100000]");
  EXPECT_EQ(registry.create("sma", std::vector<double>{2.5}).error().message(),
            "sma period: 2.5 is not a whole number");
  EXPECT_EQ(registry.create("nope").error().code(), ErrorCode::kNotFound);
  EXPECT_EQ((*registry.create("sma"))->params()[0], 30);  // TA-Lib's default period
}

TEST(Sma, HandComputedValues) {
  // (1+2+3)/3 = 2, (2+3+4)/3 = 3, (3+4+5)/3 = 4.
  const std::vector<double> in = {1, 2, 3, 4, 5};
  std::vector<double> out(5);
  sma(in, 3, out);
  EXPECT_TRUE(std::isnan(out[0]));
  EXPECT_TRUE(std::isnan(out[1]));
  EXPECT_EQ(out[2], 2);
  EXPECT_EQ(out[3], 3);
  EXPECT_EQ(out[4], 4);
}

}  // namespace
}  // namespace qtb::ind
