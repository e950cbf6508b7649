# Bar cache load times against a CSV baseline (docs/bar_cache.md, docs/BENCHMARKS.md).
add_executable(bar_cache_bench ${CMAKE_CURRENT_LIST_DIR}/bar_cache_bench.cc)
target_link_libraries(bar_cache_bench PRIVATE qtb_bar_cache benchmark::benchmark_main)
