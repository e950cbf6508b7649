#include "store/store_url.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace qtb::store {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

TEST(StoreUrl, SqlitePrefixNamesAFile) {
  const StoreUrl url = parse_store_url("sqlite:data/qtb.db").value();
  EXPECT_EQ(url.backend, Backend::kSqlite);
  EXPECT_EQ(url.target, "data/qtb.db");
  EXPECT_EQ(url.display, "sqlite:data/qtb.db");
}

TEST(StoreUrl, DefaultUrlIsSqliteInTheWorkingDirectory) {
  EXPECT_EQ(parse_store_url(kDefaultStoreUrl).value().target, "qtb.db");
}

TEST(StoreUrl, PostgresUrlIsPassedToLibpqWhole) {
  for (const char* text : {"postgresql://qtb@db:5432/qtb", "postgres://qtb@db/qtb"}) {
    const StoreUrl url = parse_store_url(text).value();
    EXPECT_EQ(url.backend, Backend::kPostgres);
    EXPECT_EQ(url.target, text);
  }
}

TEST(StoreUrl, DisplayMasksPasswordsInUserInfoAndQuery) {
  EXPECT_EQ(mask_password("postgresql://qtb:s3cr@t@db:5432/qtb"),
            "postgresql://qtb:***@db:5432/qtb");
  EXPECT_EQ(mask_password("postgresql://db/qtb?user=qtb&password=hunter2&sslmode=require"),
            "postgresql://db/qtb?user=qtb&password=***&sslmode=require");
  EXPECT_EQ(mask_password("postgresql://qtb@db/qtb"), "postgresql://qtb@db/qtb");
}

TEST(StoreUrl, UnknownSchemeIsAnErrorThatHidesThePassword) {
  const Result<StoreUrl> url = parse_store_url("mysql://root:hunter2@db/qtb");
  ASSERT_FALSE(url.ok());
  EXPECT_EQ(url.error().code(), ErrorCode::kInvalidArgument);
  EXPECT_THAT(url.error().message(), HasSubstr("expected sqlite:PATH or postgresql://"));
  EXPECT_THAT(url.error().message(), Not(HasSubstr("hunter2")));
  EXPECT_FALSE(parse_store_url("sqlite:").ok());
}

TEST(StoreUrl, OpenStoreReportsUnreachableServerWithoutThePassword) {
  // Port 1 on loopback refuses connections, so this fails fast without a server.
  const auto store = open_store("postgresql://qtb:hunter2@127.0.0.1:1/qtb?connect_timeout=2");
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.error().code(), ErrorCode::kDatabase);
  EXPECT_THAT(store.error().message(), HasSubstr("postgresql://qtb:***@127.0.0.1:1/qtb"));
  EXPECT_THAT(store.error().message(), Not(HasSubstr("hunter2")));
}

}  // namespace
}  // namespace qtb::store
