#include "market_data_repository_suite.h"

#include <fmt/format.h>
#include <gmock/gmock.h>

#include <stdexcept>
#include <vector>

#include "store/audit_log.h"
#include "store/market_data_repository.h"
#include "store/migration.h"

namespace qtb::store::testing {
namespace {

using ::testing::HasSubstr;

// "2024-01-02T00:00:00Z o=1 h=2 l=0.5 c=1.5 v=100 adj=0" (leveldb AllEntriesFor style).
std::string show(const Bar& b) {
  return fmt::format("{} o={} h={} l={} c={} v={} adj={}", b.ts.to_iso8601(), b.open.to_string(),
                     b.high.to_string(), b.low.to_string(), b.close.to_string(),
                     b.volume.to_string(), b.adj_close.to_string());
}

std::vector<std::string> show(const std::vector<Bar>& bars) {
  std::vector<std::string> out;
  for (const Bar& b : bars) out.push_back(show(b));
  return out;
}

Price px(const char* text) { return Price::parse(text).value(); }
Quantity qty(const char* text) { return Quantity::parse(text).value(); }

Timestamp day(int y, int m, int d) { return Timestamp::from_date(Date::from_ymd(y, m, d)); }

// A daily bar on `d` January 2024 with close `close` and round other fields.
Bar daily(int d, const char* close) {
  return Bar{day(2024, 1, d), px("100"), px("110"), px("90"), px(close), qty("1000"), px("0")};
}

Instrument spy() { return Instrument{0, "SPY", "SPDR S&P 500 ETF", "", "", "ARCA"}; }

Instrument ticker_only(const char* ticker) {
  Instrument i;
  i.ticker = ticker;
  return i;
}

const BarInterval kDaily = BarInterval::daily();
const Timestamp kBeginning = Timestamp::from_ns(INT64_MIN);
const Timestamp kEnd = Timestamp::from_ns(INT64_MAX);

}  // namespace

void StoreSuite::SetUp() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  Result<std::unique_ptr<TestDatabase>> db = make_test_database(info->name());
  ASSERT_TRUE(db.ok()) << db.error().message();
  database_ = std::move(*db);
  Result<std::unique_ptr<Store>> store = reopen();
  ASSERT_TRUE(store.ok()) << store.error().message();
  store_ = std::move(*store);
}

void StoreSuite::TearDown() {
  store_.reset();
  database_.reset();
}

Result<std::unique_ptr<Store>> StoreSuite::reopen() const { return open_store(database_->url()); }

int64_t StoreSuite::count_rows(const std::string& table) {
  int64_t count = -1;
  const Status s = store_->query("SELECT COUNT(*) FROM " + table, {}, [&](const SqlRow& row) {
    count = row.int64(0).value_or(-1);
    return Status();
  });
  return s.ok() ? count : -1;
}

TEST_F(StoreSuite, MigrationsCreateEverySeedTable) {
  for (const char* table :
       {"symbols", "market_data", "orders", "executions", "positions", "tax_lots", "capital_gains",
        "wash_sales", "daily_pnl", "strategy_performance", "corporate_actions", "audit_log"}) {
    EXPECT_EQ(count_rows(table), 0) << table;
  }
  EXPECT_EQ(schema_version(*store_).value_or(-1), embedded_migrations().back().version);
}

TEST_F(StoreSuite, ReapplyingMigrationsIsANoOp) {
  const int64_t applied = count_rows("schema_migrations");
  EXPECT_EQ(applied, static_cast<int64_t>(embedded_migrations().size()));
  ASSERT_TRUE(apply_migrations(*store_, embedded_migrations()).ok());
  Result<std::unique_ptr<Store>> again = reopen();
  ASSERT_TRUE(again.ok()) << again.error().message();
  EXPECT_EQ(count_rows("schema_migrations"), applied);
}

TEST_F(StoreSuite, RefusesAStoreNewerThanThisBinary) {
  ASSERT_TRUE(store_
                  ->execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                            std::vector<SqlValue>{int64_t{9999}, std::string("future")})
                  .ok());
  Result<std::unique_ptr<Store>> refused = reopen();
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().code(), ErrorCode::kDatabase);
  EXPECT_THAT(refused.error().message(), HasSubstr("schema version 9999 is newer"));
}

