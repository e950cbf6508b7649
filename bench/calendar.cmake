# ExchangeCalendar lookups (docs/calendar.md, docs/BENCHMARKS.md).
add_executable(calendar_bench ${CMAKE_CURRENT_LIST_DIR}/calendar_bench.cc)
target_link_libraries(calendar_bench PRIVATE qtb_core benchmark::benchmark_main)
