#include "store/store_url.h"

#include <fmt/format.h>

namespace qtb::store {
namespace {

constexpr std::string_view kSqlitePrefix = "sqlite:";
constexpr std::string_view kPostgresSchemes[] = {"postgresql://", "postgres://"};
constexpr std::string_view kMask = "***";

// Masks "user:SECRET@" in the authority part of a URL starting at `authority_begin`.
void mask_userinfo(std::string& url, std::size_t authority_begin) {
  const std::size_t authority_end = url.find_first_of("/?#", authority_begin);
  const std::size_t at =
      url.rfind('@', authority_end == std::string::npos ? url.size() : authority_end);
  if (at == std::string::npos || at < authority_begin) return;
  const std::size_t colon = url.find(':', authority_begin);
  if (colon == std::string::npos || colon > at) return;
  url.replace(colon + 1, at - colon - 1, kMask);
}

// Masks the value of every "password=" query parameter.
void mask_query_password(std::string& url) {
  constexpr std::string_view kKey = "password=";
  std::size_t pos = url.find('?');
  while (pos != std::string::npos) {
    pos = url.find(kKey, pos);
    if (pos == std::string::npos) return;
    const char before = url[pos - 1];
    const std::size_t value = pos + kKey.size();
    if (before != '?' && before != '&') {
      pos = value;
      continue;
    }
    const std::size_t end = url.find('&', value);
    url.replace(value, (end == std::string::npos ? url.size() : end) - value, kMask);
    pos = value + kMask.size();
  }
}

}  // namespace

std::string mask_password(std::string_view url) {
  std::string out(url);
  const std::size_t scheme_end = out.find("://");
  if (scheme_end != std::string::npos) mask_userinfo(out, scheme_end + 3);
  mask_query_password(out);
  return out;
}

Result<StoreUrl> parse_store_url(std::string_view url) {
  StoreUrl parsed;
  parsed.display = mask_password(url);
  if (url.starts_with(kSqlitePrefix)) {
    parsed.backend = Backend::kSqlite;
    parsed.target = std::string(url.substr(kSqlitePrefix.size()));
    if (parsed.target.empty()) {
      return invalid_argument(fmt::format("store URL \"{}\": no file after sqlite:", url));
    }
    return parsed;
  }
  for (std::string_view scheme : kPostgresSchemes) {
    if (url.starts_with(scheme)) {
      parsed.backend = Backend::kPostgres;
      parsed.target = std::string(url);
      return parsed;
    }
  }
  return invalid_argument(fmt::format(
      "store URL \"{}\": unknown scheme; expected sqlite:PATH or postgresql://user@host:port/db",
      parsed.display));
}

}  // namespace qtb::store