TEST_F(StoreSuite, UpsertSymbolIsIdempotentAndUpdatesReferenceData) {
  MarketDataRepository repo(*store_);
  const InstrumentId first = repo.upsert_symbol(spy()).value();
  Instrument renamed = spy();
  renamed.company_name = "SPDR S&P 500 ETF Trust";
  EXPECT_EQ(repo.upsert_symbol(renamed).value(), first);
  const std::vector<Instrument> all = repo.list_symbols().value();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].id, first);
  EXPECT_EQ(all[0].company_name, "SPDR S&P 500 ETF Trust");
  EXPECT_EQ(all[0].exchange, "ARCA");
}

TEST_F(StoreSuite, FindSymbolKnowsStoredTickersOnly) {
  MarketDataRepository repo(*store_);
  const InstrumentId id = repo.upsert_symbol(spy()).value();
  const std::optional<Instrument> found = repo.find_symbol("SPY").value();
  ASSERT_TRUE(found.has_value());
  EXPECT_EQ(found->id, id);
  EXPECT_FALSE(repo.find_symbol("QQQ").value().has_value());
  EXPECT_EQ(repo.upsert_symbol(Instrument{}).error().code(), ErrorCode::kInvalidArgument);
}

TEST_F(StoreSuite, ListSymbolsIsOrderedByTicker) {
  MarketDataRepository repo(*store_);
  for (const char* t : {"QQQ", "AAPL", "SPY"}) repo.upsert_symbol(ticker_only(t)).value();
  std::vector<std::string> tickers;
  const std::vector<Instrument> all = repo.list_symbols().value();
  for (const Instrument& i : all) tickers.push_back(i.ticker);
  EXPECT_EQ(tickers, (std::vector<std::string>{"AAPL", "QQQ", "SPY"}));
}

TEST_F(StoreSuite, BarsRoundTripExactlyAtTheEdgesOfTheirTypes) {
  MarketDataRepository repo(*store_);
  const InstrumentId id = repo.upsert_symbol(spy()).value();
  // Smallest steps (1e-9 price, 1e-6 volume) and the largest raw values (INT64_MAX units):
  // 9223372036.854775807 and 9223372036854.775807; a negative price; a 1ns timestamp.
  const std::vector<Bar> bars = {
      Bar{Timestamp::from_ns(1), px("0.000000001"), px("0.000000002"), px("0.000000001"),
          px("0.000000001"), qty("0.000001"), px("0")},
      Bar{day(2024, 1, 2), px("9223372036.854775807"), px("9223372036.854775807"),
          px("-9223372036.854775808"), px("101.25"), qty("9223372036854.775807"),
          px("99.123456789")},
      Bar{day(2024, 1, 3) + 34'200'000'000'000 + 123, px("-1.5"), px("2"), px("-3"), px("0.1"),
          qty("0"), px("0.3")},
  };
  ASSERT_TRUE(repo.insert_bars(id, kDaily, bars).ok());
  EXPECT_EQ(show(repo.load_bars(id, kDaily, kBeginning, kEnd).value()), show(bars));
}

TEST_F(StoreSuite, LoadBarsIsOrderedAndHalfOpen) {
  MarketDataRepository repo(*store_);
  const InstrumentId id = repo.upsert_symbol(spy()).value();
  ASSERT_TRUE(
      repo.insert_bars(id, kDaily,
                       std::vector<Bar>{daily(5, "5"), daily(2, "2"), daily(4, "4"), daily(3, "3")})
          .ok());
  // [Jan 3, Jan 5) holds Jan 3 and Jan 4, in order.
  const std::vector<Bar> got = repo.load_bars(id, kDaily, day(2024, 1, 3), day(2024, 1, 5)).value();
  EXPECT_EQ(show(got), show(std::vector<Bar>{daily(3, "3"), daily(4, "4")}));
  // Another interval of the same symbol is a different series.
  EXPECT_TRUE(repo.load_bars(id, BarInterval::minutes(1), kBeginning, kEnd).value().empty());
}

