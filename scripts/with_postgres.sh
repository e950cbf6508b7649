#!/usr/bin/env bash
# Runs CMD against a throw-away PostgreSQL 15 server on 127.0.0.1 and always cleans up.
#   scripts/with_postgres.sh CMD [ARGS...]
# Exports QTB_TEST_PG_URL and QTB_BENCH_PG_URL (postgresql://postgres@127.0.0.1:PORT/qtb_test)
# for CMD. The server trusts loopback connections (no password) and runs with fsync=off: it is
# for tests and benchmarks only. As root, the server commands run as the `postgres` user
# (initdb refuses root). Exits with CMD's status.
set -euo pipefail

if [[ $# -eq 0 ]]; then
  echo "usage: $0 CMD [ARGS...]" >&2
  exit 2
fi

pg_bin="${QTB_PG_BIN:-/usr/lib/postgresql/15/bin}"
for tool in initdb pg_ctl postgres psql; do
  if [[ ! -x "$pg_bin/$tool" ]]; then
    echo "$0: $pg_bin/$tool not found (set QTB_PG_BIN)" >&2
    exit 2
  fi
done

tmp_dir="$(mktemp -d "${TMPDIR:-/tmp}/qtb-pg.XXXXXX")"
data_dir="$tmp_dir/data"
run_as=()
if [[ "$(id -u)" -eq 0 ]]; then
  chown postgres: "$tmp_dir"
  chmod 700 "$tmp_dir"
  run_as=(runuser -u postgres --)
fi

started=0
cleanup() {
  if [[ $started -eq 1 ]]; then
    "${run_as[@]}" "$pg_bin/pg_ctl" -D "$data_dir" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp_dir"
}
trap cleanup EXIT INT TERM

# A free TCP port on loopback: bind port 0 and read back what the kernel chose.
port="$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

"${run_as[@]}" "$pg_bin/initdb" -D "$data_dir" -U postgres -A trust -E UTF8 --no-locale \
  >"$tmp_dir/initdb.log" 2>&1 || { cat "$tmp_dir/initdb.log" >&2; exit 1; }

"${run_as[@]}" "$pg_bin/pg_ctl" -D "$data_dir" -l "$tmp_dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $tmp_dir -c fsync=off \
      -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
  || { cat "$tmp_dir/server.log" >&2; exit 1; }
started=1

"$pg_bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE DATABASE qtb_test" >/dev/null

export QTB_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/qtb_test"
export QTB_BENCH_PG_URL="$QTB_TEST_PG_URL"

set +e
"$@"
status=$?
set -e
exit $status
