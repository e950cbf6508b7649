// Parsers behind Config's file layers: TOML flattened to dotted keys, and .env assignments.
// Internal to qtb_core (Config is the public face); exposed for its tests. Stateless.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace qtb::config_detail {

// One leaf of a TOML document under its dotted key.
struct TomlValue {
  std::string key;                 // "store.url", "strategies.0.name"
  std::string text;                // scalar text; a float's text as written in the source
  std::vector<std::string> items;  // elements of an array of scalars
  bool is_list = false;
  bool exact = true;  // false when a float's source text could not be recovered
  int line = 0;
};

// Flattens `text`: tables become dotted keys, arrays of scalars become lists, arrays holding
// tables are indexed ("strategies.0.name"). Fails with "source:line: reason" when malformed.
Result<std::vector<TomlValue>> parse_toml(std::string_view text, std::string_view source_name);

struct DotenvAssignment {
  std::string name;
  std::string value;
  int line = 0;
};

// Parses KEY=VALUE lines (see Config::load_dotenv_text). Fails with "source:line: reason".
Result<std::vector<DotenvAssignment>> parse_dotenv(std::string_view text,
                                                   std::string_view source_name);

}  // namespace qtb::config_detail
