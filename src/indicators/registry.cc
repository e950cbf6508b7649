#include "indicators/registry.h"

#include <fmt/format.h>

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cmath>

namespace qtb::ind {

Result<IndicatorRequest> parse_indicator_spec(std::string_view text) {
  IndicatorRequest request;
  const std::size_t colon = text.find(':');
  request.name = std::string(text.substr(0, colon));
  std::transform(request.name.begin(), request.name.end(), request.name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (request.name.empty()) {
    return invalid_argument(fmt::format("indicator \"{}\": expected NAME[:p1,p2,...]", text));
  }
  if (colon == std::string_view::npos) return request;
  std::string_view rest = text.substr(colon + 1);
  while (true) {
    const std::size_t comma = rest.find(',');
    const std::string_view item = rest.substr(0, comma);
    double value = 0;
    const auto [ptr, ec] = std::from_chars(item.data(), item.data() + item.size(), value);
    if (item.empty() || ec != std::errc() || ptr != item.data() + item.size()) {
      return invalid_argument(fmt::format("indicator \"{}\": parameter {} \"{}\" is not a number",
                                          text, request.params.size() + 1, item));
    }
    request.params.push_back(value);
    if (comma == std::string_view::npos) break;
    rest = rest.substr(comma + 1);
  }
  return request;
}

IndicatorRegistry IndicatorRegistry::with_builtins() {
  IndicatorRegistry registry;
  register_overlap_indicators(registry);
  register_momentum_indicators(registry);
  register_volatility_volume_indicators(registry);
  register_statistics_indicators(registry);
  return registry;
}

void IndicatorRegistry::add(IndicatorInfo info, IndicatorFactory factory) {
  assert(find(info.name) == nullptr);
  const std::string name = info.name;
  Entry entry{std::make_shared<const IndicatorInfo>(std::move(info)), std::move(factory)};
  const auto at =
      std::lower_bound(entries_.begin(), entries_.end(), name,
                       [](const Entry& e, const std::string& n) { return e.info->name < n; });
  entries_.insert(at, std::move(entry));
}

const IndicatorInfo* IndicatorRegistry::find(std::string_view name) const {
  const auto at =
      std::lower_bound(entries_.begin(), entries_.end(), name,
                       [](const Entry& e, std::string_view n) { return e.info->name < n; });
  return at != entries_.end() && at->info->name == name ? at->info.get() : nullptr;
}

Result<std::unique_ptr<Indicator>> IndicatorRegistry::create(std::string_view name,
                                                             std::span<const double> params) const {
  const auto at =
      std::lower_bound(entries_.begin(), entries_.end(), name,
                       [](const Entry& e, std::string_view n) { return e.info->name < n; });
  if (at == entries_.end() || at->info->name != name) {
    return Error(ErrorCode::kNotFound,
                 fmt::format("unknown indicator \"{}\" (see `qtb indicators --list`)", name));
  }
  const IndicatorInfo& info = *at->info;
  if (params.size() > info.params.size()) {
    return invalid_argument(
        fmt::format("{} takes {} parameters, got {}", name, info.params.size(), params.size()));
  }
  std::vector<double> bound;
  bound.reserve(info.params.size());
  for (std::size_t i = 0; i < info.params.size(); ++i) {
    const ParamSpec& spec = info.params[i];
    const double value = i < params.size() ? params[i] : spec.default_value;
    if (!(value >= spec.min && value <= spec.max)) {
      return invalid_argument(
          fmt::format("{} {}: {} is outside [{}, {}]", name, spec.name, value, spec.min, spec.max));
    }
    if (spec.integer && std::floor(value) != value) {
      return invalid_argument(
          fmt::format("{} {}: {} is not a whole number", name, spec.name, value));
    }
    bound.push_back(value);
  }
  return at->factory(at->info, std::move(bound));
}

std::vector<const IndicatorInfo*> IndicatorRegistry::list() const {
  std::vector<const IndicatorInfo*> out;
  out.reserve(entries_.size());
  for (const Entry& e : entries_) out.push_back(e.info.get());
  return out;
}

}  // namespace qtb::ind
