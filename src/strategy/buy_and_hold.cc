#include "strategy/buy_and_hold.h"

#include "portfolio/portfolio.h"

namespace qtb::strategies {
namespace {

class BuyAndHold final : public Strategy {
 public:
  explicit BuyAndHold(PositionSizing sizing) : sizing_(sizing) {}

  void on_bar(StrategyContext& context, const BarEvent& event) override {
    if (event.index != 0) return;
    const Quantity quantity = sizing_.quantity_for(context.portfolio().equity(), event.get().close);
    if (!quantity.is_positive()) return;
    context.submit_order(
        OrderRequest{event.symbol, OrderSide::kBuy, OrderType::kMarket, quantity, {}, {}});
  }

 private:
  PositionSizing sizing_;
};

}  // namespace

StrategyInfo buy_and_hold_info() {
  return StrategyInfo{
      "buy_and_hold", "buy the sized quantity on each symbol's first bar, hold", {}};
}

std::unique_ptr<Strategy> make_buy_and_hold(const StrategyConfig& config) {
  return std::make_unique<BuyAndHold>(config.sizing);
}

}  // namespace qtb::strategies
