#include "tax/form8949.h"

#include <fmt/format.h>

namespace qtb::tax {
namespace {

int decimals(FormRounding r) { return r == FormRounding::kWholeDollars ? 0 : 2; }

Money round_form(Money m, FormRounding r) {
  return r == FormRounding::kWholeDollars ? m.round(0, Rounding::kHalfUp)
                                          : m.round(2, Rounding::kHalfEven);
}

std::string amount(Money m, FormRounding r) { return m.to_string(decimals(r)); }
std::string cents(Money m) { return m.to_string(2); }

// RFC 4180 quoting for fields that need it.
std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out;
  out.reserve(s.size() + 4);
  out.push_back('"');
  for (const char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

char long_term_box(char short_term_box) { return static_cast<char>(short_term_box + 3); }

Form8949Row make_row(const Disposition& d, const FormOptions& options) {
  Form8949Row row;
  row.description = fmt::format("{} sh {}", d.quantity.to_string(), d.symbol);
  row.acquired = d.acquired;
  row.sold = d.sold;
  row.proceeds = round_form(d.proceeds, options.rounding);
  row.basis = round_form(d.basis, options.rounding);
  row.adjustment = round_form(d.disallowed, options.rounding);
  // push_back, not `= "W"`: the assignment trips a GCC 12 -Wrestrict false positive at -O3.
  if (d.disallowed.is_positive()) row.code.push_back('W');
  row.gain = row.proceeds - row.basis + row.adjustment;
  row.long_term = d.long_term;
  row.box = d.long_term ? long_term_box(options.short_term_box) : options.short_term_box;
  row.symbol = d.symbol;
  row.quantity = d.quantity;
  row.lot_id = d.lot_id;
  row.account = d.account;
  row.sell_trade_id = d.sell_trade_id;
  return row;
}

}  // namespace

std::vector<Form8949Row> form8949_rows(const std::vector<Disposition>& dispositions,
                                       const FormOptions& options) {
  std::vector<Form8949Row> rows;
  for (const bool long_part : {false, true}) {
    for (const Disposition& d : dispositions) {
      if (d.sold.year() == options.year && d.long_term == long_part) {
        rows.push_back(make_row(d, options));
      }
    }
  }
  return rows;
}

ScheduleD schedule_d(const std::vector<Form8949Row>& rows) {
  ScheduleD s;
  // Schedule D: box A -> line 1b, B -> 2, C -> 3; D -> 8b, E -> 9, F -> 10.
  const char* const kLines[] = {"1b", "2", "3", "8b", "9", "10"};
  for (int i = 0; i < 6; ++i) {
    ScheduleDLine line;
    line.line = kLines[i];
    line.box = static_cast<char>('A' + i);
    s.lines.push_back(line);
  }
  for (const Form8949Row& row : rows) {
    ScheduleDLine& line = s.lines[static_cast<std::size_t>(row.box - 'A')];
    line.proceeds += row.proceeds;
    line.basis += row.basis;
    line.adjustment += row.adjustment;
    line.gain += row.gain;
    (row.long_term ? s.net_long_term : s.net_short_term) += row.gain;
  }
  return s;
}

std::string form8949_csv(const std::vector<Form8949Row>& rows, FormRounding rounding) {
  std::string out =
      "description,date_acquired,date_sold,proceeds,cost_basis,code,adjustment,gain_loss,box,"
      "term,symbol,quantity,lot_id,account,sell_trade_id\n";
  for (const Form8949Row& r : rows) {
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n", csv_field(r.description),
                       r.acquired.to_string(), r.sold.to_string(), amount(r.proceeds, rounding),
                       amount(r.basis, rounding), r.code,
                       r.adjustment.is_zero() ? "" : amount(r.adjustment, rounding),
                       amount(r.gain, rounding), r.box, r.long_term ? "long" : "short",
                       csv_field(r.symbol), r.quantity.to_string(), csv_field(r.lot_id),
                       csv_field(r.account), csv_field(r.sell_trade_id));
  }
  return out;
}

std::string schedule_d_csv(const ScheduleD& s, FormRounding rounding) {
  std::string out = "line,box,proceeds,cost_basis,adjustment,gain_loss\n";
  for (std::size_t i = 0; i < s.lines.size(); ++i) {
    const ScheduleDLine& l = s.lines[i];
    out += fmt::format("{},{},{},{},{},{}\n", l.line, l.box, amount(l.proceeds, rounding),
                       amount(l.basis, rounding), amount(l.adjustment, rounding),
                       amount(l.gain, rounding));
    if (i == 2) out += fmt::format("7,,,,,{}\n", amount(s.net_short_term, rounding));
  }
  out += fmt::format("15,,,,,{}\n", amount(s.net_long_term, rounding));
  return out;
}

std::string wash_sales_csv(const std::vector<WashSale>& wash_sales, int year) {
  std::string out =
      "loss_trade_id,loss_lot_id,symbol,loss_account,date_sold,replacement_lot_id,"
      "replacement_account,replacement_date_acquired,shares,disallowed_loss,basis_added,"
      "holding_days_tacked,replacement_adjusted_date_acquired\n";
  for (const WashSale& w : wash_sales) {
    if (w.sold.year() != year) continue;
    out += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{},{}\n", csv_field(w.loss_trade_id),
                       csv_field(w.loss_lot_id), csv_field(w.symbol), csv_field(w.loss_account),
                       w.sold.to_string(), csv_field(w.replacement_lot_id),
                       csv_field(w.replacement_account), w.replacement_acquired.to_string(),
                       w.shares.to_string(), cents(w.disallowed), cents(w.disallowed),
                       w.tacked_days, w.adjusted_acquired.to_string());
  }
  return out;
}

std::string open_lots_csv(const std::vector<Lot>& lots) {
  std::string out =
      "account,symbol,lot_id,quantity,date_acquired,adjusted_date_acquired,adjusted_basis,"
      "wash_sale_adjustment\n";
  for (const Lot& l : lots) {
    out += fmt::format("{},{},{},{},{},{},{},{}\n", csv_field(l.account), csv_field(l.symbol),
                       csv_field(l.lot_id), l.quantity.to_string(), l.acquired.to_string(),
                       l.adjusted_acquired.to_string(), cents(l.basis), cents(l.wash_adjustment));
  }
  return out;
}

}  // namespace qtb::tax
