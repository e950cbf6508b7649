#include "data/validation_report.h"

#include <fmt/format.h>

#include <algorithm>

namespace qtb::data {

void ValidationReport::add(Problem problem) {
  ++by_kind_[static_cast<std::size_t>(problem.kind)];
  ++(problem.severity == Severity::kError ? errors_ : warnings_);
  problems_.push_back(std::move(problem));
}

void ValidationReport::sort_by_line() {
  const auto key = [](const Problem& p) { return p.line == 0 ? UINT32_MAX : p.line; };
  std::stable_sort(problems_.begin(), problems_.end(),
                   [&](const Problem& a, const Problem& b) { return key(a) < key(b); });
}

std::string ValidationReport::summary(const std::string& file) const {
  std::string kinds;
  for (int k = 0; k < kProblemKindCount; ++k) {
    if (by_kind_[static_cast<std::size_t>(k)] == 0) continue;
    kinds += fmt::format("{}{} {}", kinds.empty() ? "" : ", ",
                         problem_kind_code(static_cast<ProblemKind>(k)),
                         by_kind_[static_cast<std::size_t>(k)]);
  }
  std::string text = fmt::format("{}: {} error{}, {} warning{}", file, errors_,
                                 errors_ == 1 ? "" : "s", warnings_, warnings_ == 1 ? "" : "s");
  if (!kinds.empty()) text += " (" + kinds + ")";
  return text;
}

std::string ValidationReport::to_text() const {
  std::string text;
  for (const Problem& p : problems_) {
    text += to_string(p);
    text += '\n';
  }
  return text;
}

}  // namespace qtb::data
