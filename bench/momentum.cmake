# Momentum indicators: ns per streaming update and batch throughput (docs/BENCHMARKS.md).
add_executable(momentum_bench ${CMAKE_CURRENT_LIST_DIR}/momentum_bench.cc)
target_link_libraries(momentum_bench PRIVATE qtb_indicators benchmark::benchmark_main)
