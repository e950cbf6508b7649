// `qtb data actions import|list` (corporate actions) and `qtb data symbols import|list`
// (reference data: company, sector, industry, exchange). Each import is one transaction.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "cli/cli_context.h"
#include "cli/commands.h"
#include "cli/stored_series.h"
#include "core/symbol_registry.h"
#include "store/market_data_repository.h"

namespace qtb::cli {
namespace {

Result<std::string> read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(ErrorCode::kIoError, fmt::format("{}: cannot open", path));
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int run_actions_import(const std::string& file, CliContext& context) {
  Result<std::string> text = read_text_file(file);
  if (!text.ok()) return fail(text.error());
  Result<std::vector<data::CorporateAction>> actions =
      data::parse_corporate_actions_csv(*text, file);
  if (!actions.ok()) return fail(actions.error());
  // Grouped by ticker in name order so the write order does not depend on the file's.
  std::map<std::string, std::vector<data::CorporateAction>> by_ticker;
  for (const data::CorporateAction& action : *actions) {
    by_ticker[action.ticker].push_back(action);
  }
  Result<std::unique_ptr<store::Store>> opened = context.open_store();
  if (!opened.ok()) return fail(opened.error());
  store::MarketDataRepository repository(**opened);
  const Status written = (*opened)->in_transaction([&]() -> Status {
    for (const auto& [ticker, rows] : by_ticker) {
      Result<InstrumentId> id = find_or_create_symbol(repository, ticker);
      if (!id.ok()) return id.error();
      QTB_TRY_STATUS(repository.insert_actions(*id, rows));
    }
    return {};
  });
  if (!written.ok()) return fail(written.error().with_context(file + ": nothing was written"));
  fmt::print("{}: {} corporate actions for {} symbols in {}\n", file, actions->size(),
             by_ticker.size(), (*opened)->url_for_display());
  return kExitOk;
}

int run_actions_list(const std::string& symbol, CliContext& context) {
  Result<std::unique_ptr<store::Store>> opened = context.open_store();
  if (!opened.ok()) return fail(opened.error());
  store::MarketDataRepository repository(**opened);
  Result<Instrument> instrument = find_stored_symbol(repository, symbol);
  if (!instrument.ok()) return fail(instrument.error());
  Result<std::vector<data::CorporateAction>> rows = repository.load_actions(instrument->id);
  if (!rows.ok()) return fail(rows.error());
  fmt::print("symbol,ex_date,type,value\n");
  for (const data::CorporateAction& row : *rows) {
    const bool split = row.kind == data::CorporateActionKind::kSplit;
    const std::string value =
        split ? fmt::format("{}:{}", row.numerator, row.denominator) : row.dividend.to_string();
    fmt::print("{},{},{},{}\n", instrument->ticker, row.ex_date.to_string(),
               split ? "split" : "dividend", value);
  }
  return kExitOk;
}

int run_symbols_import(const std::string& file, CliContext& context) {
  SymbolRegistry registry;
  const Status loaded = registry.load_csv(file);
  if (!loaded.ok()) return fail(loaded.error());
  Result<std::unique_ptr<store::Store>> opened = context.open_store();
  if (!opened.ok()) return fail(opened.error());
  store::MarketDataRepository repository(**opened);
  const Status written = (*opened)->in_transaction([&]() -> Status {
    for (const Instrument& instrument : registry) {
      Result<InstrumentId> id = repository.upsert_symbol(instrument);
      if (!id.ok()) return id.error().with_context(instrument.ticker);
    }
    return {};
  });
  if (!written.ok()) return fail(written.error().with_context(file + ": nothing was written"));
  fmt::print("{}: {} symbols in {}\n", file, registry.size(), (*opened)->url_for_display());
  return kExitOk;
}

int run_symbols_list(CliContext& context) {
  Result<std::unique_ptr<store::Store>> opened = context.open_store();
  if (!opened.ok()) return fail(opened.error());
  store::MarketDataRepository repository(**opened);
  Result<std::vector<Instrument>> symbols = repository.list_symbols();
  if (!symbols.ok()) return fail(symbols.error());
  fmt::print("{:<8} {:<8} {:<24} {:<36} {}\n", "ticker", "exchange", "sector", "industry",
             "company");
  for (const Instrument& s : *symbols) {
    fmt::print("{:<8} {:<8} {:<24} {:<36} {}\n", s.ticker, s.exchange, s.sector, s.industry,
               s.company_name);
  }
  return kExitOk;
}

}  // namespace

void add_data_actions_commands(CLI::App& data, CommandRunner& selected) {
  CLI::App* actions = data.add_subcommand("actions", "corporate actions (splits, cash dividends)");
  actions->require_subcommand(1);
  auto file = std::make_shared<std::string>();
  CLI::App* import = actions->add_subcommand(
      "import", "load symbol,ex_date,type,value rows (split 2:1, dividend 0.24)");
  import->add_option("--file", *file, "corporate actions CSV")->required();
  import->callback([file, &selected] {
    selected = [file](CliContext& context) { return run_actions_import(*file, context);
};
}  // namespace qtb::cli
);
auto symbol = std::make_shared<std::string>();
CLI::App* list = actions->add_subcommand("list", "print a symbol's stored corporate actions");
list->add_option("--symbol", *symbol, "ticker")->required();
list->callback([symbol, &selected] {
  selected = [symbol](CliContext& context) { return run_actions_list(*symbol, context); };
});
}

void add_data_symbols_commands(CLI::App& data, CommandRunner& selected) {
  CLI::App* symbols = data.add_subcommand("symbols", "symbol reference data");
  symbols->require_subcommand(1);
  auto file = std::make_shared<std::string>();
  CLI::App* import = symbols->add_subcommand(
      "import", "load ticker,company_name,sector,industry,exchange rows (e.g. data/symbols.csv)");
  import->add_option("--file", *file, "symbols CSV")->required();
  import->callback([file, &selected] {
    selected = [file](CliContext& context) { return run_symbols_import(*file, context);
};
});
CLI::App* list = symbols->add_subcommand("list", "print the stored symbols");
list->callback([&selected] { selected = run_symbols_list; });
}

}  // namespace qtb::cli
