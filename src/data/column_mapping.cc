#include "data/column_mapping.h"

#include <fmt/format.h>

#include <algorithm>
#include <initializer_list>

namespace qtb::data {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const auto lower = [](char c) {
      return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    };
    if (lower(a[i]) != lower(b[i])) return false;
  }
  return true;
}

std::vector<std::string_view> default_aliases(Field field) {
  switch (field) {
    case Field::kTimestamp:
      return {"timestamp", "date", "datetime", "time"};
    case Field::kAdjClose:
      return {"adj_close", "adj close", "adjusted_close"};
    default:
      return {field_name(field)};
  }
}

Result<Field> field_from_name(std::string_view name) {
  for (int f = 0; f < kFieldCount; ++f) {
    if (iequals(name, field_name(static_cast<Field>(f)))) return static_cast<Field>(f);
  }
  return invalid_argument(fmt::format(
      "--columns: unknown field \"{}\" (fields: timestamp, open, high, low, close, volume, "
      "adj_close)",
      name));
}

ColumnMapping mapping_of(std::initializer_list<const char*> names) {
  ColumnMapping m;
  std::size_t i = 0;
  for (const char* n : names) m.header_names[i++] = n;
  return m;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Column of `field` in `header`, -1 if absent, -2 if two columns match.
int find_column(const std::vector<std::string_view>& header,
                const std::vector<std::string_view>& names) {
  int found = -1;
  for (std::size_t c = 0; c < header.size(); ++c) {
    for (std::string_view n : names) {
      if (!iequals(trim(header[c]), n)) continue;
      if (found >= 0) return -2;
      found = static_cast<int>(c);
    }
  }
  return found;
}

std::string join_names(const std::vector<std::string_view>& names) {
  std::string out;
  for (std::string_view n : names) out += fmt::format("{}\"{}\"", out.empty() ? "" : ", ", n);
  return out;
}

}  // namespace

Result<ColumnMapping> column_preset(std::string_view name) {
  // Order follows Field: timestamp, open, high, low, close, volume, adj_close.
  if (name == "yahoo")
    return mapping_of({"Date", "Open", "High", "Low", "Close", "Volume", "Adj Close"});
  if (name == "stooq") return mapping_of({"Date", "Open", "High", "Low", "Close", "Volume", ""});
  if (name == "ib") return mapping_of({"date", "open", "high", "low", "close", "volume", ""});
  return invalid_argument(
      fmt::format("--columns: unknown preset \"{}\" (presets: yahoo, stooq, ib)", name));
}

Result<ColumnMapping> parse_column_spec(std::string_view spec) {
  if (spec.find('=') == std::string_view::npos) return column_preset(trim(spec));
  ColumnMapping mapping;
  while (!spec.empty()) {
    const std::size_t comma = spec.find(',');
    const std::string_view pair = spec.substr(0, comma);
    spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
    const std::size_t eq = pair.find('=');
    if (eq == std::string_view::npos || trim(pair.substr(eq + 1)).empty()) {
      return invalid_argument(fmt::format("--columns: expected field=Header, got \"{}\"", pair));
    }
    Result<Field> field = field_from_name(trim(pair.substr(0, eq)));
    if (!field.ok()) return field.error();
    mapping.header_names[static_cast<std::size_t>(*field)] = std::string(trim(pair.substr(eq + 1)));
  }
  return mapping;
}

Result<ColumnLayout> resolve_columns(const std::vector<std::string_view>& header,
                                     const ColumnMapping& mapping, std::string_view file) {
  ColumnLayout layout;
  layout.column_count = static_cast<int>(header.size());
  for (int f = 0; f < kFieldCount; ++f) {
    const Field field = static_cast<Field>(f);
    const std::string& given = mapping.header_names[static_cast<std::size_t>(f)];
    const std::vector<std::string_view> names =
        given.empty() ? default_aliases(field) : std::vector<std::string_view>{given};
    const int col = find_column(header, names);
    if (col == -2) {
      return invalid_argument(fmt::format("{}:1 header: more than one column for \"{}\" ({})", file,
                                          field_name(field), join_names(names)));
    }
    if (col == -1 && !given.empty()) {
      return invalid_argument(
          fmt::format("{}:1 header: no column \"{}\" for \"{}\"", file, given, field_name(field)));
    }
    layout.index[static_cast<std::size_t>(f)] = col;
  }
  for (Field required : {Field::kTimestamp, Field::kClose}) {
    if (layout.index[static_cast<std::size_t>(required)] >= 0) continue;
    return invalid_argument(fmt::format("{}:1 header: no column for \"{}\" (looked for {})", file,
                                        field_name(required),
                                        join_names(default_aliases(required))));
  }
  const int ohl = static_cast<int>(layout.index[1] >= 0) + static_cast<int>(layout.index[2] >= 0) +
                  static_cast<int>(layout.index[3] >= 0);
  if (ohl != 0 && ohl != 3) {
    return invalid_argument(fmt::format(
        "{}:1 header: open, high and low must all be present or all absent (close-only)", file));
  }
  return layout;
}

}  // namespace qtb::data
