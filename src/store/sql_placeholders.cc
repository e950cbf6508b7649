#include "store/sql_placeholders.h"

namespace qtb::store {
namespace {

// Index just past the end of the quoted run opened at `begin` (quote doubled = escaped).
std::size_t skip_quoted(std::string_view sql, std::size_t begin, char quote) {
  std::size_t i = begin + 1;
  while (i < sql.size()) {
    if (sql[i] == quote) {
      if (i + 1 < sql.size() && sql[i + 1] == quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    ++i;
  }
  return sql.size();
}

// Index just past a comment opened at `begin`, or `begin` if none opens there.
std::size_t skip_comment(std::string_view sql, std::size_t begin) {
  if (sql.substr(begin, 2) == "--") {
    const std::size_t end = sql.find('\n', begin);
    return end == std::string_view::npos ? sql.size() : end + 1;
  }
  if (sql.substr(begin, 2) == "/*") {
    const std::size_t end = sql.find("*/", begin + 2);
    return end == std::string_view::npos ? sql.size() : end + 2;
  }
  return begin;
}

}  // namespace

std::string to_dollar_placeholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int next = 1;
  std::size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    std::size_t end = i;
    if (c == '\'' || c == '"') {
      end = skip_quoted(sql, i, c);
    } else {
      end = skip_comment(sql, i);
    }
    if (end != i) {
      out.append(sql.substr(i, end - i));
      i = end;
      continue;
    }
    if (c == '?') {
      out += '$';
      out += std::to_string(next++);
    } else {
      out += c;
    }
    ++i;
  }
  return out;
}

}  // namespace qtb::store
