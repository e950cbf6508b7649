#include "tax/tax_report.h"

#include <filesystem>
#include <fstream>
#include <system_error>

#include "tax/tax_ledger.h"

namespace qtb::tax {
namespace {

Status write_file(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out.flush()) return Error(ErrorCode::kIoError, path.string() + ": cannot write");
  return {};
}

}  // namespace

Result<TaxReport> build_tax_report(std::vector<Trade> trades, LotMethod method,
                                   const FormOptions& options) {
  sort_trades(trades);
  TaxLedger ledger(method);
  TaxReport report;
  bool snapshot_taken = false;
  for (const Trade& trade : trades) {
    if (!snapshot_taken && trade.trade_date.year() > options.year) {
      report.open_lots = ledger.open_lots();
      snapshot_taken = true;
    }
    QTB_TRY_STATUS(ledger.apply(trade));
  }
  if (!snapshot_taken) report.open_lots = ledger.open_lots();
  report.dispositions = ledger.dispositions();
  report.wash_sales = ledger.wash_sales();
  report.rows = form8949_rows(report.dispositions, options);
  report.schedule_d = schedule_d(report.rows);
  return report;
}

Status write_tax_report(const TaxReport& report, const FormOptions& options,
                        const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Error(ErrorCode::kIoError, dir + ": cannot create: " + ec.message());
  const std::filesystem::path base(dir);
  QTB_TRY_STATUS(write_file(base / "form8949.csv", form8949_csv(report.rows, options.rounding)));
  QTB_TRY_STATUS(
      write_file(base / "schedule_d.csv", schedule_d_csv(report.schedule_d, options.rounding)));
  QTB_TRY_STATUS(
      write_file(base / "wash_sales.csv", wash_sales_csv(report.wash_sales, options.year)));
  QTB_TRY_STATUS(write_file(base / "open_lots.csv", open_lots_csv(report.open_lots)));
  return {};
}

}  // namespace qtb::tax
