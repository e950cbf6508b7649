// `qtb data import`: parse, validate, apply the error policy, then write the symbol, its bars and
// an audit row in ONE transaction, so a rejected or failed import leaves the store as it was.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <chrono>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/bar_file.h"
#include "cli/cli_context.h"
#include "cli/commands.h"
#include "cli/stored_series.h"
#include "core/symbol_registry.h"
#include "data/import_plan.h"
#include "store/audit_log.h"
#include "store/market_data_repository.h"

namespace qtb::cli {
namespace {

struct ImportOptions {
  BarFileOptions file;
  std::string symbol;
  std::string on_error = "reject";
  bool replace = false;
};

Timestamp wall_clock_now() {
  const auto now = std::chrono::system_clock::now();  // determinism-ok: audit time of a CLI run
  return Timestamp::from_ns(
      std::chrono::duration_cast<std::chrono::nanoseconds>(now.time_since_epoch()).count());
}

void print_left_out(const data::ImportPlan& plan) {
  for (const data::SkippedRow& row : plan.skipped) {
    fmt::print("skipped line {}: {}\n", row.line, row.reasons);
  }
  for (const data::RepairedRow& row : plan.repaired) {
    fmt::print("repaired line {}: {}\n", row.line, row.change);
  }
}

std::string audit_details(const ImportOptions& options, const CheckedBarFile& checked,
                          const data::ImportPlan& plan) {
  nlohmann::json details = {
      {"file", options.file.file},        {"rows", checked.parsed.rows},
      {"imported", plan.bars.size()},     {"skipped", plan.skipped.size()},
      {"repaired", plan.repaired.size()}, {"policy", options.on_error},
      {"replace", options.replace},       {"close_only", checked.parsed.close_only}};
  return details.dump();
}

int run_import(const ImportOptions& options, CliContext& context) {
  Result<std::string> ticker = SymbolRegistry::normalize_ticker(options.symbol);
  if (!ticker.ok()) return fail(ticker.error().with_context("--symbol"), kExitUsage);
  Result<data::ErrorPolicy> policy = data::parse_error_policy(options.on_error);
  if (!policy.ok()) return fail(policy.error().with_context("--on-error"), kExitUsage);

  Result<CheckedBarFile> checked = read_and_validate(options.file, context.calendar());
  if (!checked.ok()) return fail(checked.error());
  const data::ImportPlan plan = data::plan_import(checked->parsed, checked->report, *policy);
  const std::string& file = options.file.file;
  if (!plan.accepted) {
    fmt::print("{}", checked->report.to_text());
    return fail(invalid_argument(fmt::format("{} (policy {}; nothing was written)",
                                             plan.summary(file, checked->report.errors()),
                                             options.on_error)));
  }

  Result<std::unique_ptr<store::Store>> opened = context.open_store();
  if (!opened.ok()) return fail(opened.error());
  store::Store& store = **opened;
  store::MarketDataRepository repository(store);
  const Status written = store.in_transaction([&]() -> Status {
    Result<InstrumentId> id = find_or_create_symbol(repository, *ticker);
    if (!id.ok()) return id.error();
    QTB_TRY_STATUS(repository.insert_bars(
        *id, checked->interval, plan.bars,
        options.replace ? store::DuplicateBars::kReplace : store::DuplicateBars::kReject));
    store::AuditEntry entry;
    entry.ts = wall_clock_now();
    entry.actor = "cli";
    entry.action = "import";
    entry.entity = "market_data";
    entry.entity_id = *ticker + "/" + checked->interval.name();
    entry.details = audit_details(options, *checked, plan);
    Result<int64_t> audit_id = store::append_audit(store, entry);
    if (!audit_id.ok()) return audit_id.error();
    return {};
  });
  if (!written.ok()) {
    return fail(written.error().with_context(fmt::format(
        "{}: import into {} failed, nothing was written", file, store.url_for_display())));
  }
  print_left_out(plan);
  fmt::print("{} -> {} {} in {}\n", plan.summary(file, checked->report.errors()), *ticker,
             checked->interval.name(), store.url_for_display());
  context.logger().info("bars imported", {{"symbol", *ticker},
                                          {"interval", checked->interval.name()},
                                          {"bars", plan.bars.size()},
                                          {"skipped", plan.skipped.size()},
                                          {"repaired", plan.repaired.size()}});
  return kExitOk;
}

}  // namespace

void add_data_import_command(CLI::App& data, CommandRunner& selected) {
  auto options = std::make_shared<ImportOptions>();
  CLI::App* command = data.add_subcommand(
      "import", "validate a bar CSV and load it into the store (one transaction)");
  command->add_option("--symbol", options->symbol, "ticker the bars belong to, e.g. SPY")
      ->required();
  add_bar_file_flags(*command, options->file);
  command
      ->add_option("--on-error", options->on_error,
                   "reject: import nothing if any row has an error (default); skip: leave "
                   "those rows out; repair: fix what is fixable, leave out the rest")
      ->capture_default_str();
  command->add_flag("--replace", options->replace,
                    "overwrite bars already stored at the same timestamps (default: refuse)");
  command->callback([options, &selected] {
    selected = [options](CliContext& context) { return run_import(*options, context); };
  });
}

}  // namespace qtb::cli
