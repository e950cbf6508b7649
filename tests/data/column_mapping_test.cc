#include "data/column_mapping.h"

#include <gtest/gtest.h>

namespace qtb::data {
namespace {

Result<ColumnLayout> layout_of(std::vector<std::string_view> header, const ColumnMapping& m = {}) {
  return resolve_columns(header, m, "f.csv");
}

TEST(ColumnMapping, FindsDefaultNamesIgnoringCase) {
  Result<ColumnLayout> l =
      layout_of({"Date", "OPEN", "High", "low", "Close", "Adj Close", "Volume"});
  ASSERT_TRUE(l.ok()) << l.error().message();
  EXPECT_EQ(l->index, (std::array<int, kFieldCount>{0, 1, 2, 3, 4, 6, 5}));
  EXPECT_FALSE(l->close_only());
}

TEST(ColumnMapping, CloseOnlyHeaderHasNoOpenHighLow) {
  Result<ColumnLayout> l = layout_of({"timestamp", "close"});
  ASSERT_TRUE(l.ok());
  EXPECT_TRUE(l->close_only());
}

TEST(ColumnMapping, MissingCloseNamesWhatWasLookedFor) {
  Result<ColumnLayout> l = layout_of({"timestamp", "open"});
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(l.error().message(), "f.csv:1 header: no column for \"close\" (looked for \"close\")");
}

TEST(ColumnMapping, PartialOhlcIsAnError) {
  Result<ColumnLayout> l = layout_of({"timestamp", "open", "close"});
  ASSERT_FALSE(l.ok());
  EXPECT_NE(l.error().message().find("all be present or all absent"), std::string::npos);
}

TEST(ColumnMapping, TwoTimestampColumnsAreAmbiguous) {
  Result<ColumnLayout> l = layout_of({"date", "time", "close"});
  ASSERT_FALSE(l.ok());
  EXPECT_NE(l.error().message().find("more than one column for \"timestamp\""), std::string::npos);
}

TEST(ColumnMapping, SpecMapsOurFieldToTheirHeader) {
  Result<ColumnMapping> m = parse_column_spec("timestamp=Day, close=Last");
  ASSERT_TRUE(m.ok()) << m.error().message();
  Result<ColumnLayout> l = layout_of({"Day", "Last", "date"}, *m);
  ASSERT_TRUE(l.ok()) << l.error().message();
  EXPECT_EQ(l->index[0], 0);  // the explicit name wins over the default alias "date"
  EXPECT_EQ(l->index[4], 1);
}

TEST(ColumnMapping, SpecWithUnknownFieldFails) {
  Result<ColumnMapping> m = parse_column_spec("price=Close");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.error().message().find("unknown field \"price\""), std::string::npos);
}

TEST(ColumnMapping, ExplicitHeaderMustExist) {
  Result<ColumnMapping> m = parse_column_spec("close=Last");
  ASSERT_TRUE(m.ok());
  Result<ColumnLayout> l = layout_of({"timestamp", "close"}, *m);
  ASSERT_FALSE(l.ok());
  EXPECT_EQ(l.error().message(), "f.csv:1 header: no column \"Last\" for \"close\"");
}

TEST(ColumnMapping, YahooPresetNamesAdjClose) {
  Result<ColumnMapping> m = parse_column_spec("yahoo");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->header_names[static_cast<std::size_t>(Field::kAdjClose)], "Adj Close");
  EXPECT_FALSE(parse_column_spec("bloomberg").ok());
}

}  // namespace
}  // namespace qtb::data
