#include "strategy/sma_cross.h"

#include <cmath>
#include <vector>

#include "indicators/sma.h"
#include "portfolio/portfolio.h"

namespace qtb::strategies {
namespace {

class SmaCross final : public Strategy {
 public:
  SmaCross(int fast, int slow, PositionSizing sizing) : fast_(fast), slow_(slow), sizing_(sizing) {}

  void on_start(StrategyContext& context) override {
    const std::size_t n = context.symbols().size();
    state_.reserve(n);
    for (std::size_t i = 0; i < n; ++i) state_.push_back(SymbolState{fast_, slow_});
  }

  void on_bar(StrategyContext& context, const BarEvent& event) override {
    SymbolState& s = state_[event.symbol];
    const double close = event.get().close.to_double();
    const double diff = s.fast.update(close) - s.slow.update(close);  // NaN until both warm
    const double previous = s.previous_diff;
    s.previous_diff = diff;
    if (std::isnan(diff) || std::isnan(previous)) return;
    const Quantity held = context.portfolio().position(event.symbol).quantity;
    if (previous <= 0 && diff > 0 && held.is_zero() && !s.order_open) {
      const Quantity quantity =
          sizing_.quantity_for(context.portfolio().equity(), event.get().close);
      if (quantity.is_positive()) send(context, event.symbol, OrderSide::kBuy, quantity);
    } else if (previous >= 0 && diff < 0 && held.is_positive() && !s.order_open) {
      send(context, event.symbol, OrderSide::kSell, held);
    }
  }

  void on_order_update(StrategyContext&, const Order& order) override {
    if (order.status != OrderStatus::kAccepted) state_[order.request.symbol].order_open = false;
  }

 private:
  struct SymbolState {
    SymbolState(int fast_period, int slow_period) : fast(fast_period), slow(slow_period) {}
    ind::SmaStream fast;
    ind::SmaStream slow;
    double previous_diff = std::nan("");
    bool order_open = false;  // an order sent and not yet filled, rejected or canceled
  };

  void send(StrategyContext& context, SymbolId symbol, OrderSide side, Quantity quantity) {
    state_[symbol].order_open = true;
    context.submit_order(OrderRequest{symbol, side, OrderType::kMarket, quantity, {}, {}});
  }

  int fast_;
  int slow_;
  PositionSizing sizing_;
  std::vector<SymbolState> state_;
};

}  // namespace

StrategyInfo sma_cross_info() {
  return StrategyInfo{
      "sma_cross",
      "long-only crossover: buy when SMA(fast) crosses above SMA(slow), sell when below",
      {ParamSpec{"fast", ParamType::kInt, 10, 1, 100000, "fast SMA period (bars)"},
       ParamSpec{"slow", ParamType::kInt, 30, 1, 100000, "slow SMA period (bars)"}}};
}

std::unique_ptr<Strategy> make_sma_cross(const StrategyConfig& config) {
  return std::make_unique<SmaCross>(config.params.get_int("fast"), config.params.get_int("slow"),
                                    config.sizing);
}

}  // namespace qtb::strategies