TEST_F(StoreSuite, DuplicateBarIsRejectedAndLeavesTheStoreAsItWas) {
  MarketDataRepository repo(*store_);
  const InstrumentId id = repo.upsert_symbol(spy()).value();
  const std::vector<Bar> stored = {daily(2, "2"), daily(3, "3"), daily(4, "4")};
  ASSERT_TRUE(repo.insert_bars(id, kDaily, stored).ok());
  // Jan 5 and 6 are new, Jan 3 clashes: none of the three may land.
  const Status s =
      repo.insert_bars(id, kDaily, std::vector<Bar>{daily(5, "5"), daily(3, "33"), daily(6, "6")});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), ErrorCode::kAlreadyExists);
  EXPECT_THAT(s.error().message(), HasSubstr("2024-01-03T00:00:00Z"));
  EXPECT_EQ(count_rows("market_data"), 3);
  EXPECT_EQ(show(repo.load_bars(id, kDaily, kBeginning, kEnd).value()), show(stored));
}

TEST_F(StoreSuite, ReplacePolicyOverwritesStoredBars) {
  MarketDataRepository repo(*store_);
  const InstrumentId id = repo.upsert_symbol(spy()).value();
  ASSERT_TRUE(repo.insert_bars(id, kDaily, std::vector<Bar>{daily(2, "2"), daily(3, "3")}).ok());
  ASSERT_TRUE(repo.insert_bars(id, kDaily, std::vector<Bar>{daily(3, "33"), daily(4, "4")},
                               DuplicateBars::kReplace)
                  .ok());
  EXPECT_EQ(show(repo.load_bars(id, kDaily, kBeginning, kEnd).value()),
            show(std::vector<Bar>{daily(2, "2"), daily(3, "33"), daily(4, "4")}));
}

TEST_F(StoreSuite, TwoBarsWithOneTsInOneInsertAreRejected) {
  MarketDataRepository repo(*store_);
  const InstrumentId id = repo.upsert_symbol(spy()).value();
  for (DuplicateBars policy : {DuplicateBars::kReject, DuplicateBars::kReplace}) {
    const Status s = repo.insert_bars(
        id, kDaily, std::vector<Bar>{daily(4, "4"), daily(2, "2"), daily(4, "5")}, policy);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code(), ErrorCode::kInvalidArgument);
    EXPECT_THAT(s.error().message(), HasSubstr("2024-01-04T00:00:00Z"));
  }
  EXPECT_EQ(count_rows("market_data"), 0);
}

TEST_F(StoreSuite, BarsOfAnUnknownSymbolAreRejected) {
  MarketDataRepository repo(*store_);
  const Status s = repo.insert_bars(42, kDaily, std::vector<Bar>{daily(2, "2")});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), ErrorCode::kNotFound);
  EXPECT_EQ(count_rows("market_data"), 0);
}

TEST_F(StoreSuite, ErrorInsideTransactionRollsEverythingBack) {
  MarketDataRepository repo(*store_);
  const Status s = store_->in_transaction([&]() -> Status {
    const InstrumentId id = repo.upsert_symbol(spy()).value();
    QTB_TRY_STATUS(repo.insert_bars(id, kDaily, std::vector<Bar>{daily(2, "2")}));
    return invalid_argument("import rejected");
  });
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().message(), "import rejected");
  EXPECT_EQ(count_rows("symbols"), 0);
  EXPECT_EQ(count_rows("market_data"), 0);
  EXPECT_FALSE(store_->in_transaction_now());
}

TEST_F(StoreSuite, ExceptionInsideTransactionRollsBackAndPropagates) {
  MarketDataRepository repo(*store_);
  EXPECT_THROW((void)store_->in_transaction([&]() -> Status {
    repo.upsert_symbol(spy()).value();
    throw std::runtime_error("boom");
  }),
               std::runtime_error);
  EXPECT_EQ(count_rows("symbols"), 0);
  // The connection is usable afterwards.
  EXPECT_TRUE(repo.upsert_symbol(spy()).ok());
}

