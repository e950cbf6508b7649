#include "core/symbol_registry.h"

#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace qtb {
namespace {

std::filesystem::path source_dir() {
  const char* root = std::getenv("QTB_SOURCE_DIR");
  return root == nullptr ? "." : root;
}

Instrument listing(std::string ticker, std::string exchange = "") {
  Instrument instrument;
  instrument.ticker = std::move(ticker);
  instrument.exchange = std::move(exchange);
  return instrument;
}

// "1:SPY 2:QQQ" in id order.
std::string ids(const SymbolRegistry& registry) {
  std::string out;
  for (const Instrument& i : registry)
    out += (out.empty() ? "" : " ") + std::to_string(i.id) + ":" + i.ticker;
  return out;
}

TEST(SymbolRegistry, AssignsDenseIdsInInsertionOrder) {
  SymbolRegistry registry;
  EXPECT_EQ(registry.intern("SPY").value_or(0), 1U);
  EXPECT_EQ(registry.intern("qqq").value_or(0), 2U);
  EXPECT_EQ(registry.intern("Spy").value_or(0), 1U);
  EXPECT_EQ(registry.add(listing("iwm")).value_or(0), 3U);
  EXPECT_EQ(ids(registry), "1:SPY 2:QQQ 3:IWM");
}

TEST(SymbolRegistry, FindsByTickerAnyCaseAndById) {
  SymbolRegistry registry;
  ASSERT_TRUE(registry.add(listing("BRK.B", "NYSE")).ok());
  const Instrument* by_ticker = registry.find("brk.b");
  ASSERT_NE(by_ticker, nullptr);
  EXPECT_EQ(by_ticker->exchange, "NYSE");
  EXPECT_EQ(registry.find(InstrumentId{1}), by_ticker);
  EXPECT_EQ(registry.find(InstrumentId{0}), nullptr);
  EXPECT_EQ(registry.find(InstrumentId{2}), nullptr);
  EXPECT_EQ(registry.find("AAPL"), nullptr);
  EXPECT_EQ(registry.id_of("AAPL").error().message(), "unknown symbol \"AAPL\"");
}

TEST(SymbolRegistry, AddRefusesDuplicates) {
  SymbolRegistry registry;
  ASSERT_TRUE(registry.add(listing("SPY")).ok());
  Result<InstrumentId> again = registry.add(listing("spy"));
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.error().code(), ErrorCode::kAlreadyExists);
  EXPECT_EQ(registry.size(), 1U);
}

TEST(Ticker, AcceptsOneToTenOfLettersDigitsDotDash) {
  EXPECT_EQ(SymbolRegistry::normalize_ticker("brk.b").value_or(""), "BRK.B");
  EXPECT_EQ(SymbolRegistry::normalize_ticker("BF-B").value_or(""), "BF-B");
  EXPECT_EQ(SymbolRegistry::normalize_ticker("A").value_or(""), "A");
  EXPECT_EQ(SymbolRegistry::normalize_ticker("ABCDEFGHIJ").value_or(""), "ABCDEFGHIJ");
  for (const char* bad : {"", "ABCDEFGHIJK", "BR K", "A_B", "SPY$", "ÄB"}) {
    EXPECT_FALSE(SymbolRegistry::normalize_ticker(bad).ok()) << bad;
  }
  EXPECT_EQ(SymbolRegistry::normalize_ticker("BR K").error().message(),
            "invalid ticker \"BR K\" (1-10 characters of A-Z 0-9 . -)");
}

TEST(SymbolRegistry, LoadsCsvWithQuotedFields) {
  SymbolRegistry registry;
  const Status status = registry.load_csv(source_dir() / "tests/fixtures/core/symbols.csv");
  ASSERT_TRUE(status.ok()) << status.error().message();
  EXPECT_EQ(ids(registry), "1:SPY 2:BRK.B 3:MSFT");
  const Instrument* brk = registry.find("BRK.B");
  ASSERT_NE(brk, nullptr);
  EXPECT_EQ(brk->company_name, "Berkshire Hathaway Inc., Class B");
  EXPECT_EQ(brk->sector, "Financials");
  EXPECT_EQ(brk->industry, "Insurance");
  EXPECT_EQ(registry.find("SPY")->exchange, "ARCA");
  EXPECT_EQ(registry.find("SPY")->sector, "");
}

