// End-to-end against a real PostgreSQL server started by scripts/with_postgres.sh: the same
// import gives byte-identical exports from PostgreSQL and SQLite, and a rejected import leaves
// PostgreSQL as it was.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "qtb_runner.h"

namespace qtb::testing {
namespace {

std::string pg_url() {
  const char* url = std::getenv("QTB_TEST_PG_URL");  // NOLINT(concurrency-mt-unsafe): tests
  return url == nullptr ? "" : url;
}

TEST(CliPostgres, ImportAndExportMatchSqliteByteForByte) {
  const std::string url = pg_url();
  ASSERT_FALSE(url.empty()) << "QTB_TEST_PG_URL is unset: run under scripts/with_postgres.sh";
  TempDir dir;
  const std::string spx = source_path("data/spx/SPX.csv");
  const std::string sqlite = "sqlite:" + dir.file("qtb.db");
  for (const std::string& store : {url, sqlite}) {
    const QtbRun run =
        run_qtb({"--store", store, "data", "import", "--symbol", "SPX", "--file", spx}, dir.path());
    ASSERT_EQ(run.exit_code, 0) << store << ": " << run.err;
    EXPECT_NE(run.out.find("import 5105 bars"), std::string::npos) << run.out;
  }
  const QtbRun from_pg = run_qtb({"--store", url, "data", "export", "--symbol", "SPX"}, dir.path());
  const QtbRun from_sqlite =
      run_qtb({"--store", sqlite, "data", "export", "--symbol", "SPX"}, dir.path());
  ASSERT_EQ(from_pg.exit_code, 0) << from_pg.err;
  EXPECT_EQ(from_pg.out, from_sqlite.out);
  // Header + 5,105 bars.
  EXPECT_EQ(std::count(from_pg.out.begin(), from_pg.out.end(), '\n'), 5106);
}

TEST(CliPostgres, RejectedImportLeavesPostgresAsItWas) {
  const std::string url = pg_url();
  ASSERT_FALSE(url.empty()) << "QTB_TEST_PG_URL is unset: run under scripts/with_postgres.sh";
  TempDir dir;
  write_file(dir.file("a.csv"), "timestamp,close\n2024-01-02,10\n2024-01-03,11\n");
  ASSERT_EQ(
      run_qtb({"--store", url, "data", "import", "--symbol", "ZZZ", "--file", dir.file("a.csv")},
              dir.path())
          .exit_code,
      0);
  const std::string before =
      run_qtb({"--store", url, "data", "export", "--symbol", "ZZZ"}, dir.path()).out;
  // 2024-01-04 is new, 2024-01-03 clashes with a stored bar: the whole import must fail.
  write_file(dir.file("b.csv"), "timestamp,close\n2024-01-03,12\n2024-01-04,13\n");
  const QtbRun run =
      run_qtb({"--store", url, "data", "import", "--symbol", "ZZZ", "--file", dir.file("b.csv")},
              dir.path());
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run_qtb({"--store", url, "data", "export", "--symbol", "ZZZ"}, dir.path()).out, before);
}

}  // namespace
}  // namespace qtb::testing
