#include "data/csv_bar_reader.h"

#include <gtest/gtest.h>

#include "data/fixture.h"

namespace qtb::data {
namespace {

using testing::parse_fixture;

std::string problem_text(const ParsedBars& p) {
  std::string out;
  for (const Problem& problem : p.problems) out += to_string(problem) + "\n";
  return out;
}

Timestamp utc(int y, int m, int d, int64_t h = 0, int64_t min = 0) {
  return Timestamp::from_date(Date::from_ymd(y, m, d)) + h * kNanosPerHour + min * kNanosPerMinute;
}

TEST(CsvBarReader, ReadsDailyRowsWithLineNumbers) {
  const ParsedBars p = parse_fixture("good_daily.csv");
  ASSERT_EQ(p.bars.size(), 4U);
  EXPECT_EQ(p.rows, 4U);
  EXPECT_EQ(p.lines, (std::vector<uint32_t>{2, 3, 4, 5}));
  EXPECT_EQ(p.bars[0].ts, utc(2024, 1, 2));
  EXPECT_EQ(p.bars[3].close, "103.25"_px);
  EXPECT_EQ(p.bars[3].volume, "1300"_qty);
  EXPECT_TRUE(p.all_dates);
  EXPECT_TRUE(p.problems.empty());
}

TEST(CsvBarReader, CloseOnlyFileSetsOhlcToClose) {
  const ParsedBars p = parse_fixture("close_only.csv");
  ASSERT_EQ(p.bars.size(), 2U);
  EXPECT_TRUE(p.close_only);
  EXPECT_FALSE(p.has_volume);
  const Bar& b = p.bars[0];
  EXPECT_EQ(b.open, "100.5"_px);
  EXPECT_EQ(b.high, "100.5"_px);
  EXPECT_EQ(b.low, "100.5"_px);
  EXPECT_EQ(b.volume, "0"_qty);
}

TEST(CsvBarReader, YahooFileWithBomCrlfQuotesAndBlankLastLine) {
  const ParsedBars p = parse_fixture("yahoo.csv");
  EXPECT_EQ(problem_text(p), "");
  ASSERT_EQ(p.bars.size(), 3U);
  EXPECT_EQ(p.rows, 3U);
  EXPECT_TRUE(p.has_adj_close);
  EXPECT_EQ(p.bars[0].open, "187.149994"_px);   // was quoted
  EXPECT_EQ(p.bars[1].volume, "58414500"_qty);  // "58414500.0"
  // 181.222336000000000123 rounds half-even at 9 digits to 181.222336000.
  EXPECT_EQ(p.bars[2].adj_close, "181.222336"_px);
  EXPECT_EQ(p.rounded_values, 1U);
}

TEST(CsvBarReader, BadNumberNamesFileLineAndField) {
  const ParsedBars p = parse_fixture("bad_number.csv");
  EXPECT_EQ(problem_text(p), "bad_number.csv:3 close: not a number \"1O2.5\" [BAD_NUMBER]\n");
  EXPECT_EQ(p.bars.size(), 2U);
  EXPECT_EQ(p.failed_rows, 1U);
}

TEST(CsvBarReader, BadTimestampNamesFileLineAndField) {
  const ParsedBars p = parse_fixture("bad_timestamp.csv");
  EXPECT_EQ(problem_text(p),
            "bad_timestamp.csv:3 timestamp: not a date/time \"2024-13-03\" (no such calendar "
            "day) [BAD_TIMESTAMP]\n");
}

TEST(CsvBarReader, ShortRowIsBadRow) {
  const ParsedBars p = parse_fixture("bad_row.csv");
  EXPECT_EQ(problem_text(p), "bad_row.csv:3 row: expected 6 fields, found 5 [BAD_ROW]\n");
  EXPECT_EQ(p.bars.size(), 2U);
}

TEST(CsvBarReader, ExponentVolumeIsNotANumber) {
  Result<ParsedBars> p = parse_bar_csv("timestamp,close,volume\n2024-01-02,10,1e6\n", "v.csv");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(problem_text(*p), "v.csv:2 volume: not a number \"1e6\" [BAD_NUMBER]\n");
}

TEST(CsvBarReader, EveryBadFieldOfARowIsReported) {
  Result<ParsedBars> p = parse_bar_csv("timestamp,open,high,low,close\nx,1,y,1,z\n", "m.csv");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->problems.size(), 3U);  // timestamp, high, close
  EXPECT_EQ(p->failed_rows, 1U);
}

TEST(CsvBarReader, IsoTimestampWithOffsetIsUtc) {
  Result<ParsedBars> p = parse_bar_csv(
      "datetime,close\n2024-01-02T09:30:00-05:00,10\n2024-07-01 13:30:00Z,11\n", "i.csv");
  ASSERT_TRUE(p.ok());
  ASSERT_EQ(p->bars.size(), 2U);
  EXPECT_EQ(p->bars[0].ts, utc(2024, 1, 2, 14, 30));  // 09:30 EST = 14:30 UTC
  EXPECT_EQ(p->bars[1].ts, utc(2024, 7, 1, 13, 30));
  EXPECT_FALSE(p->all_dates);
}

TEST(CsvBarReader, UnterminatedQuoteIsBadRow) {
  Result<ParsedBars> p = parse_bar_csv("timestamp,close\n\"2024-01-02,10\n", "q.csv");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(problem_text(*p), "q.csv:2 row: unterminated quote [BAD_ROW]\n");
}

TEST(CsvBarReader, BlankLinesAreNotRowsButKeepLineNumbers) {
  Result<ParsedBars> p = parse_bar_csv("timestamp,close\n\n2024-01-02,10\n", "b.csv");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->rows, 1U);
  EXPECT_EQ(p->lines, std::vector<uint32_t>{3});
}

