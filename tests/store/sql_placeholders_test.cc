#include "store/sql_placeholders.h"

#include <gtest/gtest.h>

namespace qtb::store {
namespace {

TEST(SqlPlaceholders, NumbersQuestionMarksInOrder) {
  EXPECT_EQ(to_dollar_placeholders("INSERT INTO t (a, b) VALUES (?, ?)"),
            "INSERT INTO t (a, b) VALUES ($1, $2)");
}

TEST(SqlPlaceholders, LeavesQuotedTextAndCommentsAlone) {
  EXPECT_EQ(to_dollar_placeholders("SELECT 'it''s ?', \"a?\", ? -- why?\n, ? /* ? */"),
            "SELECT 'it''s ?', \"a?\", $1 -- why?\n, $2 /* ? */");
}

TEST(SqlPlaceholders, CountsPastNine) {
  EXPECT_EQ(to_dollar_placeholders("?,?,?,?,?,?,?,?,?,?"), "$1,$2,$3,$4,$5,$6,$7,$8,$9,$10");
}

}  // namespace
}  // namespace qtb::store
