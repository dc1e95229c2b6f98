# Shared by scripts/test-server, scripts/load-server and scripts/backup-server's test: a
# throwaway PostgreSQL cluster on loopback, owned by the `postgres` user when run as root
# (PostgreSQL refuses to run as root), removed on exit. Source this file; do not run it.

# The newest installed PostgreSQL's programs (Debian keeps them outside PATH).
pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  if [ -z "$dir" ]; then
    dir="$(dirname "$(command -v initdb 2>/dev/null || command -v pg_ctl 2>/dev/null || echo /nonexistent/x)")"
  fi
  echo "$dir"
}

# Installs Debian's postgresql package when its programs are missing (a fresh CI machine).
ensure_postgresql() {
  [ -x "$(pg_bin)/initdb" ] && command -v curl >/dev/null 2>&1 && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "请先安装 PostgreSQL（postgresql 软件包）/ please install PostgreSQL" >&2
    return 1
  fi
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq postgresql curl >/dev/null
}

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
as_pg_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# start_test_postgres PORT: initdb in a fresh temporary folder, trust authentication on
# loopback only (a throwaway cluster for tests), start it and wait until it answers.
# Sets PG_TEST_DIR and PG_TEST_URL (postgres://postgres@127.0.0.1:PORT/postgres).
start_test_postgres() {
  local port="$1" bin
  bin="$(pg_bin)"
  PG_TEST_DIR="$(mktemp -d /tmp/ducha-pg.XXXXXX)"
  chmod 0755 "$PG_TEST_DIR"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$PG_TEST_DIR"
  as_pg_owner "$bin/initdb" -D "$PG_TEST_DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_pg_owner "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/log" -w \
    -o "-p $port -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on" start >/dev/null
  PG_TEST_PORT="$port"
  PG_TEST_URL="postgres://postgres@127.0.0.1:$port/postgres"
  export PG_TEST_DIR PG_TEST_PORT PG_TEST_URL
}

# Restarts the test cluster (fast shutdown: open connections are cut, as in a real restart).
restart_test_postgres() {
  as_pg_owner "$(pg_bin)/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w restart \
    -o "-p $PG_TEST_PORT -k $PG_TEST_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null
}

stop_test_postgres() {
  [ -n "${PG_TEST_DIR:-}" ] || return 0
  as_pg_owner "$(pg_bin)/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_TEST_DIR"
  PG_TEST_DIR=""
}

# psql against the test cluster.
test_psql() {
  "$(pg_bin)/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_TEST_PORT" -U postgres "$@"
}
