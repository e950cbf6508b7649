#include "core/secrets.h"

#include <array>
#include <cctype>
#include <cstddef>

namespace qtb {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool contains_ci(std::string_view haystack, std::string_view needle) {
  if (needle.size() > haystack.size()) return false;
  for (std::size_t i = 0; i + needle.size() <= haystack.size(); ++i) {
    std::size_t j = 0;
    while (j < needle.size() && lower(haystack[i + j]) == needle[j]) ++j;
    if (j == needle.size()) return true;
  }
  return false;
}

// Ends of a URL's authority ("user:pw@host:port"): the first '/', '?', '#', space or quote.
bool ends_authority(char c) {
  return c == '/' || c == '?' || c == '#' || c == '"' || c == '\'' ||
         std::isspace(static_cast<unsigned char>(c)) != 0;
}

// Appends `text` with the password of every "scheme://user:pw@host" masked.
std::string redact_url_passwords(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  while (true) {
    const std::size_t scheme_end = text.find("://", pos);
    if (scheme_end == std::string_view::npos) break;
    const std::size_t start = scheme_end + 3;
    std::size_t end = start;
    while (end < text.size() && !ends_authority(text[end])) ++end;
    const std::string_view authority = text.substr(start, end - start);
    const std::size_t at = authority.rfind('@');
    const std::size_t colon = authority.find(':');
    out.append(text.substr(pos, start - pos));
    if (at != std::string_view::npos && colon != std::string_view::npos && colon < at) {
      out.append(authority.substr(0, colon + 1));
      out.append(kRedacted);
      out.append(authority.substr(at));
    } else {
      out.append(authority);
    }
    pos = end;
  }
  out.append(text.substr(pos));
  return out;
}

// Length of a conninfo value starting at `text[0]`: a single-quoted string (with \' escapes)
// or a run of characters up to a space or '&'.
std::size_t value_length(std::string_view text) {
  if (text.empty()) return 0;
  if (text[0] == '\'' || text[0] == '"') {
    const char quote = text[0];
    std::size_t i = 1;
    while (i < text.size() && text[i] != quote) i += text[i] == '\\' ? 2U : 1U;
    return i < text.size() ? i + 1 : text.size();
  }
  std::size_t i = 0;
  // '&' ends a URL query parameter ("?password=pw&sslmode=require").
  while (i < text.size() && text[i] != '&' &&
         std::isspace(static_cast<unsigned char>(text[i])) == 0) {
    ++i;
  }
  return i;
}

// Masks the value of every "password = value" (libpq conninfo, .env lines, PGPASSWORD=...).
std::string redact_password_assignments(std::string_view text) {
  constexpr std::string_view kWord = "password";
  std::string out;
  out.reserve(text.size());
  std::size_t pos = 0;
  std::size_t scan = 0;
  while (scan + kWord.size() <= text.size()) {
    if (!contains_ci(text.substr(scan, kWord.size()), kWord)) {
      ++scan;
      continue;
    }
    std::size_t eq = scan + kWord.size();
    while (eq < text.size() && text[eq] == ' ') ++eq;
    if (eq >= text.size() || text[eq] != '=') {
      scan += kWord.size();
      continue;
    }
    std::size_t value = eq + 1;
    while (value < text.size() && text[value] == ' ') ++value;
    const std::size_t len = value_length(text.substr(value));
    out.append(text.substr(pos, value - pos));
    if (len > 0) out.append(kRedacted);
    pos = value + len;
    scan = pos;
  }
  out.append(text.substr(pos));
  return out;
}

}  // namespace

bool is_secret_name(std::string_view name) {
  constexpr std::array<std::string_view, 5> kMarkers = {"password", "secret", "token", "api_key",
                                                        "key"};
  const std::size_t dot = name.rfind('.');
  const std::string_view last = dot == std::string_view::npos ? name : name.substr(dot + 1);
  for (std::string_view marker : kMarkers) {
    if (contains_ci(last, marker)) return true;
  }
  return false;
}

std::string redact_secrets(std::string_view text) {
  return redact_password_assignments(redact_url_passwords(text));
}

}  // namespace qtb
