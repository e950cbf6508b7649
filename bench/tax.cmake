# Tax ledger throughput: lot matching + wash sales + Form 8949 rows (docs/BENCHMARKS.md).
add_executable(tax_bench ${CMAKE_CURRENT_LIST_DIR}/tax_bench.cc)
target_link_libraries(tax_bench PRIVATE qtb_tax benchmark::benchmark benchmark::benchmark_main)