TEST_F(StoreSuite, FailedInnerTransactionUndoesOnlyItsOwnWork) {
  MarketDataRepository repo(*store_);
  const Status s = store_->in_transaction([&]() -> Status {
    const InstrumentId id = repo.upsert_symbol(spy()).value();
    QTB_TRY_STATUS(repo.insert_bars(id, kDaily, std::vector<Bar>{daily(2, "2")}));
    const Status inner =
        repo.insert_bars(id, kDaily, std::vector<Bar>{daily(3, "3"), daily(2, "9")});
    EXPECT_EQ(inner.error().code(), ErrorCode::kAlreadyExists);
    return {};  // the outer import decides to keep what it has
  });
  ASSERT_TRUE(s.ok()) << s.error().message();
  EXPECT_EQ(count_rows("market_data"), 1);
}

TEST_F(StoreSuite, ListSeriesSummarisesEachTickerAndInterval) {
  MarketDataRepository repo(*store_);
  const InstrumentId spy_id = repo.upsert_symbol(spy()).value();
  const InstrumentId aapl_id = repo.upsert_symbol(ticker_only("AAPL")).value();
  ASSERT_TRUE(repo.insert_bars(spy_id, kDaily,
                               std::vector<Bar>{daily(2, "1"), daily(3, "1"), daily(4, "1")})
                  .ok());
  const Bar minute{day(2024, 1, 2) + 14 * kNanosPerHour + 30 * kNanosPerMinute,
                   px("1"),
                   px("1"),
                   px("1"),
                   px("1"),
                   qty("1"),
                   px("0")};
  ASSERT_TRUE(repo.insert_bars(aapl_id, BarInterval::minutes(1), std::vector<Bar>{minute}).ok());
  const std::vector<SeriesSummary> expected = {
      {"AAPL", "1min", 1, minute.ts, minute.ts},
      {"SPY", "1day", 3, day(2024, 1, 2), day(2024, 1, 4)},
  };
  EXPECT_EQ(repo.list_series().value(), expected);
}

TEST_F(StoreSuite, DeleteBarsRemovesTheRangeAndCountsIt) {
  MarketDataRepository repo(*store_);
  const InstrumentId id = repo.upsert_symbol(spy()).value();
  ASSERT_TRUE(
      repo.insert_bars(id, kDaily,
                       std::vector<Bar>{daily(2, "2"), daily(3, "3"), daily(4, "4"), daily(5, "5")})
          .ok());
  // [Jan 3, Jan 5) holds two bars.
  EXPECT_EQ(repo.delete_bars(id, kDaily, day(2024, 1, 3), day(2024, 1, 5)).value(), 2);
  EXPECT_EQ(show(repo.load_bars(id, kDaily, kBeginning, kEnd).value()),
            show(std::vector<Bar>{daily(2, "2"), daily(5, "5")}));
  EXPECT_EQ(repo.count_bars(id, kDaily).value(), 2);
}

// "AAPL 2020-08-31 split 4/1 0" (ticker, ex_date, kind, ratio, dividend with currency).
std::string show(const data::CorporateAction& a) {
  return fmt::format("{} {} {} {}/{} {} {}", a.ticker, a.ex_date.to_string(),
                     a.kind == data::CorporateActionKind::kSplit ? "split" : "dividend",
                     a.numerator, a.denominator, a.dividend.to_string(),
                     a.dividend.currency().code());
}

