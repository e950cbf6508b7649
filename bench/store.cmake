# Store benchmarks: bulk insert into SQLite and COPY into PostgreSQL. The PostgreSQL case needs
# a server: scripts/with_postgres.sh build/<dir>/bench/qtb_store_bench (QTB_BENCH_PG_URL).
add_executable(qtb_store_bench ${CMAKE_CURRENT_LIST_DIR}/store_bench.cc)
target_link_libraries(qtb_store_bench PRIVATE qtb_store benchmark::benchmark_main)
