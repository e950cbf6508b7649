#include "data/import_plan.h"

#include <gtest/gtest.h>

#include "core/calendar.h"
#include "data/bar_validator.h"
#include "data/fixture.h"

namespace qtb::data {
namespace {

using testing::parse_fixture;

const ExchangeCalendar& nyse() {
  static const ExchangeCalendar calendar = ExchangeCalendar::nyse();
  return calendar;
}

ImportPlan plan_fixture(const std::string& name, ErrorPolicy policy,
                        const ValidateOptions& options = {}) {
  const ParsedBars parsed = parse_fixture(name);
  return plan_import(parsed, validate_bars(parsed, nyse(), options), policy);
}

// "2024-01-02 100.5|2024-01-03 101.5": date and close of each bar to store.
std::string bars_text(const ImportPlan& plan) {
  std::string out;
  for (const Bar& b : plan.bars) {
    out += (out.empty() ? "" : "|") + b.ts.utc_date().to_string() + " " + b.close.to_string();
  }
  return out;
}

std::string skipped_text(const ImportPlan& plan) {
  std::string out;
  for (const SkippedRow& s : plan.skipped) out += std::to_string(s.line) + " " + s.reasons + "\n";
  return out;
}

TEST(ImportPlan, RejectWithAnErrorImportsNothing) {
  const ImportPlan plan = plan_fixture("bad_number.csv", ErrorPolicy::kReject);
  EXPECT_FALSE(plan.accepted);
  EXPECT_TRUE(plan.bars.empty());
  EXPECT_EQ(plan.summary("bad_number.csv", 1), "bad_number.csv: rejected, 1 error");
}

TEST(ImportPlan, RejectAcceptsWarnings) {
  const ImportPlan plan = plan_fixture("missing_session.csv", ErrorPolicy::kReject);
  EXPECT_TRUE(plan.accepted);
  EXPECT_EQ(plan.bars.size(), 3U);
}

TEST(ImportPlan, SkipListsTheDroppedRowWithItsReason) {
  const ImportPlan plan = plan_fixture("bad_number.csv", ErrorPolicy::kSkip);
  EXPECT_TRUE(plan.accepted);
  EXPECT_EQ(bars_text(plan), "2024-01-02 100.5|2024-01-04 102");
  EXPECT_EQ(skipped_text(plan), "3 close: not a number \"1O2.5\" [BAD_NUMBER]\n");
  EXPECT_EQ(plan.summary("bad_number.csv", 1),
            "bad_number.csv: import 2 bars (skipped 1, repaired 0)");
}

TEST(ImportPlan, SkipKeepsTheFirstOfDuplicates) {
  const ImportPlan plan = plan_fixture("duplicate_timestamp.csv", ErrorPolicy::kSkip);
  EXPECT_EQ(bars_text(plan), "2024-01-02 100.5|2024-01-03 101.5|2024-01-04 102");
  EXPECT_EQ(skipped_text(plan), "4 timestamp: 2024-01-03 repeats line 3 [DUPLICATE_TIMESTAMP]\n");
}

TEST(ImportPlan, RepairWidensHighAndLow) {
  // Row: open 100.5 high 100 low 102 close 101.5 -> high = max = 102, low = min = 100.
  const ImportPlan plan = plan_fixture("high_below_low.csv", ErrorPolicy::kRepair);
  ASSERT_EQ(plan.repaired.size(), 1U);
  EXPECT_EQ(plan.repaired[0].line, 3U);
  EXPECT_EQ(plan.repaired[0].change, "high 100 -> 102, low 102 -> 100");
  ASSERT_EQ(plan.bars.size(), 3U);
  EXPECT_EQ(plan.bars[1].high, "102"_px);
  EXPECT_EQ(plan.bars[1].low, "100"_px);
}

TEST(ImportPlan, RepairWidensHighToContainOpen) {
  const ImportPlan plan = plan_fixture("open_outside_range.csv", ErrorPolicy::kRepair);
  ASSERT_EQ(plan.repaired.size(), 1U);
  EXPECT_EQ(plan.repaired[0].change, "high 102 -> 102.5");
}

TEST(ImportPlan, RepairKeepsTheLastOfDuplicates) {
  const ImportPlan plan = plan_fixture("duplicate_timestamp.csv", ErrorPolicy::kRepair);
  EXPECT_EQ(bars_text(plan), "2024-01-02 100.5|2024-01-03 101.75|2024-01-04 102");
  EXPECT_EQ(skipped_text(plan), "3 timestamp: duplicate, kept line 4 [DUPLICATE_TIMESTAMP]\n");
}

TEST(ImportPlan, RepairSortsUnsortedRows) {
  const ImportPlan plan = plan_fixture("unsorted_timestamp.csv", ErrorPolicy::kRepair);
  EXPECT_EQ(bars_text(plan), "2024-01-02 100.5|2024-01-03 101.5|2024-01-04 102|2024-01-05 103.25");
  ASSERT_EQ(plan.repaired.size(), 1U);
  EXPECT_EQ(plan.repaired[0].line, 4U);
  EXPECT_EQ(plan.repaired[0].change, "moved into time order");
}

TEST(ImportPlan, RepairSkipsWhatItCannotFix) {
  const ImportPlan plan = plan_fixture("negative_volume.csv", ErrorPolicy::kRepair);
  EXPECT_EQ(bars_text(plan), "2024-01-02 100.5|2024-01-04 102");
  EXPECT_EQ(skipped_text(plan),
            "3 volume: volume must not be negative, got -1100 [NEGATIVE_VOLUME]\n");
}

TEST(ImportPlan, FileLevelErrorRejectsUnderEveryPolicy) {
  ValidateOptions strict;
  strict.strict = true;
  for (ErrorPolicy policy : {ErrorPolicy::kReject, ErrorPolicy::kSkip, ErrorPolicy::kRepair}) {
    EXPECT_FALSE(plan_fixture("missing_session.csv", policy, strict).accepted)
        << error_policy_name(policy);
  }
}

TEST(ImportPlan, ParsesPolicyNames) {
  EXPECT_EQ(*parse_error_policy("repair"), ErrorPolicy::kRepair);
  Result<ErrorPolicy> bad = parse_error_policy("ignore");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().message(), "--on-error: unknown policy \"ignore\" (reject, skip, repair)");
}

}  // namespace
}  // namespace qtb::data