TEST_F(StoreSuite, CorporateActionsRoundTripAndReinsertIsIdempotent) {
  MarketDataRepository repo(*store_);
  const InstrumentId id = repo.upsert_symbol(ticker_only("AAPL")).value();
  using data::CorporateActionKind;
  // AAPL's 4-for-1 split of 2020-08-31 and its $0.24 dividend of 2024-02-09; a reverse split
  // and the smallest CAD amount.
  const std::vector<data::CorporateAction> actions = {
      {"AAPL", Date::from_ymd(2024, 2, 9), CorporateActionKind::kCashDividend, 1, 1, "0.24"_usd},
      {"AAPL", Date::from_ymd(2020, 8, 31), CorporateActionKind::kSplit, 4, 1, Money()},
      {"AAPL", Date::from_ymd(2021, 1, 4), CorporateActionKind::kCashDividend, 1, 1,
       Money::parse("0.000001", Currency::parse("CAD").value()).value()},
      {"AAPL", Date::from_ymd(2021, 1, 4), CorporateActionKind::kSplit, 1, 10, Money()},
  };
  ASSERT_TRUE(repo.insert_actions(id, actions).ok());
  ASSERT_TRUE(repo.insert_actions(id, actions).ok());
  EXPECT_EQ(count_rows("corporate_actions"), 4);
  std::vector<std::string> got;
  const std::vector<data::CorporateAction> loaded = repo.load_actions(id).value();
  for (const data::CorporateAction& a : loaded) got.push_back(show(a));
  EXPECT_EQ(got, (std::vector<std::string>{
                     "AAPL 2020-08-31 split 4/1 0 USD",
                     "AAPL 2021-01-04 dividend 1/1 0.000001 CAD",
                     "AAPL 2021-01-04 split 1/10 0 USD",
                     "AAPL 2024-02-09 dividend 1/1 0.24 USD",
                 }));
  const std::vector<data::CorporateAction> bad = {
      {"AAPL", Date::from_ymd(2024, 1, 2), CorporateActionKind::kSplit, 1, 0, Money()}};
  EXPECT_EQ(repo.insert_actions(id, bad).error().code(), ErrorCode::kInvalidArgument);
}

TEST_F(StoreSuite, AuditEntriesAppendInOrderVerbatim) {
  const AuditEntry first{0,
                         day(2024, 1, 2),
                         "cli",
                         "import",
                         "market_data",
                         "SPY/1day",
                         R"({"rows": 252, "file": "spy.csv"})"};
  const AuditEntry second{0, day(2024, 1, 3), "user:alice", "delete_bars", "market_data", "", ""};
  const int64_t id1 = append_audit(*store_, first).value();
  const int64_t id2 = append_audit(*store_, second).value();
  EXPECT_LT(id1, id2);
  const std::vector<AuditEntry> rows = load_audit(*store_).value();
  ASSERT_EQ(rows.size(), 2u);
  AuditEntry expected1 = first;
  expected1.id = id1;
  AuditEntry expected2 = second;
  expected2.id = id2;
  expected2.details = "{}";
  EXPECT_EQ(rows[0], expected1);
  EXPECT_EQ(rows[1], expected2);
  EXPECT_EQ(load_audit(*store_, id1).value().size(), 1u);
  EXPECT_EQ(append_audit(*store_, AuditEntry{}).error().code(), ErrorCode::kInvalidArgument);
}

TEST_F(StoreSuite, StatementApiBindsTextIntegersAndNulls) {
  // The '?' inside quotes is text, not a parameter.
  const std::vector<SqlValue> params = {std::string("it's ?"), int64_t{-42}, nullptr};
  std::vector<std::string> seen;
  ASSERT_TRUE(store_
                  ->query("SELECT ?, ?, ?, 'a?b'", params,
                          [&](const SqlRow& row) {
                            seen = {std::string(row.text(0)), std::to_string(row.int64(1).value()),
                                    row.is_null(2) ? "NULL" : "not null", std::string(row.text(3))};
                            return Status();
                          })
                  .ok());
  EXPECT_EQ(seen, (std::vector<std::string>{"it's ?", "-42", "NULL", "a?b"}));
}

TEST_F(StoreSuite, UniqueClashIsReportedAsAlreadyExists) {
  const std::vector<SqlValue> params = {std::string("AAPL")};
  ASSERT_TRUE(store_->execute("INSERT INTO symbols (ticker) VALUES (?)", params).ok());
  const Status s = store_->execute("INSERT INTO symbols (ticker) VALUES (?)", params);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.error().code(), ErrorCode::kAlreadyExists);
}

}  // namespace qtb::store::testing
