#!/usr/bin/env bash
# Fault drill: PostgreSQL stopped during load and started again DOWN_SECONDS (10) later.
#
# Starts its own PostgreSQL (port 19532, data under /var/tmp/wt-faults/db-outage), the
# resident app (19582) and the verifier console (19583) on it with the demo and load data,
# then drives load (drills/DrillLoad.java: 8 signed-in residents scanning posters and
# opening proofs, 2 booking systems posting API checks), stops PostgreSQL (pg_ctl -m fast)
# after WARMUP_SECONDS of load, starts it again DOWN_SECONDS later and keeps the load on.
# Then it compares every acknowledged write with the database.
#
#   drills/db-outage.sh                 # build if needed, run, print the figures
#   BUILD=1 DOWN_SECONDS=10 LOAD_SECONDS=45 drills/db-outage.sh
#
# Pass: pages answer a friendly 503 (no stack trace), /actuator/health goes 503 and back
# to 200 without restarting the apps, acknowledged ⊆ stored (0 lost), 0 half-written.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

WORK=$DRILL_HOME/db-outage
PG_PORT=${PG_PORT:-19532}
RES_PORT=${RES_PORT:-19582}
VER_PORT=${VER_PORT:-19583}
WARMUP_SECONDS=${WARMUP_SECONDS:-12}
DOWN_SECONDS=${DOWN_SECONDS:-10}
LOAD_SECONDS=${LOAD_SECONDS:-45}
API_KEY=vpk_demo0001_sapporo-demo-api-key-do-not-use-in-production
DB=jdbc:postgresql://127.0.0.1:$PG_PORT/vaccinepass

trap drill_cleanup EXIT INT TERM
cd "$ROOT"
if [ "${BUILD:-0}" = 1 ] || [ ! -f resident-app/target/resident-app.jar ] || [ ! -f verifier-console/target/verifier-console.jar ]; then
  ./mvnw -B -q -ntp -DskipTests -Dspring-javaformat.skip=true install -pl resident-app,verifier-console -am
fi
rm -rf "$WORK"; mkdir -p "$WORK"; chmod 755 "$WORK"

pg_binaries
pg_init "$WORK/pgdata"
pg_start "$WORK/pgdata" "$PG_PORT"
sql "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" "create database vaccinepass encoding 'UTF8' template template0"
DATASOURCE=(--spring.datasource.url="$DB" --spring.datasource.username=postgres --spring.datasource.password=)

log "starting the resident app and the verifier console"
app_start resident-app "$RES_PORT" "$WORK/resident-app.log" "${DATASOURCE[@]}" \
  --spring.flyway.locations=classpath:db/migration,classpath:db/demo,filesystem:"$ROOT/load/sql"
RES_PID=$LAST_PID
wait_up "$RES_PORT" "$RES_PID"
app_start verifier-console "$VER_PORT" "$WORK/verifier-console.log" "${DATASOURCE[@]}" \
  --vaccinepass.api.requests-per-minute=100000000
VER_PID=$LAST_PID
wait_up "$VER_PORT" "$VER_PID"

log "load for $LOAD_SECONDS s (8 residents scanning, 2 API clients)"
java -cp "$(pg_jdbc_jar)" "$DRILLS/DrillLoad.java" run out="$WORK/load" seconds="$LOAD_SECONDS" \
  resident="http://127.0.0.1:$RES_PORT" verifier="http://127.0.0.1:$VER_PORT" apiKey="$API_KEY" \
  residents=8 apiThreads=2 >"$WORK/load.log" 2>&1 &
LOAD=$!
APP_PIDS+=("$LOAD")
for _ in $(seq 1 240); do [ -f "$WORK/load/ready" ] && break; kill -0 "$LOAD" || { cat "$WORK/load.log"; exit 1; }; sleep 0.5; done
sleep "$WARMUP_SECONDS"

log "stopping PostgreSQL (fast: open transactions rolled back, connections closed)"
pg_stop "$WORK/pgdata" fast
STOPPED=$(date +%s.%N)
sleep 3
# what a signed-in resident and a health check see while the database is down
COOKIE=$(curl -s -c - -o /dev/null "http://127.0.0.1:$RES_PORT/login" | awk '$6 == "VP_RESIDENT" { print $7 }')
PAGE_STATUS=$(curl -s -o "$WORK/outage-page.html" -D "$WORK/outage-page.headers" -w '%{http_code}' \
  -H 'Accept: text/html' -b "VP_RESIDENT=${COOKIE:-none}" "http://127.0.0.1:$RES_PORT/s/load-poster-000001")
HEALTH_STATUS=$(curl -s -o "$WORK/outage-health.json" -w '%{http_code}' "http://127.0.0.1:$RES_PORT/actuator/health")
READY_STATUS=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$RES_PORT/actuator/health/readiness")
LIVE_STATUS=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$RES_PORT/actuator/health/liveness")
log "while down: page $PAGE_STATUS, health $HEALTH_STATUS, readiness $READY_STATUS, liveness $LIVE_STATUS"
sleep "$(awk -v s="$STOPPED" -v d="$DOWN_SECONDS" -v n="$(date +%s.%N)" 'BEGIN { r = s + d - n; print (r > 0) ? r : 0 }')"

log "starting PostgreSQL again"
pg_start "$WORK/pgdata" "$PG_PORT"
STARTED=$(date +%s.%N)
for port in "$RES_PORT" "$VER_PORT"; do
  until curl -fs -o /dev/null "http://127.0.0.1:$port/actuator/health"; do sleep 0.2; done
  log "app on $port healthy $(awk -v s="$STARTED" -v n="$(date +%s.%N)" 'BEGIN { printf "%.1f", n - s }') s after PostgreSQL was back"
done
wait "$LOAD" || true
kill -0 "$RES_PID" && kill -0 "$VER_PID" && log "both apps still the same processes (no restart): $RES_PID $VER_PID"

cat "$WORK/load/events.txt"
cat "$WORK/load/result.txt"
java -cp "$(pg_jdbc_jar)" "$DRILLS/DrillLoad.java" verify out="$WORK/load" jdbc="$DB"
echo "503 page: status $PAGE_STATUS, $(grep -ci 'retry-after' "$WORK/outage-page.headers") Retry-After header," \
  "friendly text: $(grep -c 'ただいま混み合っているか' "$WORK/outage-page.html"), stack trace lines: $(grep -c 'Exception\|	at ' "$WORK/outage-page.html" || true)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
