# Indicator throughput: batch over 10M points, streaming updates, the feature matrix. With
# -DQTB_TALIB_DIR=<dir holding include/ta_libc.h and lib/libta_lib.a> (a TA-Lib build made
# outside this repository, see docs/BENCHMARKS.md) the same cases run through TA-Lib for the
# ratio; without it only qtb's side and the plain-loop baseline run.
add_executable(indicators_bench ${CMAKE_CURRENT_LIST_DIR}/indicators_bench.cc)
target_link_libraries(indicators_bench PRIVATE qtb_indicators qtb_ml benchmark::benchmark_main)
set(QTB_TALIB_DIR "" CACHE PATH "a TA-Lib install to compare with (benchmarks only)")
if(QTB_TALIB_DIR)
  target_compile_definitions(indicators_bench PRIVATE QTB_HAVE_TALIB=1)
  target_include_directories(indicators_bench SYSTEM PRIVATE ${QTB_TALIB_DIR}/include)
  target_link_libraries(indicators_bench PRIVATE ${QTB_TALIB_DIR}/lib/libta_lib.a)
endif()
