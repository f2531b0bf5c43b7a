# A throwaway PostgreSQL cluster for the tests: sourced by .ci/run (and by a developer who wants the
# store tests on a real server: `source .ci/postgres.sh && start_test_postgres`, later
# `stop_test_postgres`). It installs Debian's postgresql when missing, runs initdb and pg_ctl as an
# unprivileged user (PostgreSQL refuses to run as root), listens on a free loopback port only, and
# exports RECTRACK_TEST_PG_URL with a password made up for this run.

# Runs a command as the cluster's owner: the `postgres` user when we are root, else ourselves.
as_pg_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_test_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ]; then
      echo "ci: PostgreSQL is not installed and only root can install it (apt-get install postgresql)" >&2
      return 1
    fi
    echo "ci: installing PostgreSQL from Debian's packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  fi
  local bin
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  TEST_PG_DIR="$(mktemp -d)"
  local password
  password="$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"
  printf '%s\n' "$password" >"$TEST_PG_DIR/pwfile"
  if [ "$(id -u)" = 0 ]; then chown -R postgres "$TEST_PG_DIR"; fi
  chmod 700 "$TEST_PG_DIR"
  # A port the OS says is free right now, on loopback only.
  TEST_PG_PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
  as_pg_owner "$bin/initdb" -D "$TEST_PG_DIR/data" -U rectrack --pwfile="$TEST_PG_DIR/pwfile" \
    --auth=scram-sha-256 --no-sync -E UTF8 --locale=C.UTF-8 >"$TEST_PG_DIR/initdb.log"
  # fsync off: a throwaway cluster need not survive a power cut, and the tests run faster without it.
  as_pg_owner "$bin/pg_ctl" -D "$TEST_PG_DIR/data" -l "$TEST_PG_DIR/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $TEST_PG_PORT -k $TEST_PG_DIR -c fsync=off -c max_connections=200" \
    >/dev/null
  TEST_PG_BIN="$bin"
  export RECTRACK_TEST_PG_URL="postgres://rectrack:$password@127.0.0.1:$TEST_PG_PORT/postgres"
  echo "ci: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') listening on 127.0.0.1:$TEST_PG_PORT"
}

stop_test_postgres() {
  if [ -n "${TEST_PG_DIR:-}" ] && [ -d "$TEST_PG_DIR/data" ]; then
    as_pg_owner "$TEST_PG_BIN/pg_ctl" -D "$TEST_PG_DIR/data" -m fast -w stop >/dev/null || true
    rm -rf "$TEST_PG_DIR"
  fi
  unset RECTRACK_TEST_PG_URL TEST_PG_DIR
}
