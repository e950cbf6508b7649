// Test helpers: read files under the repository root (QTB_SOURCE_DIR, set by CTest; falls back
// to the compile-time source dir) and parse bar fixtures under their base name.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "data/csv_bar_reader.h"

namespace qtb::data::testing {

inline std::string repo_path(const std::string& relative) {
  const char* root = std::getenv("QTB_SOURCE_DIR");
  return std::string(root != nullptr ? root : QTB_TEST_SOURCE_DIR) + "/" + relative;
}

inline std::string read_repo_file(const std::string& relative) {
  std::ifstream in(repo_path(relative), std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << repo_path(relative);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// Parses tests/fixtures/data/<name>; messages name the file as just <name>.
inline ParsedBars parse_fixture(const std::string& name, const CsvReadOptions& options = {}) {
  Result<ParsedBars> parsed =
      parse_bar_csv(read_repo_file("tests/fixtures/data/" + name), name, options);
  EXPECT_TRUE(parsed.ok()) << (parsed.ok() ? "" : parsed.error().message());
  return parsed.ok() ? std::move(parsed).value() : ParsedBars{};
}

}  // namespace qtb::data::testing
