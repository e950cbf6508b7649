# Structured log line cost, enabled and filtered out (docs/BENCHMARKS.md).
add_executable(logging_bench ${CMAKE_CURRENT_LIST_DIR}/logging_bench.cc)
target_link_libraries(logging_bench PRIVATE qtb_core benchmark::benchmark_main)
