#include "core/secrets.h"

#include <gtest/gtest.h>

namespace qtb {
namespace {

TEST(SecretName, MatchesMarkersInLastSegmentOnly) {
  EXPECT_TRUE(is_secret_name("store.password"));
  EXPECT_TRUE(is_secret_name("ib.API_KEY"));
  EXPECT_TRUE(is_secret_name("github_token"));
  EXPECT_TRUE(is_secret_name("jwt.secret"));
  EXPECT_TRUE(is_secret_name("apiKey"));
  EXPECT_FALSE(is_secret_name("store.url"));
  // "secret" is in a parent table, not in the key itself.
  EXPECT_FALSE(is_secret_name("secrets.path"));
}

TEST(RedactSecrets, MasksUrlPasswordOfAnyScheme) {
  EXPECT_EQ(redact_secrets("postgresql://user:PASSWORD@host/db"), "postgresql://user:***@host/db");
  EXPECT_EQ(redact_secrets("redis://:pw@cache:6379/0"), "redis://:***@cache:6379/0");
  EXPECT_EQ(redact_secrets("a postgres://u:p@h and postgres://v:q@i/x"),
            "a postgres://u:***@h and postgres://v:***@i/x");
}

TEST(RedactSecrets, LeavesUrlsWithoutPasswordAlone) {
  EXPECT_EQ(redact_secrets("postgresql://user@host:5432/db"), "postgresql://user@host:5432/db");
  EXPECT_EQ(redact_secrets("https://example.com:8443/a@b"), "https://example.com:8443/a@b");
  EXPECT_EQ(redact_secrets("no secrets here"), "no secrets here");
}

TEST(RedactSecrets, MasksPasswordAssignments) {
  EXPECT_EQ(redact_secrets("host=db password=pw user=qtb"), "host=db password=*** user=qtb");
  EXPECT_EQ(redact_secrets("password = 'a b\\'c' port=5432"), "password = *** port=5432");
  EXPECT_EQ(redact_secrets("PGPASSWORD=pw"), "PGPASSWORD=***");
  EXPECT_EQ(redact_secrets("postgresql://h/db?user=u&password=pw&sslmode=require"),
            "postgresql://h/db?user=u&password=***&sslmode=require");
}

}  // namespace
}  // namespace qtb
