#include "data/csv_bar_reader.h"

#include <fmt/format.h>

#include <array>
#include <cstdio>
#include <cstring>
#include <memory>

namespace qtb::data {
namespace {

constexpr std::size_t kMaxColumns = 64;
using FieldViews = std::array<std::string_view, kMaxColumns>;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

std::string_view unquote(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') return s.substr(1, s.size() - 2);
  return s;
}

// Splits a line with quotes. Returns the field count, or -1 for an unterminated quote.
int split_quoted(std::string_view line, FieldViews& out) {
  std::size_t count = 0;
  std::size_t start = 0;
  bool in_quotes = false;
  for (std::size_t i = 0; i <= line.size(); ++i) {
    if (i < line.size() && line[i] == '"') in_quotes = !in_quotes;  // "" toggles twice
    if (i < line.size() && (in_quotes || line[i] != ',')) continue;
    if (count < kMaxColumns) out[count] = unquote(line.substr(start, i - start));
    ++count;
    start = i + 1;
  }
  if (in_quotes) return -1;
  return static_cast<int>(count);
}

// Splits a line on commas; the common case has no quotes and needs no state.
int split_fields(std::string_view line, FieldViews& out) {
  if (std::memchr(line.data(), '"', line.size()) != nullptr) return split_quoted(line, out);
  std::size_t count = 0;
  const char* p = line.data();
  const char* const end = p + line.size();
  while (true) {
    const void* hit = std::memchr(p, ',', static_cast<std::size_t>(end - p));
    const char* stop = hit == nullptr ? end : static_cast<const char*>(hit);
    if (count < kMaxColumns) {
      out[count] = trim(std::string_view(p, static_cast<std::size_t>(stop - p)));
    }
    ++count;
    if (stop == end) break;
    p = stop + 1;
  }
  return static_cast<int>(count);
}

bool is_blank(std::string_view line) { return trim(line).empty(); }

class RowParser {
 public:
  RowParser(ParsedBars& out, const ColumnLayout& layout) : out_(out), layout_(layout) {}

  void parse_row(std::string_view line, uint32_t line_no) {
    ++out_.rows;
    const int count = split_fields(line, fields_);
    if (count != layout_.column_count) {
      report_row(line_no, count < 0 ? std::string("unterminated quote")
                                    : fmt::format("expected {} fields, found {}",
                                                  layout_.column_count, count));
      return;
    }
    line_no_ = line_no;
    failed_ = false;
    Bar bar;
    bar.ts = parse_timestamp(column(Field::kTimestamp));
    bar.close = parse_price(Field::kClose);
    if (layout_.close_only()) {
      bar.open = bar.high = bar.low = bar.close;
    } else {
      bar.open = parse_price(Field::kOpen);
      bar.high = parse_price(Field::kHigh);
      bar.low = parse_price(Field::kLow);
    }
    if (has(Field::kVolume)) bar.volume = parse_volume(column(Field::kVolume));
    if (has(Field::kAdjClose)) bar.adj_close = parse_price(Field::kAdjClose);
    if (failed_) {
      ++out_.failed_rows;
      return;
    }
    out_.bars.push_back(bar);
    out_.lines.push_back(line_no);
  }

 private:
  bool has(Field f) const { return layout_.index[static_cast<std::size_t>(f)] >= 0; }
  std::string_view column(Field f) const {
    return fields_[static_cast<std::size_t>(layout_.index[static_cast<std::size_t>(f)])];
  }

  void report(Field field, ProblemKind kind, std::string message) {
    failed_ = true;
    out_.problems.push_back(
        Problem{out_.file, line_no_, field, kind, Severity::kError, std::move(message)});
  }

  void report_row(uint32_t line_no, std::string message) {
    ++out_.failed_rows;
    out_.problems.push_back(Problem{out_.file, line_no, Field::kRow, ProblemKind::kBadRow,
                                    Severity::kError, std::move(message)});
  }

  Timestamp parse_timestamp(std::string_view text) {
    if (text.size() == 10) {
      // A 10-character timestamp that parses is a plain date: cache it for the next rows.
      if (has_last_date_ && text.compare(0, 10, last_date_text_, 10) == 0) return last_date_;
      if (Result<Timestamp> ts = Timestamp::parse(text); ts.ok()) {
        std::memcpy(last_date_text_, text.data(), 10);
        last_date_ = *ts;
        has_last_date_ = true;
        return last_date_;
      }
    }
    Result<Timestamp> ts = Timestamp::parse(text);
    if (!ts.ok()) {
      report(Field::kTimestamp, ProblemKind::kBadTimestamp, ts.error().message());
      return Timestamp();
    }
    if (text.size() > 10) out_.all_dates = false;
    return *ts;
  }

