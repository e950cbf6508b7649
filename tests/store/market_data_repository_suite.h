// The repository test suite shared by both backends. Each test binary links this suite with one
// definition of make_test_database: SQLite (store_sqlite_test.cc) or PostgreSQL
// (store_postgres_test.cc), so the same cases run against both.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "core/result.h"
#include "store/store.h"

namespace qtb::store::testing {

// A fresh, empty database for one test; destroying it removes the database.
class TestDatabase {
 public:
  virtual ~TestDatabase() = default;
  // The URL open_store takes for this database.
  virtual std::string url() const = 0;
};

// Defined once per test binary. `test_name` makes the database's name unique and readable.
Result<std::unique_ptr<TestDatabase>> make_test_database(const std::string& test_name);

class StoreSuite : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Opens (again) the test database through open_store.
  Result<std::unique_ptr<Store>> reopen() const;
  // SELECT COUNT(*) FROM `table`; -1 when the query fails.
  int64_t count_rows(const std::string& table);

  std::unique_ptr<TestDatabase> database_;
  std::unique_ptr<Store> store_;
};

}  // namespace qtb::store::testing
