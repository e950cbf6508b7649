# End-to-end backtest throughput (sma_cross over 1M generated bars) against a hand-written
# loop doing the same arithmetic (docs/BENCHMARKS.md, docs/backtest.md).
add_executable(backtest_bench ${CMAKE_CURRENT_LIST_DIR}/backtest_bench.cc)
target_link_libraries(backtest_bench PRIVATE qtb_strategy benchmark::benchmark_main)
