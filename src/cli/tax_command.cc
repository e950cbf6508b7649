// `qtb tax report`: Form 8949 rows, Schedule D totals, wash-sale detail and year-end open lots
// from a TRADES.csv (src/tax/tax_report.h; column meanings in docs/tax.md).
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "cli/cli_context.h"
#include "cli/commands.h"
#include "tax/tax_report.h"
#include "tax/trades_csv.h"

namespace qtb::cli {
namespace {

struct TaxReportOptions {
  std::string trades;
  std::string method = "fifo";
  int year = 0;
  std::string out;
  std::string round = "cents";
  std::string box = "A";
};

Result<tax::FormOptions> form_options(const TaxReportOptions& options) {
  tax::FormOptions form;
  form.year = options.year;
  if (options.round == "whole-dollars") {
    form.rounding = tax::FormRounding::kWholeDollars;
  } else if (options.round != "cents") {
    return invalid_argument(
        fmt::format("--round \"{}\": expected cents or whole-dollars", options.round));
  }
  if (options.box != "A" && options.box != "B" && options.box != "C") {
    return invalid_argument(fmt::format("--box \"{}\": expected A, B or C", options.box));
  }
  form.short_term_box = options.box[0];
  return form;
}

int run_tax_report(const TaxReportOptions& options) {
  Result<tax::LotMethod> method = tax::parse_lot_method(options.method);
  if (!method.ok()) return fail(method.error().with_context("--method"), kExitUsage);
  Result<tax::FormOptions> form = form_options(options);
  if (!form.ok()) return fail(form.error(), kExitUsage);
  Result<std::vector<tax::Trade>> trades = tax::read_trades_csv(options.trades);
  if (!trades.ok()) return fail(trades.error());
  Result<tax::TaxReport> report = tax::build_tax_report(std::move(*trades), *method, *form);
  if (!report.ok()) return fail(report.error().with_context(options.trades));
  const Status written = tax::write_tax_report(*report, *form, options.out);
  if (!written.ok()) return fail(written.error());
  std::size_t wash_rows = 0;
  for (const tax::Form8949Row& row : report->rows)
    if (row.code == "W") ++wash_rows;
  const int decimals = form->rounding == tax::FormRounding::kWholeDollars ? 0 : 2;
  fmt::print(
      "{}: {} Form 8949 rows ({} with code W), net short-term {}, net long-term {}, "
      "{} open lots at year end\n",
      options.out, report->rows.size(), wash_rows,
      report->schedule_d.net_short_term.to_string(decimals),
      report->schedule_d.net_long_term.to_string(decimals), report->open_lots.size());
  return kExitOk;
}

}  // namespace

void add_tax_commands(CLI::App& app, CommandRunner& selected) {
  CLI::App* tax = app.add_subcommand("tax", "tax lots, wash sales, Form 8949 and Schedule D");
  tax->require_subcommand(1);
  auto options = std::make_shared<TaxReportOptions>();
  CLI::App* report = tax->add_subcommand(
      "report", "write form8949.csv, schedule_d.csv, wash_sales.csv and open_lots.csv");
  report
      ->add_option("--trades", options->trades,
                   "TRADES.csv: trade_id,datetime,symbol,side,quantity,price,fees"
                   "[,account][,lot_ids]")
      ->required();
  report->add_option("--method", options->method, "lot relief: fifo, lifo, hifo or specific")
      ->capture_default_str();
  report->add_option("--year", options->year, "tax year")->required();
  report->add_option("--out", options->out, "output folder (created when missing)")->required();
  report->add_option("--round", options->round, "form amounts: cents or whole-dollars")
      ->capture_default_str();
  report
      ->add_option("--box", options->box,
                   "Form 8949 box of short-term rows: A (basis reported on 1099-B), B or C; "
                   "long-term rows use D, E or F")
      ->capture_default_str();
  report->callback([options, &selected] {
    selected = [options](CliContext&) { return run_tax_report(*options); };
  });
}

}  // namespace qtb::cli
