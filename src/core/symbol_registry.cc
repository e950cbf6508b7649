#include "core/symbol_registry.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <vector>

namespace qtb {
namespace {

constexpr std::size_t kMaxTickerLength = 10;

bool is_ticker_char(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Splits one CSV line (RFC 4180 quoting, "" for a quote inside quotes; no line breaks
// inside fields). nullopt on an unterminated quote.
std::optional<std::vector<std::string>> split_csv_line(std::string_view line) {
  std::vector<std::string> fields(1);
  bool in_quotes = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (in_quotes) {
      if (c != '"') {
        fields.back().push_back(c);
      } else if (i + 1 < line.size() && line[i + 1] == '"') {
        fields.back().push_back('"');
        ++i;
      } else {
        in_quotes = false;
      }
    } else if (c == '"') {
      in_quotes = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else {
      fields.back().push_back(c);
    }
  }
  if (in_quotes) return std::nullopt;
  for (std::string& field : fields) field = std::string(trim(field));
  return fields;
}

enum Column { kTicker, kCompanyName, kSector, kIndustry, kExchange, kColumnCount };
constexpr std::array<std::string_view, kColumnCount> kColumnNames = {
    "ticker", "company_name", "sector", "industry", "exchange"};

// Column positions from the header line; -1 for an absent optional column.
using ColumnMap = std::array<int, kColumnCount>;

Result<ColumnMap> read_header(const std::vector<std::string>& names, const std::string& where) {
  ColumnMap columns;
  columns.fill(-1);
  for (std::size_t i = 0; i < names.size(); ++i) {
    std::size_t k = 0;
    while (k < kColumnCount && kColumnNames[k] != names[i]) ++k;
    if (k == kColumnCount) {
      return invalid_argument(where + " header: unknown column \"" + names[i] +
                              "\" (ticker,company_name,sector,industry,exchange)");
    }
    if (columns[k] >= 0) {
      return invalid_argument(where + " header: duplicate column \"" + names[i] + "\"");
    }
    columns[k] = static_cast<int>(i);
  }
  if (columns[kTicker] < 0) return invalid_argument(where + " header: no \"ticker\" column");
  return columns;
}

std::string field_at(const std::vector<std::string>& fields, const ColumnMap& columns,
                     Column column) {
  return columns[column] < 0 ? "" : fields[static_cast<std::size_t>(columns[column])];
}

// One data row as an Instrument (id unset), or an error naming file:line and field.
Result<Instrument> read_row(const std::vector<std::string>& fields, const ColumnMap& columns,
                            std::size_t expected_fields, const std::string& where) {
  if (fields.size() != expected_fields) {
    return invalid_argument(where + ": expected " + std::to_string(expected_fields) +
                            " fields, got " + std::to_string(fields.size()));
  }
  Result<std::string> ticker = SymbolRegistry::normalize_ticker(field_at(fields, columns, kTicker));
  if (!ticker.ok()) return ticker.error().with_context(where + " ticker");
  Instrument instrument;
  instrument.ticker = std::move(ticker).value();
  instrument.company_name = field_at(fields, columns, kCompanyName);
  instrument.sector = field_at(fields, columns, kSector);
  instrument.industry = field_at(fields, columns, kIndustry);
  instrument.exchange = field_at(fields, columns, kExchange);
  for (char& c : instrument.exchange) c = upper(c);
  return instrument;
}

}  // namespace

Result<std::string> SymbolRegistry::normalize_ticker(std::string_view ticker) {
  std::string out;
  out.reserve(ticker.size());
  for (char c : ticker) out.push_back(upper(c));
  const bool valid_chars = std::all_of(out.begin(), out.end(), is_ticker_char);
  if (out.empty() || out.size() > kMaxTickerLength || !valid_chars) {
    return invalid_argument("invalid ticker \"" + std::string(ticker) +
                            "\" (1-10 characters of A-Z 0-9 . -)");
  }
  return out;
}

InstrumentId SymbolRegistry::append(Instrument instrument) {
  const auto id = static_cast<InstrumentId>(instruments_.size() + 1);
  instrument.id = id;
  by_ticker_.emplace(instrument.ticker, id);
  instruments_.push_back(std::move(instrument));
  return id;
}

Result<InstrumentId> SymbolRegistry::add(Instrument instrument) {
  Result<std::string> ticker = normalize_ticker(instrument.ticker);
  if (!ticker.ok()) return ticker.error();
  if (by_ticker_.contains(*ticker)) {
    return Error(ErrorCode::kAlreadyExists, "symbol \"" + *ticker + "\" is already registered");
  }
  instrument.ticker = std::move(ticker).value();
  return append(std::move(instrument));
}

Result<InstrumentId> SymbolRegistry::intern(std::string_view ticker) {
  Result<std::string> name = normalize_ticker(ticker);
  if (!name.ok()) return name.error();
  if (auto it = by_ticker_.find(*name); it != by_ticker_.end()) return it->second;
  Instrument instrument;
  instrument.ticker = std::move(name).value();
  return append(std::move(instrument));
}

const Instrument* SymbolRegistry::find(std::string_view ticker) const {
  Result<std::string> name = normalize_ticker(ticker);
  if (!name.ok()) return nullptr;
  auto it = by_ticker_.find(*name);
  return it == by_ticker_.end() ? nullptr : &instruments_[it->second - 1];
}

const Instrument* SymbolRegistry::find(InstrumentId id) const {
  if (id == 0 || id > instruments_.size()) return nullptr;
  return &instruments_[id - 1];
}

Result<InstrumentId> SymbolRegistry::id_of(std::string_view ticker) const {
  const Instrument* instrument = find(ticker);
  if (instrument == nullptr) {
    return Error(ErrorCode::kNotFound, "unknown symbol \"" + std::string(ticker) + "\"");
  }
  return instrument->id;
}

Status SymbolRegistry::load_csv(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error(ErrorCode::kNotFound, path.string() + ": cannot open");
  std::ostringstream text;
  text << in.rdbuf();
  return load_csv_text(text.str(), path.string());
}

Status SymbolRegistry::load_csv_text(std::string_view text, std::string_view source_name) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  if (text.substr(0, kBom.size()) == kBom) text.remove_prefix(kBom.size());
  std::optional<ColumnMap> columns;
  std::size_t header_fields = 0;
  std::vector<Instrument> rows;
  std::map<std::string, std::size_t> first_line;  // ticker -> line, to name duplicates
  std::size_t line_no = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = trim(text.substr(start, end - start));
    start = end + 1;
    ++line_no;
    if (line.empty()) continue;
    const std::string where = std::string(source_name) + ":" + std::to_string(line_no);
    std::optional<std::vector<std::string>> fields = split_csv_line(line);
    if (!fields) return invalid_argument(where + ": unterminated quote");
    if (!columns) {
      Result<ColumnMap> header = read_header(*fields, where);
      if (!header.ok()) return header.error();
      columns = *header;
      header_fields = fields->size();
      continue;
    }
    Result<Instrument> row = read_row(*fields, *columns, header_fields, where);
    if (!row.ok()) return row.error();
    auto [it, inserted] = first_line.emplace(row->ticker, line_no);
    if (!inserted) {
      return Error(ErrorCode::kAlreadyExists, where + " ticker: duplicate \"" + row->ticker +
                                                  "\" (first on line " +
                                                  std::to_string(it->second) + ")");
    }
    rows.push_back(std::move(row).value());
  }
  if (!columns) return invalid_argument(std::string(source_name) + ": empty, expected a header");
  for (Instrument& row : rows) {
    if (auto it = by_ticker_.find(row.ticker); it != by_ticker_.end()) {
      row.id = it->second;
      instruments_[it->second - 1] = std::move(row);
    } else {
      append(std::move(row));
    }
  }
  return {};
}

}  // namespace qtb
