// The `qtb tax report` pipeline: trades -> ledger -> Form 8949 rows, Schedule D, wash-sale
// detail and year-end open lots, and the files in the output folder. Single-threaded.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "tax/form8949.h"
#include "tax/lot.h"
#include "tax/lot_method.h"
#include "tax/trade.h"

namespace qtb::tax {

struct TaxReport {
  std::vector<Disposition> dispositions;  // every year, for the detail
  std::vector<WashSale> wash_sales;       // every year
  std::vector<Form8949Row> rows;          // options.year only
  ScheduleD schedule_d;
  std::vector<Lot> open_lots;  // open at the end of options.year (31 December)
};

// Applies every trade (all years: a January purchase can make a December loss a wash sale)
// in time order. Fails on the first trade the ledger refuses, naming it.
Result<TaxReport> build_tax_report(std::vector<Trade> trades, LotMethod method,
                                   const FormOptions& options);

// Writes form8949.csv, schedule_d.csv, wash_sales.csv and open_lots.csv into `dir` (created
// when missing). A file that cannot be written is a kIoError naming it.
Status write_tax_report(const TaxReport& report, const FormOptions& options,
                        const std::string& dir);

}  // namespace qtb::tax