  Price parse_price(Field field) {
    const std::string_view text = column(field);
    fixed_point::ParseOutcome r = fixed_point::parse(text, Price::kDecimals, nullptr);
    if (r.status == fixed_point::ParseStatus::kTooManyDecimals) {
      constexpr Rounding kHalfEven = Rounding::kHalfEven;
      r = fixed_point::parse(text, Price::kDecimals, &kHalfEven);
      if (r.status == fixed_point::ParseStatus::kOk) ++out_.rounded_values;
    }
    if (r.status != fixed_point::ParseStatus::kOk) {
      report(field, ProblemKind::kBadNumber,
             fixed_point::parse_error_message(r, text, Price::kDecimals));
    }
    return Price::from_raw(r.raw);
  }

  Quantity parse_volume(std::string_view text) {
    const fixed_point::ParseOutcome r = fixed_point::parse(text, Quantity::kDecimals, nullptr);
    if (r.status != fixed_point::ParseStatus::kOk) {
      report(Field::kVolume, ProblemKind::kBadNumber,
             fixed_point::parse_error_message(r, text, Quantity::kDecimals));
    }
    return Quantity::from_raw(r.raw);
  }

  ParsedBars& out_;
  const ColumnLayout& layout_;
  FieldViews fields_;
  uint32_t line_no_ = 0;
  bool failed_ = false;
  bool has_last_date_ = false;
  char last_date_text_[10] = {};
  Timestamp last_date_;
};

// Returns the next line (without its '\n' and a trailing '\r') and advances `pos`.
std::string_view next_line(std::string_view text, std::size_t& pos) {
  const char* start = text.data() + pos;
  const std::size_t left = text.size() - pos;
  const void* nl = std::memchr(start, '\n', left);
  std::size_t len =
      nl == nullptr ? left : static_cast<std::size_t>(static_cast<const char*>(nl) - start);
  pos += nl == nullptr ? len : len + 1;
  if (len > 0 && start[len - 1] == '\r') --len;
  return std::string_view(start, len);
}

}  // namespace

Result<ParsedBars> parse_bar_csv(std::string_view text, std::string_view file,
                                 const CsvReadOptions& options) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::size_t pos = 0;
  if (text.empty() || is_blank(next_line(text, pos))) {
    return invalid_argument(
        fmt::format("{}:1 header: missing (expected e.g. "
                    "timestamp,open,high,low,close,volume)",
                    file));
  }
  pos = 0;
  FieldViews header_fields;
  const int header_count = split_fields(next_line(text, pos), header_fields);
  if (header_count < 0 || header_count > static_cast<int>(kMaxColumns)) {
    return invalid_argument(
        fmt::format("{}:1 header: malformed or more than {} columns", file, kMaxColumns));
  }
  const std::vector<std::string_view> header(header_fields.begin(),
                                             header_fields.begin() + header_count);
  Result<ColumnLayout> layout = resolve_columns(header, options.columns, file);
  if (!layout.ok()) return layout.error();

  ParsedBars out;
  out.file = std::string(file);
  out.close_only = layout->close_only();
  out.has_volume = layout->index[static_cast<std::size_t>(Field::kVolume)] >= 0;
  out.has_adj_close = layout->index[static_cast<std::size_t>(Field::kAdjClose)] >= 0;
  out.bars.reserve(text.size() / 40);  // a daily row is ~40-60 bytes
  out.lines.reserve(text.size() / 40);
  RowParser parser(out, *layout);
  uint32_t line_no = 1;
  while (pos < text.size()) {
    const std::string_view line = next_line(text, pos);
    ++line_no;
    if (!is_blank(line)) parser.parse_row(line, line_no);
  }
  return out;
}

Result<ParsedBars> read_bar_csv(const std::string& path, const CsvReadOptions& options) {
  const auto closer = [](std::FILE* f) { std::fclose(f); };
  std::unique_ptr<std::FILE, decltype(closer)> f(std::fopen(path.c_str(), "rb"), closer);
  if (!f) {
    return Error(ErrorCode::kIoError,
                 fmt::format("{}: cannot open: {}", path, std::strerror(errno)));
  }
  std::string buffer;
  char chunk[1 << 16];
  std::size_t n = 0;
  while ((n = std::fread(chunk, 1, sizeof chunk, f.get())) > 0) buffer.append(chunk, n);
  if (std::ferror(f.get()) != 0) {
    return Error(ErrorCode::kIoError, fmt::format("{}: read failed", path));
  }
  return parse_bar_csv(buffer, path, options);
}

}  // namespace qtb::data
