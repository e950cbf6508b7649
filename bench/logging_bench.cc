// Cost of one structured log line through Logger into a byte-counting stream, as JSON and as
// text, and of a call filtered out by level. Each bench checks the bytes written.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <ostream>
#include <streambuf>
#include <string>

#include "core/logging.h"

namespace qtb {
namespace {

// Discards output and counts bytes, so the bench measures formatting, not I/O.
class CountingBuf : public std::streambuf {
 public:
  int64_t bytes() const { return bytes_; }

 protected:
  int_type overflow(int_type c) override {
    if (c != traits_type::eof()) ++bytes_;
    return c;
  }
  std::streamsize xsputn(const char*, std::streamsize n) override {
    bytes_ += n;
    return n;
  }

 private:
  int64_t bytes_ = 0;
};

// 2024-01-02T14:30:00Z
Timestamp fixed_now() { return Timestamp::from_ns((19724LL * 86400 + 52200) * 1'000'000'000); }

void run(benchmark::State& state, LogFormat format, LogLevel level, std::size_t line_bytes) {
  CountingBuf buf;
  std::ostream out(&buf);
  LoggerOptions options;
  options.format = format;
  options.level = level;
  options.now = fixed_now;
  Logger log = Logger::to_stream(out, options);
  for (auto _ : state) {
    log.info("order filled",
             {{"symbol", "SPY"}, {"qty", 100}, {"price", "472.65"}, {"client_id", "qtb-1-42"}});
  }
  log.flush();
  const auto expected = static_cast<int64_t>(line_bytes) * state.iterations();
  if (buf.bytes() != expected) state.SkipWithError("unexpected byte count");
  state.SetItemsProcessed(state.iterations());
}

// {"ts":"2024-01-02T14:30:00Z","level":"info","msg":"order filled","fields":{"symbol":"SPY",
// "qty":100,"price":"472.65","client_id":"qtb-1-42"}} plus '\n'.
constexpr std::size_t kJsonBytes =
    std::string_view(
        "{\"ts\":\"2024-01-02T14:30:00Z\",\"level\":\"info\",\"msg\":\"order filled\","
        "\"fields\":{\"symbol\":\"SPY\",\"qty\":100,\"price\":\"472.65\","
        "\"client_id\":\"qtb-1-42\"}}\n")
        .size();
constexpr std::size_t kTextBytes =
    std::string_view(
        "2024-01-02T14:30:00Z INFO order filled symbol=SPY qty=100 price=472.65 "
        "client_id=qtb-1-42\n")
        .size();

void BM_LogJsonLine(benchmark::State& state) {
  run(state, LogFormat::kJson, LogLevel::kInfo, kJsonBytes);
}
void BM_LogTextLine(benchmark::State& state) {
  run(state, LogFormat::kText, LogLevel::kInfo, kTextBytes);
}
// Below the level: only the field list is built, nothing is formatted or written.
void BM_LogFilteredOut(benchmark::State& state) {
  run(state, LogFormat::kJson, LogLevel::kWarn, 0);
}

BENCHMARK(BM_LogJsonLine);
BENCHMARK(BM_LogTextLine);
BENCHMARK(BM_LogFilteredOut);

}  // namespace
}  // namespace qtb
