// Every registered indicator that TA-Lib defines, with its default parameters, against TA-Lib's
// own outputs on 5,105 real S&P 500 bars.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "indicators/registry.h"
#include "talib_reference.h"

namespace qtb::ind {
namespace {

class TalibMatch : public ::testing::TestWithParam<std::string> {};

TEST_P(TalibMatch, DefaultParametersReproduceTalibOutputs) {
  const IndicatorRegistry registry = IndicatorRegistry::with_builtins();
  const IndicatorInfo* info = registry.find(GetParam());
  ASSERT_NE(info, nullptr);
  auto indicator = registry.create(GetParam());
  ASSERT_TRUE(indicator.ok()) << indicator.error().message();
  const testing::SpxSeries& spx = testing::spx_inputs();
  const std::size_t n = spx.close.size();
  std::vector<std::vector<double>> outputs(info->outputs.size(), std::vector<double>(n));
  std::vector<std::span<double>> spans(outputs.begin(), outputs.end());
  (*indicator)->compute(spx.columns(), spans);
  for (std::size_t k = 0; k < outputs.size(); ++k) {
    const std::string column = info->talib_outputs.empty()
                                   ? info->talib_name
                                   : info->talib_name + "." + info->talib_outputs[k];
    EXPECT_EQ(testing::compare_with_talib(outputs[k], column), "") << info->name;
  }
}

std::vector<std::string> talib_indicators() {
  std::vector<std::string> names;
  const IndicatorRegistry registry = IndicatorRegistry::with_builtins();
  for (const IndicatorInfo* info : registry.list()) {
    if (!info->talib_name.empty()) names.push_back(info->name);
  }
  return names;
}

INSTANTIATE_TEST_SUITE_P(Registry, TalibMatch, ::testing::ValuesIn(talib_indicators()),
                         [](const auto& param) { return param.param; });

TEST(TalibMatch, LookbackEqualsTheLeadingGapOfTheReference) {
  const IndicatorRegistry registry = IndicatorRegistry::with_builtins();
  for (const IndicatorInfo* info : registry.list()) {
    if (info->talib_name.empty()) continue;
    auto indicator = registry.create(info->name);
    ASSERT_TRUE(indicator.ok());
    const std::string column = info->talib_outputs.empty()
                                   ? info->talib_name
                                   : info->talib_name + "." + info->talib_outputs[0];
    const std::vector<double>& ref = testing::talib_column(column);
    ASSERT_FALSE(ref.empty()) << column;
    int gap = 0;
    while (gap < static_cast<int>(ref.size()) && std::isnan(ref[static_cast<std::size_t>(gap)]))
      ++gap;
    EXPECT_EQ((*indicator)->lookback(), gap) << info->name;
  }
}

}  // namespace
}  // namespace qtb::ind
