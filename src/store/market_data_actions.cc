// MarketDataRepository's corporate actions: rows of corporate_actions <-> data::CorporateAction.
#include <fmt/format.h>

#include <array>

#include "store/market_data_repository.h"

namespace qtb::store {
namespace {

const std::vector<std::string> kActionColumns = {
    "symbol_id",         "ex_date",         "kind",    "split_numerator",
    "split_denominator", "dividend_amount", "currency"};

// corporate_actions.kind as stored.
const char* kind_name(data::CorporateActionKind kind) {
  return kind == data::CorporateActionKind::kSplit ? "split" : "dividend";
}

// Columns: ticker, ex_date, kind, split_numerator, split_denominator, dividend_amount, currency.
Result<data::CorporateAction> action_from_row(const SqlRow& row) {
  data::CorporateAction action;
  action.ticker = std::string(row.text(0));
  const Result<Date> ex_date = Date::parse(row.text(1));
  if (!ex_date.ok()) return ex_date.error().with_context("corporate_actions.ex_date");
  action.ex_date = *ex_date;
  action.kind = row.text(2) == "split" ? data::CorporateActionKind::kSplit
                                       : data::CorporateActionKind::kCashDividend;
  const Result<int64_t> numerator = row.int64(3);
  const Result<int64_t> denominator = row.int64(4);
  if (!numerator.ok()) return numerator.error();
  if (!denominator.ok()) return denominator.error();
  action.numerator = *numerator;
  action.denominator = *denominator;
  const Result<Currency> currency = Currency::parse(row.text(6));
  if (!currency.ok()) return currency.error().with_context("corporate_actions.currency");
  const Result<Money> amount = Money::parse(row.text(5), *currency);
  if (!amount.ok()) return amount.error().with_context("corporate_actions.dividend_amount");
  action.dividend = *amount;
  return action;
}

}  // namespace

Status MarketDataRepository::insert_actions(InstrumentId id,
                                            std::span<const data::CorporateAction> actions) {
  for (const data::CorporateAction& a : actions) {
    if (a.numerator <= 0 || a.denominator <= 0) {
      return invalid_argument(fmt::format("corporate action {} {}: ratio {}/{} must be positive",
                                          a.ex_date.to_string(), kind_name(a.kind), a.numerator,
                                          a.denominator));
    }
  }
  if (actions.empty()) return {};
  QTB_TRY_STATUS(check_symbol_exists(id));
  std::size_t next = 0;
  const RowSource source = [&](std::vector<SqlValue>& row) {
    if (next == actions.size()) return false;
    const data::CorporateAction& a = actions[next++];
    row = {int64_t{id},   a.ex_date.to_string(),  std::string(kind_name(a.kind)), a.numerator,
           a.denominator, a.dividend.to_string(), a.dividend.currency().code()};
    return true;
  };
  BulkInsertOptions options;
  options.replace_on_key = {"symbol_id", "ex_date", "kind"};
  return store_.bulk_insert("corporate_actions", kActionColumns, source, options);
}

Result<std::vector<data::CorporateAction>> MarketDataRepository::load_actions(InstrumentId id) {
  const std::array<SqlValue, 1> params = {int64_t{id}};
  std::vector<data::CorporateAction> out;
  QTB_TRY_STATUS(
      store_.query("SELECT s.ticker, a.ex_date, a.kind, a.split_numerator, a.split_denominator, "
                   "a.dividend_amount, a.currency FROM corporate_actions a "
                   "JOIN symbols s ON s.symbol_id = a.symbol_id WHERE a.symbol_id = ? "
                   "ORDER BY a.ex_date, a.kind",
                   params, [&](const SqlRow& row) -> Status {
                     Result<data::CorporateAction> action = action_from_row(row);
                     if (!action.ok()) return action.error();
                     out.push_back(std::move(*action));
                     return {};
                   }));
  return out;
}

}  // namespace qtb::store
