#include "tax/holding_period.h"

#include <gtest/gtest.h>

namespace qtb::tax {
namespace {

Date d(const char* text) { return *Date::parse(text); }

// Pub. 550, "Holding Period": counting starts the day after acquisition and includes the day
// of disposal; RULES.md's example: bought 2023-03-15.
TEST(HoldingPeriod, AnniversaryDateIsStillShortTerm) {
  EXPECT_FALSE(is_long_term(d("2023-03-15"), d("2024-03-15")));
}

TEST(HoldingPeriod, DayAfterAnniversaryIsLongTerm) {
  EXPECT_TRUE(is_long_term(d("2023-03-15"), d("2024-03-16")));
}

// Pub. 550's own example: bought 5 February, sold 5 February of the next year is short-term,
// sold 6 February is long-term.
TEST(HoldingPeriod, Pub550FebruaryFifthExample) {
  EXPECT_FALSE(is_long_term(d("2023-02-05"), d("2024-02-05")));
  EXPECT_TRUE(is_long_term(d("2023-02-05"), d("2024-02-06")));
}

TEST(HoldingPeriod, SameDaySaleIsShortTerm) {
  EXPECT_FALSE(is_long_term(d("2024-06-03"), d("2024-06-03")));
}

// Bought on 29 February: calendar months (Rev. Rul. 66-7); one year runs to 28 February, so
// 1 March is the first long-term day (docs/tax.md).
TEST(HoldingPeriod, LeapDayPurchaseIsLongTermFromFirstOfMarch) {
  EXPECT_EQ(one_year_anniversary(d("2024-02-29")), d("2025-02-28"));
  EXPECT_FALSE(is_long_term(d("2024-02-29"), d("2025-02-28")));
  EXPECT_TRUE(is_long_term(d("2024-02-29"), d("2025-03-01")));
}

// Bought 28 February 2023: the anniversary is 28 February 2024, so 29 February 2024 (a date
// the purchase year lacks) is already long-term.
TEST(HoldingPeriod, LeapDaySaleAfterFebruary28PurchaseIsLongTerm) {
  EXPECT_FALSE(is_long_term(d("2023-02-28"), d("2024-02-28")));
  EXPECT_TRUE(is_long_term(d("2023-02-28"), d("2024-02-29")));
}

// 1 March 2023 to 1 March 2024 spans 366 days (2024 is a leap year) but is exactly one year by
// the calendar, so still short-term: the rule counts months, not 365 days.
TEST(HoldingPeriod, CountsCalendarYearsNotDays) {
  EXPECT_EQ(d("2024-03-01") - d("2023-03-01"), 366);
  EXPECT_FALSE(is_long_term(d("2023-03-01"), d("2024-03-01")));
}

}  // namespace
}  // namespace qtb::tax