TEST(SymbolRegistry, CsvKeepsIdsOfKnownTickersAndFillsTheirData) {
  SymbolRegistry registry;
  ASSERT_TRUE(registry.intern("MSFT").ok());
  const Status status = registry.load_csv_text(
      "exchange,ticker,company_name\nNASDAQ,AAPL,Apple Inc.\nNASDAQ,MSFT,Microsoft\n", "s.csv");
  ASSERT_TRUE(status.ok()) << status.error().message();
  EXPECT_EQ(ids(registry), "1:MSFT 2:AAPL");
  EXPECT_EQ(registry.find("MSFT")->company_name, "Microsoft");
}

TEST(SymbolRegistry, CsvErrorsNameFileLineAndField) {
  SymbolRegistry registry;
  const std::string header = "ticker,company_name,sector,industry,exchange\n";
  EXPECT_EQ(registry.load_csv_text(header + "SPY,a,b,c,ARCA\nBR K,a,b,c,NYSE\n", "s.csv")
                .error()
                .message(),
            "s.csv:3 ticker: invalid ticker \"BR K\" (1-10 characters of A-Z 0-9 . -)");
  EXPECT_EQ(registry.load_csv_text(header + "SPY,a,b,c\n", "s.csv").error().message(),
            "s.csv:2: expected 5 fields, got 4");
  EXPECT_EQ(registry.load_csv_text(header + "SPY,\"a,b,c,NYSE\n", "s.csv").error().message(),
            "s.csv:2: unterminated quote");
  EXPECT_EQ(registry.load_csv_text("ticker,sectr\n", "s.csv").error().message(),
            "s.csv:1 header: unknown column \"sectr\" "
            "(ticker,company_name,sector,industry,exchange)");
  EXPECT_EQ(registry.load_csv_text("sector\n", "s.csv").error().message(),
            "s.csv:1 header: no \"ticker\" column");
  EXPECT_EQ(registry.load_csv_text(header + "SPY,a,b,c,ARCA\n\nspy,a,b,c,ARCA\n", "s.csv")
                .error()
                .message(),
            "s.csv:4 ticker: duplicate \"SPY\" (first on line 2)");
  // All or nothing: none of the rows before the errors were added.
  EXPECT_TRUE(registry.empty());
}

// The bundled reference data covers every symbol whose prices ship in data/.
TEST(SymbolRegistry, BundledSymbolsCoverBundledPriceFiles) {
  SymbolRegistry registry;
  const Status status = registry.load_csv(source_dir() / "data/symbols.csv");
  ASSERT_TRUE(status.ok()) << status.error().message();
  std::set<std::string> dow;
  for (const auto& entry : std::filesystem::directory_iterator(source_dir() / "data/dow30")) {
    dow.insert(entry.path().stem().string());
  }
  EXPECT_EQ(dow.size(), 30U);
  for (const std::string& ticker : dow) {
    const Instrument* instrument = registry.find(ticker);
    ASSERT_NE(instrument, nullptr) << ticker;
    EXPECT_FALSE(instrument->sector.empty()) << ticker;
    EXPECT_TRUE(instrument->exchange == "NYSE" || instrument->exchange == "NASDAQ") << ticker;
  }
  for (const char* extra : {"SPX", "GOOG", "NYA"}) EXPECT_NE(registry.find(extra), nullptr);
  EXPECT_EQ(registry.find("SPX")->exchange, "INDEX");
  EXPECT_EQ(registry.size(), 33U);
}

// Model: the id of a ticker is 1 + the position of its first appearance.
RC_GTEST_PROP(SymbolRegistry, IdIsOrderOfFirstAppearance, ()) {
  const auto tickers = *rc::gen::container<std::vector<std::string>>(
      rc::gen::element<std::string>("SPY", "qqq", "IWM", "BRK.B", "spy", "A", "BF-B", "iwm"));
  SymbolRegistry registry;
  std::vector<std::string> model;
  for (const std::string& ticker : tickers) {
    std::string upper = ticker;
    std::transform(upper.begin(), upper.end(), upper.begin(),
                   [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
    auto it = std::find(model.begin(), model.end(), upper);
    if (it == model.end()) it = model.insert(model.end(), upper);
    const auto expected = static_cast<InstrumentId>(it - model.begin() + 1);
    RC_ASSERT(registry.intern(ticker).value_or(0) == expected);
  }
  RC_ASSERT(registry.size() == model.size());
}

}  // namespace
}  // namespace qtb
