#include "data/import_plan.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace qtb::data {
namespace {

struct LineErrors {
  std::string reasons;
  bool fixable = true;
  bool widen = false;     // a high/low range error
  bool unsorted = false;  // UNSORTED_TIMESTAMP
};

bool is_repairable(ProblemKind kind) {
  switch (kind) {
    case ProblemKind::kHighBelowLow:
    case ProblemKind::kOpenOutsideRange:
    case ProblemKind::kCloseOutsideRange:
    case ProblemKind::kDuplicateTimestamp:
    case ProblemKind::kUnsortedTimestamp:
      return true;
    default:
      return false;
  }
}

bool widens_range(ProblemKind kind) {
  return kind == ProblemKind::kHighBelowLow || kind == ProblemKind::kOpenOutsideRange ||
         kind == ProblemKind::kCloseOutsideRange;
}

// Errors grouped by line; line 0 holds the file-level ones.
std::map<uint32_t, LineErrors> errors_by_line(const ValidationReport& report) {
  std::map<uint32_t, LineErrors> out;
  for (const Problem& p : report.problems()) {
    if (p.severity != Severity::kError) continue;
    LineErrors& e = out[p.line];
    if (!e.reasons.empty()) e.reasons += "; ";
    e.reasons +=
        fmt::format("{}: {} [{}]", field_name(p.field), p.message, problem_kind_code(p.kind));
    e.fixable = e.fixable && is_repairable(p.kind);
    e.widen = e.widen || widens_range(p.kind);
    e.unsorted = e.unsorted || p.kind == ProblemKind::kUnsortedTimestamp;
  }
  return out;
}

// Widens high/low to contain every price of the bar; returns what changed, or "".
std::string widen_range(Bar& bar) {
  const Price high = std::max({bar.open, bar.high, bar.low, bar.close});
  const Price low = std::min({bar.open, bar.high, bar.low, bar.close});
  std::string change;
  if (high != bar.high)
    change = fmt::format("high {} -> {}", bar.high.to_string(), high.to_string());
  if (low != bar.low) {
    change += fmt::format("{}low {} -> {}", change.empty() ? "" : ", ", bar.low.to_string(),
                          low.to_string());
  }
  bar.high = high;
  bar.low = low;
  return change;
}

struct Kept {
  Bar bar;
  uint32_t line;
};

// Sorts by timestamp and keeps the last row (in file order) of each timestamp.
std::vector<Kept> sort_keep_last(std::vector<Kept> rows, std::vector<SkippedRow>& skipped) {
  std::stable_sort(rows.begin(), rows.end(),
                   [](const Kept& a, const Kept& b) { return a.bar.ts < b.bar.ts; });
  std::vector<Kept> out;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    std::size_t last = i;
    while (last + 1 < rows.size() && rows[last + 1].bar.ts == rows[i].bar.ts) ++last;
    for (std::size_t j = i; j < last; ++j) {
      skipped.push_back({rows[j].line, fmt::format("timestamp: duplicate, kept line {} "
                                                   "[DUPLICATE_TIMESTAMP]",
                                                   rows[last].line)});
    }
    out.push_back(rows[last]);
    i = last;
  }
  return out;
}

// Repairs `row` in place; returns what changed ("" when only the dedupe step acts on it).
std::string repair_row(Kept& row, const LineErrors& e) {
  std::string change = e.widen ? widen_range(row.bar) : "";
  if (e.unsorted) change += change.empty() ? "moved into time order" : ", moved into time order";
  return change;
}

}  // namespace

Result<ErrorPolicy> parse_error_policy(std::string_view text) {
  if (text == "reject") return ErrorPolicy::kReject;
  if (text == "skip") return ErrorPolicy::kSkip;
  if (text == "repair") return ErrorPolicy::kRepair;
  return invalid_argument(
      fmt::format("--on-error: unknown policy \"{}\" (reject, skip, repair)", text));
}

const char* error_policy_name(ErrorPolicy policy) {
  switch (policy) {
    case ErrorPolicy::kReject:
      return "reject";
    case ErrorPolicy::kSkip:
      return "skip";
    case ErrorPolicy::kRepair:
      return "repair";
  }
  return "reject";
}

std::string ImportPlan::summary(const std::string& file, uint32_t errors) const {
  if (!accepted)
    return fmt::format("{}: rejected, {} error{}", file, errors, errors == 1 ? "" : "s");
  return fmt::format("{}: import {} bars (skipped {}, repaired {})", file, bars.size(),
                     skipped.size(), repaired.size());
}

ImportPlan plan_import(const ParsedBars& parsed, const ValidationReport& report,
                       ErrorPolicy policy) {
  ImportPlan plan;
  const std::map<uint32_t, LineErrors> errors = errors_by_line(report);
  if (errors.count(0) > 0 || (policy == ErrorPolicy::kReject && !errors.empty())) return plan;
  plan.accepted = true;
  std::vector<Kept> rows;
  rows.reserve(parsed.bars.size());
  std::size_t next = 0;  // walks the bar rows alongside the (sorted) error lines
  for (const auto& [line, e] : errors) {
    for (; next < parsed.bars.size() && parsed.lines[next] < line; ++next) {
      rows.push_back({parsed.bars[next], parsed.lines[next]});
    }
    const bool is_bar = next < parsed.bars.size() && parsed.lines[next] == line;
    if (policy == ErrorPolicy::kRepair && is_bar && e.fixable) {
      Kept row{parsed.bars[next], line};
      std::string change = repair_row(row, e);
      if (!change.empty()) plan.repaired.push_back({line, std::move(change)});
      rows.push_back(row);
    } else {
      plan.skipped.push_back({line, e.reasons});
    }
    if (is_bar) ++next;
  }
  for (; next < parsed.bars.size(); ++next) rows.push_back({parsed.bars[next], parsed.lines[next]});
  for (const Kept& k : sort_keep_last(std::move(rows), plan.skipped)) plan.bars.push_back(k.bar);
  const auto by_line = [](const auto& a, const auto& b) { return a.line < b.line; };
  std::stable_sort(plan.skipped.begin(), plan.skipped.end(), by_line);
  return plan;
}

}  // namespace qtb::data
