#!/usr/bin/env bash
# Fault drill: one of two resident app instances stopped gracefully (SIGTERM) during load.
#
# Starts its own PostgreSQL (19542, data under /var/tmp/wt-faults/graceful-stop) and two
# resident app instances on it (19584 = A, 19585 = B). The load driver
# (drills/DrillLoad.java) logs 8 residents in at A, then alternates every request between
# A and B with the same session: a scan on one instance, its proof page on the other. After
# WARMUP_SECONDS it sends SIGTERM to A (server.shutdown=graceful: A stops accepting,
# finishes what is in flight, exits); the driver, like a load balancer, sends to B what A
# refuses. Separately a resident signed in at A before the stop opens their page at B.
#
#   drills/graceful-stop.sh
#
# Pass: 0 failed requests (no 5xx, no broken response), every scan's proof page opened, the
# session of A works at B, A exits by itself (exit code 143 or 0, no kill -9).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

WORK=$DRILL_HOME/graceful-stop
PG_PORT=${PG_PORT:-19542}
A_PORT=${A_PORT:-19584}
B_PORT=${B_PORT:-19585}
WARMUP_SECONDS=${WARMUP_SECONDS:-10}
LOAD_SECONDS=${LOAD_SECONDS:-35}
DB=jdbc:postgresql://127.0.0.1:$PG_PORT/vaccinepass

trap drill_cleanup EXIT INT TERM
cd "$ROOT"
if [ "${BUILD:-0}" = 1 ] || [ ! -f resident-app/target/resident-app.jar ]; then
  ./mvnw -B -q -ntp -DskipTests -Dspring-javaformat.skip=true install -pl resident-app -am
fi
rm -rf "$WORK"; mkdir -p "$WORK"; chmod 755 "$WORK"
pg_binaries
pg_init "$WORK/pgdata"
pg_start "$WORK/pgdata" "$PG_PORT"
sql "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" "create database vaccinepass encoding 'UTF8' template template0"
ARGS=(--spring.datasource.url="$DB" --spring.datasource.username=postgres --spring.datasource.password=
  --spring.flyway.locations=classpath:db/migration,classpath:db/demo,filesystem:"$ROOT/load/sql")

log "starting resident app A ($A_PORT) and B ($B_PORT) on one database"
app_start resident-app "$A_PORT" "$WORK/a.log" "${ARGS[@]}"
A_PID=$LAST_PID
wait_up "$A_PORT" "$A_PID"
app_start resident-app "$B_PORT" "$WORK/b.log" "${ARGS[@]}"
B_PID=$LAST_PID
wait_up "$B_PORT" "$B_PID"

# a resident signed in at A, for the check after A has gone
JAR="$WORK/cookies.txt"
CSRF=$(curl -s -c "$JAR" "http://127.0.0.1:$A_PORT/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "username=resident@example.jp" \
  --data-urlencode "password=sapporo-demo-2026" --data-urlencode "_csrf=$CSRF" "http://127.0.0.1:$A_PORT/login"
BEFORE=$(curl -s -b "$JAR" -o /dev/null -w '%{http_code}' -H 'Accept: text/html' "http://127.0.0.1:$A_PORT/")

log "load for $LOAD_SECONDS s: 8 residents, every request alternating between A and B"
java -cp "$(pg_jdbc_jar)" "$DRILLS/DrillLoad.java" run out="$WORK/load" seconds="$LOAD_SECONDS" \
  resident="http://127.0.0.1:$A_PORT,http://127.0.0.1:$B_PORT" residents=8 firstResident=101 >"$WORK/load.log" 2>&1 &
LOAD=$!
APP_PIDS+=("$LOAD")
for _ in $(seq 1 240); do [ -f "$WORK/load/ready" ] && break; kill -0 "$LOAD" || { cat "$WORK/load.log"; exit 1; }; sleep 0.5; done
sleep "$WARMUP_SECONDS"

log "SIGTERM to A (pid $A_PID)"
TERM_AT=$(date +%s.%N)
kill -TERM "$A_PID"
set +e
wait "$A_PID"
A_EXIT=$?
set -e
log "A exited with $A_EXIT after $(awk -v s="$TERM_AT" -v n="$(date +%s.%N)" 'BEGIN { printf "%.1f", n - s }') s"
AFTER=$(curl -s -b "$JAR" -o "$WORK/b-page.html" -w '%{http_code}' -H 'Accept: text/html' "http://127.0.0.1:$B_PORT/")
log "resident signed in at A: page at A before $BEFORE, same cookie at B after A stopped: $AFTER"
wait "$LOAD" || true

grep -E "Commencing graceful shutdown|Graceful shutdown complete|aborted" "$WORK/a.log" | cut -c1-200 || true
cat "$WORK/load/events.txt"
cat "$WORK/load/result.txt"
java -cp "$(pg_jdbc_jar)" "$DRILLS/DrillLoad.java" verify out="$WORK/load" jdbc="$DB"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
