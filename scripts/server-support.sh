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

# start_background_server BIN PORT LOG PIDFILE: the county server without systemd. A server an
# earlier run started (its pid in PIDFILE) is stopped first: otherwise the new binary could not
# bind the port and died, while the old one kept answering the health check, so re-running
# scripts/setup-server after an update said "running" and went on serving the old version.
# Waits until the new process answers; fails, saying so, if it died (the port taken by another
# program, or by a server started before pid files were kept).
start_background_server() {
  local bin="$1" port="$2" log="$3" pidfile="$4" old pid
  if [ -f "$pidfile" ]; then
    old="$(cat "$pidfile")"
    if [ -n "$old" ] && kill -0 "$old" 2>/dev/null; then
      kill "$old"
      for _ in $(seq 1 100); do kill -0 "$old" 2>/dev/null || break; sleep 0.1; done
    fi
  fi
  nohup "$bin" serve --host 127.0.0.1 --port "$port" >>"$log" 2>&1 &
  pid=$!
  echo "$pid" >"$pidfile"
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    curl -fsS "http://127.0.0.1:$port/v1/health" >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "ducha-server 没有起来（端口 $port 被占用？），日志 $log 的最后几行：/ did not start:" >&2
    tail -5 "$log" >&2
    return 1
  fi
  echo "ducha-server 没有应答 / did not answer on port $port" >&2
  return 1
}
