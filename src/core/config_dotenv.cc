// .env layer of Config. Follows the common dotenv conventions (python-dotenv, docker compose):
// KEY=VALUE, `#` comments, optional `export `, quotes; deliberately no `$VAR` expansion and no
// multi-line values, so a value is exactly what the line shows.
#include <cctype>
#include <string>

#include "core/config_parsers.h"

namespace qtb::config_detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && (is_space(s.front()) || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (is_space(s.back()) || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool is_name(std::string_view name) {
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name[0])) != 0) return false;
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '_') return false;
  }
  return true;
}

// After a closing quote only blanks or a comment may follow.
bool rest_is_blank(std::string_view rest) {
  rest = trim(rest);
  return rest.empty() || rest.front() == '#';
}

Result<std::string> double_quoted(std::string_view text) {
  std::string value;
  for (std::size_t i = 1; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '"') {
      if (!rest_is_blank(text.substr(i + 1))) return invalid_argument("text after closing quote");
      return value;
    }
    if (c != '\\' || i + 1 == text.size()) {
      value.push_back(c);
      continue;
    }
    const char next = text[++i];
    switch (next) {
      case 'n':
        value.push_back('\n');
        break;
      case 't':
        value.push_back('\t');
        break;
      case 'r':
        value.push_back('\r');
        break;
      default:
        value.push_back(next);
        break;  // \" \\ \$ stand for themselves
    }
  }
  return invalid_argument("unterminated double quote");
}

Result<std::string> single_quoted(std::string_view text) {
  const std::size_t close = text.find('\'', 1);
  if (close == std::string_view::npos) return invalid_argument("unterminated single quote");
  if (!rest_is_blank(text.substr(close + 1))) return invalid_argument("text after closing quote");
  return std::string(text.substr(1, close - 1));
}

// An unquoted value ends at " #" (a comment) and loses surrounding blanks.
std::string unquoted(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '#' && (i == 0 || is_space(text[i - 1])))
      return std::string(trim(text.substr(0, i)));
  }
  return std::string(trim(text));
}

Result<std::string> parse_value(std::string_view text) {
  text = trim(text);
  if (!text.empty() && text.front() == '"') return double_quoted(text);
  if (!text.empty() && text.front() == '\'') return single_quoted(text);
  return unquoted(text);
}

}  // namespace

Result<std::vector<DotenvAssignment>> parse_dotenv(std::string_view text,
                                                   std::string_view source_name) {
  std::vector<DotenvAssignment> out;
  int line_no = 0;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = trim(text.substr(start, end - start));
    start = end + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    const std::string where = std::string(source_name) + ":" + std::to_string(line_no);
    if (line.substr(0, 7) == "export " || line.substr(0, 7) == "export\t") {
      line = trim(line.substr(7));
    }
    const std::size_t eq = line.find('=');
    if (eq == std::string_view::npos) {
      // The line is not echoed: it may be a secret pasted without its name.
      return Error(ErrorCode::kConfig, where + ": expected NAME=VALUE");
    }
    const std::string_view name = trim(line.substr(0, eq));
    if (!is_name(name)) {
      return Error(ErrorCode::kConfig,
                   where + ": invalid variable name \"" + std::string(name) + "\"");
    }
    Result<std::string> value = parse_value(line.substr(eq + 1));
    if (!value.ok()) {
      return Error(ErrorCode::kConfig,
                   where + " " + std::string(name) + ": " + value.error().message());
    }
    out.push_back({std::string(name), std::move(value).value(), line_no});
  }
  return out;
}

}  // namespace qtb::config_detail