// Found by fuzz/csv_bar_reader_fuzz.cc: a plain date past 2262 overflowed int64 nanoseconds
// (undefined behaviour) on the reader's date fast path.
TEST(CsvBarReader, DateBeyondTimestampRangeIsBadTimestamp) {
  Result<ParsedBars> p =
      parse_bar_csv("timestamp,close\n4048-01-02,100.5\n2024-01-03,101.5\n", "r.csv");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(problem_text(*p),
            "r.csv:2 timestamp: date/time \"4048-01-02\" is outside the timestamp range "
            "1677-09-21..2262-04-11 [BAD_TIMESTAMP]\n");
  EXPECT_EQ(p->lines, std::vector<uint32_t>{3});
}

// The date cache starts empty: ten NUL bytes once matched its zeroed buffer and were read as
// 1970-01-01 without a problem.
TEST(CsvBarReader, TenNulBytesAreNotADate) {
  const std::string text = "timestamp,close\n" + std::string(10, '\0') + ",100\n";
  Result<ParsedBars> p = parse_bar_csv(text, "n.csv");
  ASSERT_TRUE(p.ok());
  EXPECT_TRUE(p->bars.empty());
  ASSERT_EQ(p->problems.size(), 1U);
  EXPECT_EQ(p->problems[0].kind, ProblemKind::kBadTimestamp);
}

TEST(CsvBarReader, EmptyFileHasNoHeader) {
  Result<ParsedBars> p = parse_bar_csv("", "e.csv");
  ASSERT_FALSE(p.ok());
  EXPECT_NE(p.error().message().find("e.csv:1 header: missing"), std::string::npos);
}

TEST(CsvBarReader, MissingFileIsAnIoError) {
  Result<ParsedBars> p = read_bar_csv("/nonexistent/qtb.csv");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.error().code(), ErrorCode::kIoError);
  EXPECT_NE(p.error().message().find("/nonexistent/qtb.csv: cannot open"), std::string::npos);
}

TEST(CsvBarReader, ReadsAFileFromDisk) {
  Result<ParsedBars> p = read_bar_csv(testing::repo_path("tests/fixtures/data/good_daily.csv"));
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->bars.size(), 4U);
}

}  // namespace
}  // namespace qtb::data
