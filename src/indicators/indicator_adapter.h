// Adapts a typed indicator to the type-erased Indicator interface. Include only from the
// *_indicators.cc registration files (it is a template; keep it out of widely used headers).
//
// An Impl provides:
//   static IndicatorInfo info();
//   explicit Impl(std::span<const double> params);      // params in info().params order
//   int lookback() const;
//   void compute(const BarColumns&, std::span<const std::span<double>> outputs) const;
//   struct Stream { explicit Stream(const Impl&);
//                   void update(const BarPoint&, std::span<double> outputs); };
#pragma once

#include <memory>
#include <utility>
#include <vector>

#include "indicators/indicator.h"
#include "indicators/registry.h"

namespace qtb::ind {

template <typename Impl>
class AdaptedIndicator final : public Indicator {
 public:
  AdaptedIndicator(std::shared_ptr<const IndicatorInfo> info, std::vector<double> params)
      : info_(std::move(info)), params_(std::move(params)), impl_(params_) {}

  const IndicatorInfo& info() const override { return *info_; }
  int lookback() const override { return impl_.lookback(); }
  void compute(const BarColumns& bars, std::span<const std::span<double>> outputs) const override {
    impl_.compute(bars, outputs);
  }
  std::unique_ptr<IndicatorStream> stream() const override {
    return std::make_unique<StreamAdapter>(impl_);
  }
  std::span<const double> params() const override { return params_; }

 private:
  class StreamAdapter final : public IndicatorStream {
   public:
    explicit StreamAdapter(const Impl& impl) : stream_(impl) {}
    void update(const BarPoint& bar, std::span<double> outputs) override {
      stream_.update(bar, outputs);
    }

   private:
    typename Impl::Stream stream_;
  };

  std::shared_ptr<const IndicatorInfo> info_;
  std::vector<double> params_;
  Impl impl_;
};

// The registry factory for Impl.
template <typename Impl>
IndicatorFactory factory_for() {
  return [](std::shared_ptr<const IndicatorInfo> info,
            std::vector<double> params) -> std::unique_ptr<Indicator> {
    return std::make_unique<AdaptedIndicator<Impl>>(std::move(info), std::move(params));
  };
}

}  // namespace qtb::ind
