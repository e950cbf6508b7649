#include "indicators/macd.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "indicators/indicator.h"
#include "indicators/ta_ma.h"

namespace qtb::ind {
namespace {

// TA-Lib swaps the lines when slow < fast (ta_MACDEXT.c), types included.
MacdParams ordered(MacdParams p) {
  if (p.slow < p.fast) {
    std::swap(p.slow, p.fast);
    std::swap(p.slow_type, p.fast_type);
  }
  return p;
}

// The bar where macd has its first value, and where each MA must start to reach it together.
struct Alignment {
  std::size_t fast_start;
  std::size_t slow_start;
  std::size_t first_macd;
};

Alignment align(const MacdParams& p) {
  const int fast_lookback = ta_ma_lookback(p.fast_type, p.fast);
  const int slow_lookback = ta_ma_lookback(p.slow_type, p.slow);
  const int largest = std::max(fast_lookback, slow_lookback);
  return {static_cast<std::size_t>(largest - fast_lookback),
          static_cast<std::size_t>(largest - slow_lookback), static_cast<std::size_t>(largest)};
}

}  // namespace

MacdParams macd_params(int fast, int slow, int signal) {
  return {fast, MaType::kEma, slow, MaType::kEma, signal, MaType::kEma};
}

int macd_lookback(const MacdParams& params) {
  const MacdParams p = ordered(params);
  return std::max(ta_ma_lookback(p.fast_type, p.fast), ta_ma_lookback(p.slow_type, p.slow)) +
         ta_ma_lookback(p.signal_type, p.signal);
}

void macd(std::span<const double> in, const MacdParams& params, std::span<double> out_macd,
          std::span<double> out_signal, std::span<double> out_hist) {
  const MacdParams p = ordered(params);
  const Alignment a = align(p);
  // out_hist holds the fast MA until macd is formed: no scratch allocation.
  ta_ma(p.fast_type, tail(in, a.fast_start), p.fast, tail(out_hist, a.fast_start));
  ta_ma(p.slow_type, tail(in, a.slow_start), p.slow, tail(out_macd, a.slow_start));
  for (std::size_t i = a.first_macd; i < in.size(); ++i) out_macd[i] = out_hist[i] - out_macd[i];
  ta_ma(p.signal_type, tail(std::span<const double>(out_macd), a.first_macd), p.signal,
        tail(out_signal, a.first_macd));
  fill_nan(out_signal, 0, a.first_macd);
  fill_nan(out_macd, 0, static_cast<std::size_t>(macd_lookback(p)));
  for (std::size_t i = 0; i < in.size(); ++i) out_hist[i] = out_macd[i] - out_signal[i];
}

MacdStream::MacdStream(const MacdParams& params) {
  const MacdParams p = ordered(params);
  const Alignment a = align(p);
  fast_ = make_ta_ma_stream(p.fast_type, p.fast);
  slow_ = make_ta_ma_stream(p.slow_type, p.slow);
  signal_ = make_ta_ma_stream(p.signal_type, p.signal);
  fast_start_ = static_cast<long>(a.fast_start);
  slow_start_ = static_cast<long>(a.slow_start);
  first_macd_ = static_cast<long>(a.first_macd);
}

MacdLines MacdStream::update(double value) {
  const long bar = bar_++;
  const double fast = bar >= fast_start_ ? fast_->update(value) : kNaN;
  const double slow = bar >= slow_start_ ? slow_->update(value) : kNaN;
  if (bar < first_macd_) return {kNaN, kNaN, kNaN};
  const double line = fast - slow;
  const double signal = signal_->update(line);
  if (std::isnan(signal)) return {kNaN, kNaN, kNaN};
  return {line, signal, line - signal};
}

}  // namespace qtb::ind
