#include "tax/trades_csv.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>

#include "core/calendar.h"

namespace qtb::tax {
namespace {

enum Column {
  kTradeId,
  kDatetime,
  kSymbol,
  kSide,
  kQuantity,
  kPrice,
  kFees,
  kAccount,
  kLotIds,
  kColumnCount
};
constexpr std::array<const char*, kColumnCount> kColumnNames = {
    "trade_id", "datetime", "symbol", "side", "quantity", "price", "fees", "account", "lot_ids"};
constexpr int kRequiredColumns = kAccount;  // the columns before `account` are required

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Splits one CSV line into fields; double quotes may wrap a field ("" is a literal quote).
std::vector<std::string> split_csv_line(std::string_view line) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back(trim(field));
      field.clear();
    } else {
      field += c;
    }
  }
  fields.emplace_back(trim(field));
  return fields;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  return out;
}

Result<std::array<int, kColumnCount>> map_header(const std::vector<std::string>& header,
                                                 std::string_view file) {
  std::array<int, kColumnCount> index;
  index.fill(-1);
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string name = lower(header[i]);
    for (int c = 0; c < kColumnCount; ++c) {
      if (name == kColumnNames[static_cast<std::size_t>(c)]) {
        index[static_cast<std::size_t>(c)] = static_cast<int>(i);
      }
    }
  }
  for (int c = 0; c < kRequiredColumns; ++c) {
    if (index[static_cast<std::size_t>(c)] < 0) {
      return invalid_argument(fmt::format("{}:1: missing column \"{}\"", file,
                                          kColumnNames[static_cast<std::size_t>(c)]));
    }
  }
  return index;
}

Result<void> parse_datetime(std::string_view text, Trade& trade) {
  if (text.size() == 10) {
    Result<Date> date = Date::parse(text);
    if (!date.ok()) return date.error();
    trade.trade_date = *date;
    trade.ts = Timestamp::from_date(*date);
    return {};
  }
  Result<Timestamp> ts = Timestamp::parse(text);
  if (!ts.ok()) return ts.error();
  trade.ts = *ts;
  trade.trade_date = ExchangeCalendar::new_york_date(*ts);
  return {};
}

std::vector<std::string> split_lot_ids(std::string_view text) {
  std::vector<std::string> ids;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == ';' || text[i] == '|') {
      const std::string_view id = trim(text.substr(start, i - start));
      if (!id.empty()) ids.emplace_back(id);
      start = i + 1;
    }
  }
  return ids;
}

class RowParser {
 public:
  RowParser(std::string_view file, uint32_t line, const std::vector<std::string>& fields,
            const std::array<int, kColumnCount>& index)
      : file_(file), line_(line), fields_(fields), index_(index) {}

  std::string_view field(Column c) const {
    const int i = index_[static_cast<std::size_t>(c)];
    if (i < 0 || static_cast<std::size_t>(i) >= fields_.size()) return {};
    return fields_[static_cast<std::size_t>(i)];
  }
  Error error(Column c, const std::string& reason) const {
    return invalid_argument(fmt::format("{}:{} {}: {}", file_, line_,
                                        kColumnNames[static_cast<std::size_t>(c)], reason));
  }

  Result<Trade> parse() const {
    Trade t;
    t.line = line_;
    t.trade_id = std::string(field(kTradeId));
    if (t.trade_id.empty()) return error(kTradeId, "empty");
    Result<void> when = parse_datetime(field(kDatetime), t);
    if (!when.ok()) return error(kDatetime, when.error().message());
    t.symbol = std::string(field(kSymbol));
    if (t.symbol.empty()) return error(kSymbol, "empty");
    const std::string side = lower(field(kSide));
    if (side == "buy") {
      t.side = Side::kBuy;
    } else if (side == "sell") {
      t.side = Side::kSell;
    } else {
      return error(kSide, fmt::format("expected BUY or SELL, got \"{}\"", field(kSide)));
    }
    Result<Quantity> qty = Quantity::parse(field(kQuantity));
    if (!qty.ok()) return error(kQuantity, qty.error().message());
    if (!qty->is_positive()) return error(kQuantity, "must be positive");
    t.quantity = *qty;
    Result<Price> px = Price::parse(field(kPrice));
    if (!px.ok()) return error(kPrice, px.error().message());
    if (px->is_negative()) return error(kPrice, "must not be negative");
    t.price = *px;
    const std::string_view fees_text = field(kFees);
    Result<Money> fees = Money::parse(fees_text.empty() ? "0" : fees_text);
    if (!fees.ok()) return error(kFees, fees.error().message());
    if (fees->is_negative()) return error(kFees, "must not be negative");
    t.fees = *fees;
    t.account = std::string(field(kAccount));
    t.lot_ids = split_lot_ids(field(kLotIds));
    if (!t.lot_ids.empty() && t.side == Side::kBuy) return error(kLotIds, "only a SELL names lots");
    return t;
  }

 private:
  std::string_view file_;
  uint32_t line_;
  const std::vector<std::string>& fields_;
  const std::array<int, kColumnCount>& index_;
};

}  // namespace

Result<std::vector<Trade>> parse_trades_csv(std::string_view text, std::string_view file) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<Trade> trades;
  std::optional<std::array<int, kColumnCount>> index;
  std::set<std::string, std::less<>> ids;
  uint32_t line_no = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim(text.substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (line.empty()) continue;
    const std::vector<std::string> fields = split_csv_line(line);
    if (!index) {
      Result<std::array<int, kColumnCount>> mapped = map_header(fields, file);
      if (!mapped.ok()) return mapped.error();
      index = *mapped;
      continue;
    }
    Result<Trade> trade = RowParser(file, line_no, fields, *index).parse();
    if (!trade.ok()) return trade.error();
    if (!ids.insert(trade->trade_id).second) {
      return invalid_argument(
          fmt::format("{}:{} trade_id: duplicate \"{}\"", file, line_no, trade->trade_id));
    }
    trades.push_back(std::move(*trade));
  }
  if (!index) return invalid_argument(fmt::format("{}: no header row", file));
  return trades;
}

Result<std::vector<Trade>> read_trades_csv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(ErrorCode::kIoError, path + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return parse_trades_csv(buffer.str(), path);
}

}  // namespace qtb::tax
