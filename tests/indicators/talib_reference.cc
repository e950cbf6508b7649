#include "talib_reference.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <stdexcept>

namespace qtb::ind::testing {
namespace {

std::string source_dir() {
  const char* root = std::getenv("QTB_SOURCE_DIR");  // NOLINT(concurrency-mt-unsafe): tests
  return root == nullptr ? "." : root;
}

std::vector<std::string> split(std::string line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, ',')) fields.push_back(field);
  if (!line.empty() && line.back() == ',') fields.emplace_back();
  return fields;
}

double to_double(const std::string& text) {
  if (text.empty()) return kNaN;
  double value = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || ptr != text.data() + text.size()) {
    throw std::runtime_error("talib fixture: not a number \"" + text + "\"");
  }
  return value;
}

// Column name -> values, for a CSV with a header row.
std::map<std::string, std::vector<double>> read_columns(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot open " + path + " (set QTB_SOURCE_DIR)");
  std::string line;
  std::getline(in, line);
  const std::vector<std::string> header = split(line);
  std::map<std::string, std::vector<double>> columns;
  while (std::getline(in, line)) {
    const std::vector<std::string> fields = split(line);
    for (std::size_t i = 1; i < header.size(); ++i) {
      columns[header[i]].push_back(i < fields.size() ? to_double(fields[i]) : kNaN);
    }
  }
  return columns;
}

}  // namespace

const SpxSeries& spx_inputs() {
  static const SpxSeries series = [] {
    std::map<std::string, std::vector<double>> c = read_columns(source_dir() + "/data/spx/SPX.csv");
    return SpxSeries{c["open"], c["high"], c["low"], c["close"], c["volume"]};
  }();
  return series;
}

const std::vector<double>& talib_column(const std::string& name) {
  static const std::map<std::string, std::vector<double>> columns =
      read_columns(source_dir() + "/tests/fixtures/talib/SPX_talib.csv");
  static const std::vector<double> kMissing;
  const auto it = columns.find(name);
  return it == columns.end() ? kMissing : it->second;
}

std::string compare_with_talib(std::span<const double> ours, const std::string& column) {
  const std::vector<double>& ref = talib_column(column);
  if (ref.empty()) return "no reference column " + column;
  if (ref.size() != ours.size()) {
    return column + ": length " + std::to_string(ours.size()) + " vs " + std::to_string(ref.size());
  }
  std::ostringstream diffs;
  int shown = 0;
  int count = 0;
  for (std::size_t i = 0; i < ref.size(); ++i) {
    const bool ref_nan = std::isnan(ref[i]);
    const bool our_nan = std::isnan(ours[i]);
    bool bad = ref_nan != our_nan;
    if (!ref_nan && !our_nan) {
      bad = std::fabs(ours[i] - ref[i]) > kTalibTolerance * std::max(std::fabs(ref[i]), 1.0);
    }
    if (!bad) continue;
    ++count;
    if (shown++ < 5) {
      diffs.precision(17);
      diffs << "  row " << i << ": ours " << ours[i] << " talib " << ref[i] << "\n";
    }
  }
  if (count == 0) return "";
  return column + ": " + std::to_string(count) + " rows differ\n" + diffs.str();
}

}  // namespace qtb::ind::testing
