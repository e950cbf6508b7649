// Fuzzes parse_store_url and mask_password (store/store_url.h).
// Properties: masking a URL with one scheme is idempotent; display is the masked URL; the backend
// follows the scheme; a SQLite target is the text after "sqlite:". A second pass builds
// "postgresql://USER:PASSWORD@HOST/DB" from the input's pieces (each free of the separators
// '@' ':' '/' '?' '#') and requires the password to be gone from display, which must read
// exactly "postgresql://USER:***@HOST/DB".
#include <array>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_check.h"
#include "store/store_url.h"

namespace {

// True for "scheme://rest" with an RFC 3986 scheme and no second "://": masking looks for the
// first "://", so garbage such as "a?b=postgres://x" is masked only on a best-effort basis.
bool has_one_scheme(std::string_view url) {
  const std::size_t end = url.find("://");
  if (end == 0 || end == std::string_view::npos) return false;
  if (url.find("://", end + 1) != std::string_view::npos) return false;
  for (std::size_t i = 0; i < end; ++i) {
    const char c = url[i];
    const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!alpha && (i == 0 || ((c < '0' || c > '9') && c != '+' && c != '.' && c != '-'))) {
      return false;
    }
  }
  return true;
}

void check_any_url(std::string_view url) {
  const std::string masked = qtb::store::mask_password(url);
  if (has_one_scheme(url)) {
    FUZZ_CHECK(qtb::store::mask_password(masked) == masked, "masking twice changes " + masked);
  }
  const qtb::Result<qtb::store::StoreUrl> parsed = qtb::store::parse_store_url(url);
  if (!parsed.ok()) return;
  FUZZ_CHECK(parsed->display == masked, "display is not the masked URL");
  if (url.starts_with("sqlite:")) {
    FUZZ_CHECK(parsed->backend == qtb::store::Backend::kSqlite && parsed->target == url.substr(7),
               "sqlite target");
  } else {
    FUZZ_CHECK(parsed->backend == qtb::store::Backend::kPostgres && parsed->target == url,
               "postgres target");
  }
}

// Splits `input` on NUL into user, password, host; nothing when a piece has a separator.
void check_built_url(std::string_view input) {
  std::array<std::string_view, 3> parts;
  for (std::string_view& part : parts) {
    const std::size_t nul = input.find('\0');
    part = input.substr(0, nul);
    input = nul == std::string_view::npos ? std::string_view() : input.substr(nul + 1);
    if (part.empty() || part.find_first_of("@:/?#&=") != std::string_view::npos) return;
  }
  const std::string url = "postgresql://" + std::string(parts[0]) + ":" + std::string(parts[1]) +
                          "@" + std::string(parts[2]) + "/db";
  const qtb::Result<qtb::store::StoreUrl> parsed = qtb::store::parse_store_url(url);
  FUZZ_CHECK(parsed.ok(), "refused " + url);
  const std::string expected =
      "postgresql://" + std::string(parts[0]) + ":***@" + std::string(parts[2]) + "/db";
  FUZZ_CHECK(parsed->display == expected, "display \"" + parsed->display + "\" for " + url);
}

}  // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view input = qtb::fuzz::as_text(data, size);
  check_any_url(input);
  check_built_url(input);
  return 0;
}
