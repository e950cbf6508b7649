#include "portfolio/round_trip.h"

#include <gtest/gtest.h>

namespace qtb {
namespace {

TEST(RoundTrip, ScaleInThenOutIsOneTripWithNetPnl) {
  RoundTripTracker trips(1);
  const Timestamp t1 = Timestamp::from_date(Date::from_ymd(2024, 1, 2));
  const Timestamp t2 = Timestamp::from_date(Date::from_ymd(2024, 1, 3));
  const Timestamp t3 = Timestamp::from_date(Date::from_ymd(2024, 1, 5));
  trips.on_fill(0, "100"_qty, "10"_px, "1"_usd, t1, "100"_qty);
  trips.on_fill(0, "100"_qty, "12"_px, "1"_usd, t2, "200"_qty);
  EXPECT_TRUE(trips.closed().empty());
  trips.on_fill(0, "-200"_qty, "13"_px, "1"_usd, t3, "0"_qty);
  ASSERT_EQ(trips.closed().size(), 1u);
  const RoundTrip& trip = trips.closed()[0];
  // Bought 1000 + 1200 = 2200, sold 2600, commissions 3: pnl 2600 - 2200 - 3 = 397.
  EXPECT_EQ(trip.pnl(), "397"_usd);
  EXPECT_EQ(trip.quantity, "200"_qty);
  EXPECT_EQ(trip.entry_ts, t1);
  EXPECT_EQ(trip.exit_ts, t3);
}

}  // namespace
}  // namespace qtb
