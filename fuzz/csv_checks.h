// Properties of a bar CSV parse, shared by fuzz/csv_bar_reader_fuzz.cc and
// fuzz/column_spec_fuzz.cc. The oracle re-reads each accepted row that has no quotes with a
// naive split and the plain Timestamp/Price/Quantity parsers, independently of the reader's
// fast path (its date cache, memchr splitting).
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "data/csv_bar_reader.h"
#include "fuzz/fuzz_check.h"

namespace qtb::fuzz {

inline std::string_view trim_blanks(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Lines as the reader sees them: split on '\n', one trailing '\r' dropped, BOM removed.
inline std::vector<std::string_view> csv_lines(std::string_view text) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    start = end + 1;
  }
  return lines;
}

inline std::vector<std::string_view> naive_split(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = line.find(',', start);
    fields.push_back(trim_blanks(line.substr(start, comma - start)));
    if (comma == std::string_view::npos) return fields;
    start = comma + 1;
  }
}

// Checks one accepted bar against its row read naively (rows without quotes only).
inline void check_bar_against_row(const Bar& bar, std::string_view line,
                                  const data::ColumnLayout& layout) {
  if (line.find('"') != std::string_view::npos) return;
  const std::vector<std::string_view> fields = naive_split(line);
  FUZZ_CHECK(static_cast<int>(fields.size()) == layout.column_count,
             "accepted a row with the wrong field count: " + std::string(line));
  const auto field = [&](data::Field f) {
    return fields[static_cast<std::size_t>(layout.index[static_cast<std::size_t>(f)])];
  };
  const Result<Timestamp> ts = Timestamp::parse(field(data::Field::kTimestamp));
  FUZZ_CHECK(ts.ok() && *ts == bar.ts, "timestamp differs from Timestamp::parse: " +
                                           std::string(field(data::Field::kTimestamp)));
  const Result<Price> close = Price::parse(field(data::Field::kClose), Rounding::kHalfEven);
  FUZZ_CHECK(close.ok() && *close == bar.close, "close differs from Price::parse");
  if (layout.index[static_cast<std::size_t>(data::Field::kVolume)] >= 0) {
    const Result<Quantity> volume = Quantity::parse(field(data::Field::kVolume));
    FUZZ_CHECK(volume.ok() && *volume == bar.volume, "volume differs from Quantity::parse");
  }
}

// Counts add up, lines are in range and ordered, each failed row has a problem on its line,
// and each bar matches its row (check_bar_against_row).
inline void check_parsed_bars(std::string_view text, const data::ParsedBars& parsed,
                              const data::ColumnMapping& mapping) {
  const std::vector<std::string_view> lines = csv_lines(text);
  std::size_t data_rows = 0;
  for (std::size_t i = 1; i < lines.size(); ++i) data_rows += trim_blanks(lines[i]).empty() ? 0 : 1;
  FUZZ_CHECK(parsed.rows == data_rows, "rows " + std::to_string(parsed.rows) + " vs " +
                                           std::to_string(data_rows) + " non-blank lines");
  FUZZ_CHECK(parsed.bars.size() + parsed.failed_rows == parsed.rows, "bars + failed != rows");
  FUZZ_CHECK(parsed.lines.size() == parsed.bars.size(), "lines and bars differ in size");
  std::set<uint32_t> problem_lines;
  uint32_t previous = 0;
  for (const data::Problem& problem : parsed.problems) {
    FUZZ_CHECK(problem.line >= 2 && problem.line <= lines.size(),
               "problem outside the file: " + data::to_string(problem));
    FUZZ_CHECK(problem.line >= previous, "problems not ascending by line");
    FUZZ_CHECK(problem.file == parsed.file, "problem names another file");
    previous = problem.line;
    problem_lines.insert(problem.line);
  }
  FUZZ_CHECK(problem_lines.size() == parsed.failed_rows, "failed rows != lines with problems");
  const std::vector<std::string_view> header = naive_split(lines.empty() ? "" : lines[0]);
  const Result<data::ColumnLayout> layout = data::resolve_columns(header, mapping, "oracle");
  const bool use_oracle =
      layout.ok() && !lines.empty() && lines[0].find('"') == std::string_view::npos;
  previous = 1;
  for (std::size_t i = 0; i < parsed.bars.size(); ++i) {
    const uint32_t line = parsed.lines[i];
    FUZZ_CHECK(line > previous && line <= lines.size(), "bar lines not ascending in the file");
    FUZZ_CHECK(!problem_lines.contains(line), "a bar's line also has a problem");
    previous = line;
    if (use_oracle) check_bar_against_row(parsed.bars[i], lines[line - 1], *layout);
  }
}

}  // namespace qtb::fuzz
