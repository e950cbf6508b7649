// Form 8949 rows and Schedule D totals from the ledger's dispositions (Instructions for Form
// 8949 and Schedule D), and the CSV text of every report file. Pure functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/date.h"
#include "core/money.h"
#include "core/quantity.h"
#include "tax/lot.h"

namespace qtb::tax {

enum class FormRounding {
  kCents,         // half-even to the cent
  kWholeDollars,  // the forms' option: drop under 50 cents, round 50-99 cents up (half-up)
};

struct FormOptions {
  int year = 0;  // tax year: dispositions sold in this year
  FormRounding rounding = FormRounding::kCents;
  char short_term_box = 'A';  // A, B or C; long-term rows use D, E or F to match
};

struct Form8949Row {
  std::string description;  // (a) "100 sh AAPL"
  Date acquired;            // (b) adjusted for holding-period tacking
  Date sold;                // (c)
  Money proceeds;           // (d)
  Money basis;              // (e)
  std::string code;         // (f) "W" for a wash sale
  Money adjustment;         // (g) disallowed loss, positive
  Money gain;               // (h) = (d) - (e) + (g), from the rounded columns
  char box = 'A';
  bool long_term = false;
  std::string symbol;
  Quantity quantity;
  std::string lot_id;
  std::string account;
  std::string sell_trade_id;
};

struct ScheduleDLine {
  std::string line;  // "1b", "2", "3", "8b", "9", "10"
  char box = 'A';
  Money proceeds;
  Money basis;
  Money adjustment;
  Money gain;
};

struct ScheduleD {
  std::vector<ScheduleDLine> lines;  // the six box lines, in form order
  Money net_short_term;              // line 7 (without carryovers and lines 4-6)
  Money net_long_term;               // line 15 (without carryovers and lines 11-14)
};

// One row per disposition sold in options.year, Part I (short) before Part II (long), each in
// sale order.
std::vector<Form8949Row> form8949_rows(const std::vector<Disposition>& dispositions,
                                       const FormOptions& options);
// Totals per box and the net short- and long-term results.
ScheduleD schedule_d(const std::vector<Form8949Row>& rows);

std::string form8949_csv(const std::vector<Form8949Row>& rows, FormRounding rounding);
std::string schedule_d_csv(const ScheduleD& schedule, FormRounding rounding);
// Wash sales whose loss sale falls in `year`.
std::string wash_sales_csv(const std::vector<WashSale>& wash_sales, int year);
std::string open_lots_csv(const std::vector<Lot>& lots);

}  // namespace qtb::tax
