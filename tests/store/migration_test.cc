#include "store/migration.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/sqlite_store.h"
#include "store/store_url.h"

namespace qtb::store {
namespace {

using ::testing::HasSubstr;

TEST(Migration, DialectTokensExpandPerBackend) {
  const char* sql = "CREATE TABLE t (id {{ID_PK}}, px {{PRICE}}) {{WITHOUT_ROWID}};";
  EXPECT_EQ(expand_dialect(sql, Backend::kSqlite).value(),
            "CREATE TABLE t (id INTEGER PRIMARY KEY, px TEXT) WITHOUT ROWID;");
  EXPECT_EQ(expand_dialect(sql, Backend::kPostgres).value(),
            "CREATE TABLE t (id BIGSERIAL PRIMARY KEY, px NUMERIC(19,9)) ;");
}

TEST(Migration, UnknownOrUnclosedTokenIsAnError) {
  const Result<std::string> unknown = expand_dialect("x {{FLOAT}}", Backend::kSqlite);
  ASSERT_FALSE(unknown.ok());
  EXPECT_THAT(unknown.error().message(), HasSubstr("{{FLOAT}}"));
  EXPECT_FALSE(expand_dialect("x {{PRICE", Backend::kPostgres).ok());
}

TEST(Migration, EmbeddedSetIsOrderedAndExpandsForBothBackends) {
  const std::span<const Migration> all = embedded_migrations();
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all.front().version, 1);
  EXPECT_STREQ(all.front().name, "initial");
  for (std::size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].version, all[i].version);
  for (const Migration& m : all) {
    EXPECT_TRUE(expand_dialect(m.sql, Backend::kSqlite).ok()) << m.version;
    EXPECT_TRUE(expand_dialect(m.sql, Backend::kPostgres).ok()) << m.version;
  }
}

// A store opened without the embedded migrations, so hand-made ones can run against it.
std::unique_ptr<Store> bare_memory_store() {
  return open_sqlite_store(parse_store_url("sqlite::memory:").value()).value();
}

int64_t count(Store& store, const std::string& sql) {
  int64_t n = -1;
  EXPECT_TRUE(store
                  .query(sql, {},
                         [&](const SqlRow& row) {
                           n = row.int64(0).value_or(-1);
                           return Status();
                         })
                  .ok())
      << sql;
  return n;
}

TEST(Migration, AppliesPendingVersionsInOrderAndRecordsEach) {
  auto store = bare_memory_store();
  // The second migration writes into the table the first creates.
  const Migration migrations[] = {
      {1, "initial", "CREATE TABLE a (x INTEGER);"},
      {2, "more", "CREATE TABLE b (x INTEGER); INSERT INTO a VALUES (1);"},
  };
  ASSERT_TRUE(apply_migrations(*store, migrations).ok());
  ASSERT_TRUE(apply_migrations(*store, migrations).ok());  // no-op: a still has one row
  EXPECT_EQ(schema_version(*store).value(), 2);
  EXPECT_EQ(count(*store, "SELECT COUNT(*) FROM a"), 1);
  EXPECT_EQ(count(*store,
                  "SELECT COUNT(*) FROM schema_migrations WHERE name IN ('initial', "
                  "'more')"),
            2);
}

TEST(Migration, FailingMigrationLeavesTheStoreAtItsOldVersion) {
  auto store = bare_memory_store();
  const Migration good[] = {{1, "initial", "CREATE TABLE a (x INTEGER);"}};
  ASSERT_TRUE(apply_migrations(*store, good).ok());
  const Migration with_broken[] = {
      {1, "initial", "CREATE TABLE a (x INTEGER);"},
      {2, "fine", "CREATE TABLE b (x INTEGER);"},
      {3, "broken", "INSERT INTO no_such_table VALUES (1);"},
  };
  const Status s = apply_migrations(*store, with_broken);
  ASSERT_FALSE(s.ok());
  EXPECT_THAT(s.error().message(), HasSubstr("migration 0003_broken"));
  EXPECT_EQ(schema_version(*store).value(), 1);
  // Version 2 ran in the same transaction as 3, so it is gone too.
  EXPECT_EQ(count(*store, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'b'"), 0);
}

}  // namespace
}  // namespace qtb::store
