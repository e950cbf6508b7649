// `qtb backtest` end to end: the files it writes, byte-identical reruns, one-line errors.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "qtb_runner.h"

namespace qtb::testing {
namespace {

std::vector<std::string> msft_args(const std::string& out) {
  return {"backtest",     "--data",      source_path("data"),
          "--symbols",    "MSFT",        "--strategy",
          "sma_cross",    "--param",     "fast=10",
          "--param",      "slow=30",     "--size",
          "shares:100",   "--cash",      "100000",
          "--commission", "per_order:1", "--fill",
          "close",        "--out",       out};
}

TEST(BacktestCommand, WritesEveryOutputFile) {
  TempDir dir;
  const QtbRun run = run_qtb(msft_args(dir.file("out")), dir.path());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("final equity"), std::string::npos);
  EXPECT_NE(run.err.find("wall_time_s="), std::string::npos);
  for (const char* name :
       {"summary.json", "equity.csv", "orders.csv", "fills.csv", "trades.csv", "report.html"}) {
    EXPECT_FALSE(read_file(dir.file("out/") + name).empty()) << name;
  }
  const std::string equity = read_file(dir.file("out/equity.csv"));
  EXPECT_EQ(equity.substr(0, equity.find('\n')), "timestamp,cash,positions_value,equity,drawdown");
  // The summary's final equity is the last equity row's equity column (4th field).
  const std::string last = equity.substr(equity.rfind('\n', equity.size() - 2) + 1);
  std::size_t field = 0;
  for (int i = 0; i < 3; ++i) field = last.find(',', field) + 1;
  const std::string final_equity = last.substr(field, last.find(',', field) - field);
  EXPECT_NE(
      read_file(dir.file("out/summary.json")).find("\"final_equity\": \"" + final_equity + "\""),
      std::string::npos)
      << final_equity;
}

TEST(BacktestCommand, SameInputsGiveByteIdenticalFiles) {
  TempDir dir;
  ASSERT_EQ(run_qtb(msft_args(dir.file("a")), dir.path()).exit_code, 0);
  ASSERT_EQ(run_qtb(msft_args(dir.file("b")), dir.path()).exit_code, 0);
  for (const char* name :
       {"summary.json", "equity.csv", "orders.csv", "fills.csv", "trades.csv", "report.html"}) {
    EXPECT_EQ(read_file(dir.file("a/") + name), read_file(dir.file("b/") + name)) << name;
  }
}

TEST(BacktestCommand, StoreAndCsvGiveTheSameFiles) {
  TempDir dir;
  const std::string store = "sqlite:" + dir.file("qtb.db");
  const QtbRun import = run_qtb({"--store", store, "data", "import", "--symbol", "SPX", "--file",
                                 source_path("data/spx/SPX.csv")},
                                dir.path());
  ASSERT_EQ(import.exit_code, 0) << import.err;
  const std::vector<std::string> common{"backtest",     "--symbols", "SPX",
                                        "--commission", "ib_fixed",  "--from",
                                        "2005-01-01",   "--to",      "2009-12-31"};
  std::vector<std::string> from_store{"--store", store};
  from_store.insert(from_store.end(), common.begin(), common.end());
  from_store.insert(from_store.end(), {"--out", dir.file("store")});
  std::vector<std::string> from_csv = common;
  from_csv.insert(from_csv.end(), {"--data", source_path("data/spx"), "--out", dir.file("csv")});
  ASSERT_EQ(run_qtb(from_store, dir.path()).exit_code, 0);
  ASSERT_EQ(run_qtb(from_csv, dir.path()).exit_code, 0);
  for (const char* name : {"summary.json", "equity.csv", "fills.csv"}) {
    EXPECT_EQ(read_file(dir.file("store/") + name), read_file(dir.file("csv/") + name)) << name;
  }
  EXPECT_NE(read_file(dir.file("csv/equity.csv")).find("2009-12-31,"), std::string::npos);
}

TEST(BacktestCommand, BadParameterFailsWithOneLineReason) {
  TempDir dir;
  std::vector<std::string> args = msft_args(dir.file("out"));
  args[8] = "fast=zero";
  const QtbRun run = run_qtb(args, dir.path());
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "qtb: --param fast=zero: not an integer\n");
}

TEST(BacktestCommand, MissingSymbolFileIsNamed) {
  TempDir dir;
  std::vector<std::string> args = msft_args(dir.file("out"));
  args[4] = "NOPE";
  const QtbRun run = run_qtb(args, dir.path());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("no file NOPE.csv"), std::string::npos) << run.err;
}

TEST(BacktestCommand, EmptyDateRangeIsAnError) {
  TempDir dir;
  std::vector<std::string> args = msft_args(dir.file("out"));
  args.insert(args.end(), {"--from", "2030-01-01"});
  const QtbRun run = run_qtb(args, dir.path());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.err, "qtb: MSFT: no bars in the --from/--to range\n");
}

TEST(MetricsCommand, PrintsMetricsOfAReturnColumn) {
  TempDir dir;
  write_file(dir.file("r.csv"), "date,return\n2024-01-02,0.10\n2024-01-03,-0.10\n");
  const QtbRun run = run_qtb({"metrics", "--returns", dir.file("r.csv")}, dir.path());
  ASSERT_EQ(run.exit_code, 0) << run.err;
  // Equity 1 -> 1.1 -> 0.99: a 10 % drawdown over one period.
  EXPECT_NE(run.out.find("\"max_drawdown_duration\": 1"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("\"periods\": 2"), std::string::npos);
}

TEST(MetricsCommand, BadValueNamesFileAndLine) {
  TempDir dir;
  write_file(dir.file("r.csv"), "date,return\n2024-01-02,0.1\n2024-01-03,1O\n");
  const QtbRun run = run_qtb({"metrics", "--returns", dir.file("r.csv")}, dir.path());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.err, "qtb: " + dir.file("r.csv") + ":3 return: not a return above -1 \"1O\"\n");
}

TEST(BacktestCommand, StrategiesListsParameters) {
  TempDir dir;
  const QtbRun run = run_qtb({"strategies"}, dir.path());
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_NE(run.out.find("sma_cross"), std::string::npos);
  EXPECT_NE(run.out.find("fast (int, default 10, range 1..100000)"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace qtb::testing
