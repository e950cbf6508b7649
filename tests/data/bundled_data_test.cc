// The real files bundled under data/ (see data/SOURCES.md for their source and licence).
#include <gtest/gtest.h>

#include "core/calendar.h"
#include "data/bar_validator.h"
#include "data/fixture.h"

namespace qtb::data {
namespace {

const ExchangeCalendar& nyse() {
  static const ExchangeCalendar calendar = ExchangeCalendar::nyse();
  return calendar;
}

ParsedBars read_data(const std::string& relative) {
  Result<ParsedBars> parsed = parse_bar_csv(testing::read_repo_file(relative), relative);
  EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.error().message());
  return parsed.ok() ? std::move(parsed).value() : ParsedBars{};
}

std::string lines_of(const ValidationReport& r, ProblemKind kind) {
  std::string out;
  for (const Problem& p : r.problems()) {
    if (p.kind == kind) out += to_string(p) + "\n";
  }
  return out;
}

TEST(BundledData, SpxValidatesWithoutErrors) {
  const ParsedBars spx = read_data("data/spx/SPX.csv");
  EXPECT_EQ(spx.rows, 5105U);
  EXPECT_EQ(spx.bars.size(), 5105U);
  const ValidationReport r = validate_bars(spx, nyse());
  EXPECT_EQ(r.errors(), 0U) << r.to_text();
}

TEST(BundledData, NyseCompositeHasTwoDuplicateDates) {
  const ValidationReport r = validate_bars(read_data("data/misc/NYSE_composite.csv"), nyse());
  EXPECT_EQ(lines_of(r, ProblemKind::kDuplicateTimestamp),
            "data/misc/NYSE_composite.csv:289 timestamp: 1966-02-23 repeats line 37 "
            "[DUPLICATE_TIMESTAMP]\n"
            "data/misc/NYSE_composite.csv:964 timestamp: 1969-12-08 repeats line 963 "
            "[DUPLICATE_TIMESTAMP]\n");
  EXPECT_FALSE(r.ok());
}

TEST(BundledData, DowAlcoaIsCloseOnly) {
  const ParsedBars aa = read_data("data/dow30/AA.csv");
  EXPECT_TRUE(aa.close_only);
  EXPECT_EQ(aa.bars.size(), 2529U);
  EXPECT_TRUE(aa.problems.empty());
}

}  // namespace
}  // namespace qtb::data
