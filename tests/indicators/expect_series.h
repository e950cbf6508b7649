// Test helper: compares an indicator's output with expected values, NaN where no output is
// expected, within an absolute tolerance (expected values come from exact fractions).
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <span>
#include <sstream>
#include <string>
#include <vector>

namespace qtb::ind::testing {

inline std::string series_mismatch(std::span<const double> actual, std::span<const double> expected,
                                   double tolerance = 1e-12) {
  std::ostringstream diffs;
  if (actual.size() != expected.size()) {
    diffs << "size " << actual.size() << " != " << expected.size();
    return diffs.str();
  }
  for (std::size_t i = 0; i < actual.size(); ++i) {
    const bool same = std::isnan(expected[i]) ? std::isnan(actual[i])
                                              : std::fabs(actual[i] - expected[i]) <= tolerance;
    if (!same) diffs << "[" << i << "] " << actual[i] << " != " << expected[i] << "; ";
  }
  return diffs.str();
}

}  // namespace qtb::ind::testing

#define EXPECT_SERIES(actual, ...) \
  EXPECT_EQ(::qtb::ind::testing::series_mismatch(actual, std::vector<double>(__VA_ARGS__)), "")
