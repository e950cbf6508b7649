// Rewrites `?` parameters to PostgreSQL's $1, $2, ... Pure function, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace qtb::store {

// `sql` with the n-th `?` outside quotes and comments replaced by `$n`. Quoted text ('it''s ?'),
// quoted identifiers ("a?") and comments (-- ?, /* ? */) are copied unchanged.
std::string to_dollar_placeholders(std::string_view sql);

}  // namespace qtb::store
