// End-to-end: the `qtb data ...` commands as a user runs them, against a SQLite store in a
// temporary directory.
#include <gtest/gtest.h>

#include <string>

#include "qtb_runner.h"

namespace qtb::testing {
namespace {

class CliTest : public ::testing::Test {
 protected:
  QtbRun qtb(std::vector<std::string> args) {
    args.insert(args.begin(), {"--store", "sqlite:" + dir_.file("qtb.db")});
    return run_qtb(args, dir_.path());
  }
  std::string fixture(const std::string& name) {
    return source_path("tests/fixtures/data/" + name);
  }
  TempDir dir_;
};

TEST_F(CliTest, ValidateNamesFileLineAndFieldAndExitsNonZero) {
  const QtbRun run = qtb({"data", "validate", "--file", fixture("bad_number.csv")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.out.find("bad_number.csv:3 close: not a number \"1O2.5\" [BAD_NUMBER]"),
            std::string::npos)
      << run.out;
}

TEST_F(CliTest, ValidateOfCleanFileExitsZero) {
  const QtbRun run = qtb({"data", "validate", "--file", fixture("good_daily.csv")});
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find("0 errors, 0 warnings"), std::string::npos) << run.out;
}

TEST_F(CliTest, ImportThenExportGivesTheSameBars) {
  ASSERT_EQ(
      qtb({"data", "import", "--symbol", "spy", "--file", fixture("good_daily.csv")}).exit_code, 0);
  const QtbRun run = qtb({"data", "export", "--symbol", "SPY", "--format", "csv"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "timestamp,open,high,low,close,volume,adj_close\n"
            "2024-01-02,100,101,99,100.5,1000,\n"
            "2024-01-03,100.5,102,100,101.5,1100,\n"
            "2024-01-04,101.5,103,101,102,1200,\n"
            "2024-01-05,102,104,101.5,103.25,1300,\n");
}

TEST_F(CliTest, RejectedImportLeavesTheStoreExactlyAsItWas) {
  ASSERT_EQ(
      qtb({"data", "import", "--symbol", "SPY", "--file", fixture("good_daily.csv")}).exit_code, 0);
  const std::string before = qtb({"data", "export", "--symbol", "SPY"}).out;
  // A file with one good new bar and one bad row: reject (the default) writes neither.
  const std::string bad = dir_.file("more.csv");
  write_file(bad,
             "timestamp,open,high,low,close,volume\n"
             "2024-01-08,103,105,102,104,1000\n"
             "2024-01-09,104,103,105,104,1000\n");
  const QtbRun run = qtb({"data", "import", "--symbol", "SPY", "--file", bad});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("rejected"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("nothing was written"), std::string::npos) << run.err;
  EXPECT_EQ(qtb({"data", "export", "--symbol", "SPY"}).out, before);
}

TEST_F(CliTest, DuplicateBarsInTheStoreFailTheWholeImport) {
  ASSERT_EQ(
      qtb({"data", "import", "--symbol", "SPY", "--file", fixture("good_daily.csv")}).exit_code, 0);
  const std::string before = qtb({"data", "export", "--symbol", "SPY"}).out;
  // 2024-01-05 is already stored; 2024-01-08 is new. Neither may land.
  const std::string overlap = dir_.file("overlap.csv");
  write_file(overlap,
             "timestamp,open,high,low,close,volume\n"
             "2024-01-05,1,1,1,1,1\n"
             "2024-01-08,103,105,102,104,1000\n");
  const QtbRun run = qtb({"data", "import", "--symbol", "SPY", "--file", overlap});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("2024-01-05T00:00:00Z is already stored"), std::string::npos) << run.err;
  EXPECT_EQ(qtb({"data", "export", "--symbol", "SPY"}).out, before);
}

TEST_F(CliTest, SkipPolicyListsEveryRowItLeavesOut) {
  const QtbRun run = qtb({"data", "import", "--symbol", "SPY", "--file", fixture("bad_number.csv"),
                          "--on-error", "skip"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("skipped line 3: close: not a number \"1O2.5\" [BAD_NUMBER]"),
            std::string::npos)
      << run.out;
  EXPECT_NE(run.out.find("import 2 bars (skipped 1, repaired 0)"), std::string::npos) << run.out;
}

TEST_F(CliTest, RepairPolicySaysWhatItChanged) {
  const QtbRun run = qtb({"data", "import", "--symbol", "SPY", "--file",
                          fixture("high_below_low.csv"), "--on-error", "repair"});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("repaired line 3:"), std::string::npos) << run.out;
  // Line 3 was O=100.5 H=100 L=102 C=101.5: widened to H=102 (max) and L=100 (min).
  const QtbRun exported =
      qtb({"data", "export", "--symbol", "SPY", "--from", "2024-01-03", "--to", "2024-01-03"});
  EXPECT_EQ(exported.out,
            "timestamp,open,high,low,close,volume,adj_close\n"
            "2024-01-03,100.5,102,100,101.5,1100,\n");
}

TEST_F(CliTest, ListShowsEachSeriesWithItsSpan) {
  ASSERT_EQ(
      qtb({"data", "import", "--symbol", "SPY", "--file", fixture("good_daily.csv")}).exit_code, 0);
  const QtbRun run = qtb({"data", "list"});
  EXPECT_EQ(run.exit_code, 0);
  // Columns: symbol, interval, bars, first, last (whitespace-aligned).
  std::string collapsed;
  for (const char c : run.out) {
    if (c != ' ' || (!collapsed.empty() && collapsed.back() != ' ')) collapsed += c;
  }
  EXPECT_NE(collapsed.find("SPY 1day 4 2024-01-02 2024-01-05"), std::string::npos) << run.out;
}

TEST_F(CliTest, SplitAdjustedExportKeepsRawPricesStored) {
  ASSERT_EQ(
      qtb({"data", "import", "--symbol", "SPY", "--file", fixture("good_daily.csv")}).exit_code, 0);
  const std::string actions = dir_.file("actions.csv");
  write_file(actions, "symbol,ex_date,type,value\nSPY,2024-01-04,split,2:1\n");
  ASSERT_EQ(qtb({"data", "actions", "import", "--file", actions}).exit_code, 0);
  // Bars before the 2:1 ex-date are halved, volume doubled: 100.5/2 = 50.25, 1000*2 = 2000.
  const QtbRun adjusted =
      qtb({"data", "export", "--symbol", "SPY", "--adjust", "splits", "--to", "2024-01-02"});
  EXPECT_EQ(adjusted.out,
            "timestamp,open,high,low,close,volume,adj_close\n"
            "2024-01-02,50,50.5,49.5,50.25,2000,50.25\n");
  const QtbRun raw = qtb({"data", "export", "--symbol", "SPY", "--to", "2024-01-02"});
  EXPECT_EQ(raw.out,
            "timestamp,open,high,low,close,volume,adj_close\n"
            "2024-01-02,100,101,99,100.5,1000,\n");
}

TEST_F(CliTest, ResampleAlignsBucketsToTheSessionOpen) {
  // 2024-01-02 is a winter session: 09:30 New York is 14:30Z. Six 1-minute bars 09:30..09:35.
  const std::string minutes = dir_.file("minutes.csv");
  write_file(minutes,
             "timestamp,open,high,low,close,volume\n"
             "2024-01-02T14:30:00Z,10,11,9,10.5,100\n"
             "2024-01-02T14:31:00Z,10.5,12,10,11,200\n"
             "2024-01-02T14:32:00Z,11,11.5,8,9,300\n"
             "2024-01-02T14:33:00Z,9,10,9,9.5,400\n"
             "2024-01-02T14:34:00Z,9.5,9.75,9.25,9.5,500\n"
             "2024-01-02T14:35:00Z,9.5,10,9,10,600\n");
  const QtbRun run = qtb({"data", "resample", "--file", minutes, "--to", "5min"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  // Bucket 09:30-09:35: open 10 (first), high 12 (max), low 8 (min), close 9.5 (last),
  // volume 100+200+300+400+500 = 1500. Bucket 09:35-09:40: the last bar alone.
  EXPECT_EQ(run.out,
            "timestamp,open,high,low,close,volume,adj_close\n"
            "2024-01-02T14:30:00Z,10,12,8,9.5,1500,\n"
            "2024-01-02T14:35:00Z,9.5,10,9,10,600,\n");
}

TEST_F(CliTest, CacheBuildWritesOneFilePerSeries) {
  ASSERT_EQ(
      qtb({"data", "import", "--symbol", "SPY", "--file", fixture("good_daily.csv")}).exit_code, 0);
  const QtbRun run = qtb({"data", "cache", "build", "--dir", dir_.file("cache")});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("cached 1 series, 4 bars of 1day"), std::string::npos) << run.out;
  EXPECT_FALSE(read_file(dir_.file("cache/SPY/1day.qtbc")).empty());
}

TEST_F(CliTest, ExportToAnUnwritablePathNamesIt) {
  ASSERT_EQ(
      qtb({"data", "import", "--symbol", "SPY", "--file", fixture("good_daily.csv")}).exit_code, 0);
  const QtbRun run = qtb({"data", "export", "--symbol", "SPY", "--out", "/nonexistent/dir/x.csv"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("/nonexistent/dir/x.csv: cannot write"), std::string::npos) << run.err;
}

TEST_F(CliTest, UnknownPolicyIsAUsageError) {
  const QtbRun run = qtb({"data", "import", "--symbol", "SPY", "--file", fixture("good_daily.csv"),
                          "--on-error", "ignore"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("--on-error"), std::string::npos) << run.err;
}

TEST_F(CliTest, MissingFileIsReportedWithItsName) {
  const QtbRun run = qtb({"data", "validate", "--file", "no_such.csv"});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("no_such.csv"), std::string::npos) << run.err;
}

TEST_F(CliTest, ConfigShowMasksSecrets) {
  write_file(
      dir_.file("qtb.toml"),
      "[store]\nurl = \"postgresql://qtb:hunter2@127.0.0.1:1/x\"\n[ib]\npassword = \"s3cret\"\n");
  const QtbRun run = run_qtb({"config", "show"}, dir_.path());
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out.find("hunter2"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("s3cret"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("ib.password = ***"), std::string::npos) << run.out;
}

TEST_F(CliTest, IndicatorsWriteOneColumnPerOutputWithBlankLookback) {
  // SMA(3) of closes 100.5, 101.5, 102, 103.25: (100.5+101.5+102)/3 = 101.333...,
  // (101.5+102+103.25)/3 = 102.25. EMA(3) seeds with the same SMA, then
  // (103.25 - 101.333...) * 0.5 + 101.333... = 102.291666...
  const QtbRun run = qtb({"indicators", "--input", fixture("good_daily.csv"), "--indicator",
                          "sma:3", "--indicator", "ema:3", "--indicator", "sma:2"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "timestamp,sma_3,ema,sma_2\n"
            "2024-01-02,,,\n"
            "2024-01-03,,,101\n"
            "2024-01-04,101.33333333333333,101.33333333333333,101.75\n"
            "2024-01-05,102.25,102.29166666666666,102.625\n");
}

TEST_F(CliTest, IndicatorsRejectUnknownNamesAndBadParameters) {
  QtbRun run = qtb({"indicators", "--input", fixture("good_daily.csv"), "--indicator", "smaa"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("unknown indicator \"smaa\""), std::string::npos) << run.err;
  run = qtb({"indicators", "--input", fixture("good_daily.csv"), "--indicator", "sma:1"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("sma period: 1 is outside [2, 100000]"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace qtb::testing
