// Runs the shared repository suite against SQLite, one temporary file per test.
#include <unistd.h>

#include <filesystem>
#include <system_error>

#include "market_data_repository_suite.h"

namespace qtb::store::testing {
namespace {

class SqliteTestDatabase final : public TestDatabase {
 public:
  explicit SqliteTestDatabase(std::filesystem::path dir) : dir_(std::move(dir)) {}
  ~SqliteTestDatabase() override {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  std::string url() const override { return "sqlite:" + (dir_ / "qtb.db").string(); }

 private:
  std::filesystem::path dir_;
};

}  // namespace

Result<std::unique_ptr<TestDatabase>> make_test_database(const std::string& test_name) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("qtb_store_" + std::to_string(getpid()) + "_" + test_name);
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  if (!std::filesystem::create_directories(dir, ec)) {
    return Error(ErrorCode::kIoError, dir.string() + ": " + ec.message());
  }
  return std::unique_ptr<TestDatabase>(std::make_unique<SqliteTestDatabase>(dir));
}

}  // namespace qtb::store::testing
