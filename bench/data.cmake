# Bar CSV parsing and validation throughput (docs/BENCHMARKS.md).
add_executable(data_bench ${CMAKE_CURRENT_LIST_DIR}/data_bench.cc)
target_link_libraries(data_bench PRIVATE qtb_data benchmark::benchmark benchmark::benchmark_main)
