#include "data/cache/series_fingerprint.h"

#include <gtest/gtest.h>

#include <vector>

namespace qtb {
namespace {

// 2024-01-03 is day 19725 since 1970-01-01: 19725 * 86400e9 = 1704240000000000000 ns.
const Bar kBar{Timestamp::from_date(Date::from_ymd(2024, 1, 3)),
               "100"_px,
               "101"_px,
               "99"_px,
               "100.5"_px,
               "1000"_qty,
               Price()};
const Bar kNextBar{Timestamp::from_date(Date::from_ymd(2024, 1, 4)),
                   Price::from_raw(1),
                   Price::from_raw(2),
                   Price::from_raw(3),
                   Price::from_raw(4),
                   Quantity::from_raw(5),
                   Price::from_raw(6)};

TEST(SeriesFingerprint, EmptySeriesHasZeroCountAndTheEmptyHash) {
  const SeriesFingerprint fp = fingerprint_of({});
  EXPECT_EQ(fp.count, 0u);
  EXPECT_EQ(fp.first_ts, Timestamp());
  EXPECT_EQ(fp.last_ts, Timestamp());
  EXPECT_EQ(fp.content_hash, 0xef46db3751d8e999ULL);  // XXH64 of no bytes
}

TEST(SeriesFingerprint, ContentHashIsXxh64OfRowMajorRaws) {
  // Reference: libxxhash XXH64 of struct.pack('<7q', 1704240000000000000, 100e9, 101e9, 99e9,
  // 100.5e9, 1000e6, 0) and of that followed by pack('<7q', 1704326400000000000, 1..6).
  const std::vector<Bar> one{kBar};
  EXPECT_EQ(fingerprint_of(one).content_hash, 0x7f2797311e48d563ULL);
  const std::vector<Bar> two{kBar, kNextBar};
  EXPECT_EQ(fingerprint_of(two).content_hash, 0x5b82d189e72c4d0eULL);
}

TEST(SeriesFingerprint, RecordsCountAndEndpoints) {
  const std::vector<Bar> two{kBar, kNextBar};
  const SeriesFingerprint fp = fingerprint_of(two);
  EXPECT_EQ(fp.count, 2u);
  EXPECT_EQ(fp.first_ts, kBar.ts);
  EXPECT_EQ(fp.last_ts, kNextBar.ts);
}

TEST(SeriesFingerprint, BuilderEqualsBatch) {
  FingerprintBuilder builder;
  builder.add(kBar);
  builder.add(kNextBar);
  const std::vector<Bar> two{kBar, kNextBar};
  EXPECT_EQ(builder.finish(), fingerprint_of(two));
}

TEST(SeriesFingerprint, OneRawUnitOfVolumeChangesTheHash) {
  Bar changed = kBar;
  changed.volume = Quantity::from_raw(changed.volume.raw() + 1);
  const std::vector<Bar> a{kBar};
  const std::vector<Bar> b{changed};
  EXPECT_NE(fingerprint_of(a), fingerprint_of(b));
  EXPECT_EQ(fingerprint_of(a).count, fingerprint_of(b).count);
}

}  // namespace
}  // namespace qtb
