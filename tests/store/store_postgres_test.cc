// Runs the shared repository suite against a real PostgreSQL server named by QTB_TEST_PG_URL
// (scripts/with_postgres.sh starts one). Each test gets its own schema, selected through the
// connection's search_path, and drops it afterwards. Without QTB_TEST_PG_URL every test fails:
// an integration suite that silently skips proves nothing.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdlib>

#include "market_data_repository_suite.h"
#include "store/postgres_store.h"
#include "store/store_url.h"

namespace qtb::store::testing {
namespace {

class PostgresTestDatabase final : public TestDatabase {
 public:
  PostgresTestDatabase(std::unique_ptr<Store> admin, std::string base_url, std::string schema)
      : admin_(std::move(admin)), base_url_(std::move(base_url)), schema_(std::move(schema)) {}
  ~PostgresTestDatabase() override {
    (void)admin_->execute(fmt::format("DROP SCHEMA IF EXISTS {} CASCADE", schema_));
  }
  std::string url() const override {
    const char separator = base_url_.find('?') == std::string::npos ? '?' : '&';
    return fmt::format("{}{}options=-csearch_path%3D{}", base_url_, separator, schema_);
  }

 private:
  std::unique_ptr<Store> admin_;
  std::string base_url_;
  std::string schema_;
};

}  // namespace

Result<std::unique_ptr<TestDatabase>> make_test_database(const std::string& test_name) {
  const char* base = std::getenv("QTB_TEST_PG_URL");
  if (base == nullptr || *base == '\0') {
    return Error(ErrorCode::kConfig,
                 "QTB_TEST_PG_URL is not set: run under scripts/with_postgres.sh");
  }
  const Result<StoreUrl> url = parse_store_url(base);
  if (!url.ok()) return url.error();
  Result<std::unique_ptr<Store>> admin = open_postgres_store(*url);
  if (!admin.ok()) return admin.error();
  std::string schema = fmt::format("t_{}_{}", getpid(), test_name);
  for (char& c : schema) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  QTB_TRY_STATUS(
      (*admin)->execute_script(fmt::format("DROP SCHEMA IF EXISTS {0} CASCADE; "
                                           "CREATE SCHEMA {0}",
                                           schema)));
  return std::unique_ptr<TestDatabase>(
      std::make_unique<PostgresTestDatabase>(std::move(*admin), base, std::move(schema)));
}

}  // namespace qtb::store::testing
