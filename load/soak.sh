#!/usr/bin/env bash
# Soak test: 10 minutes of mixed traffic at 80% of the measured maximum across TWO instances
# of each app (resident app, merchant portal, verifier console) on ONE PostgreSQL, sessions
# shared in PostgreSQL. Driver: load/Soak.java (plain JDK, run as a single source file):
# scans + proof pages (scan on one resident instance, proof page on the other), the public
# store directory, eligibility API checks with the demo API key, resident logins.
# Reports errors (0 expected), p50/p95/p99 per endpoint, and every JVM's heap after a full
# GC at the start, middle and end. Figures go to docs/benchmarks.md (## Soak).
#
#   load/soak.sh                          # build, start 6 apps, seed, calibrate, soak 600 s
#   DURATION=60 BUILD=0 load/soak.sh      # a short run with the built jars
#
# Ports: BASE_PORT..BASE_PORT+5 for the apps, PG_PORT for PostgreSQL; data under DATA.
# Traffic goes only to 127.0.0.1; everything started here is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE_PORT=${BASE_PORT:-18181}
PG_PORT=${PG_PORT:-54349}
DATA=${DATA:-/var/tmp/vaccine-pass/soak-pgdata}
export DURATION=${DURATION:-600}
export CALIBRATE=${CALIBRATE:-30}
export FRACTION=${FRACTION:-0.8}
export SESSIONS=${SESSIONS:-200}
export WORKERS=${WORKERS:-24}
HEAP=${HEAP:-512m}
LOGS=$(mktemp -d)

if [ "${BUILD:-1}" = 1 ]; then
  ./mvnw -B -q -ntp -DskipTests -Dspring-javaformat.skip=true install \
    -pl resident-app,merchant-portal,verifier-console -am
fi

rm -rf "$DATA" "$DATA.lock" "$DATA.log"
PIDS=()
cleanup() {
  # the first resident instance started PostgreSQL: stop the others first, it last
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    kill "${PIDS[$i]}" 2>/dev/null || true
    wait "${PIDS[$i]}" 2>/dev/null || true
  done
  [ "${KEEP_LOGS:-0}" = 1 ] && echo "logs: $LOGS" || rm -rf "$LOGS"
  [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$DATA" "$DATA.lock" "$DATA.log"
}
trap cleanup EXIT INT TERM

common=(--spring.profiles.active=demo --vaccinepass.embedded-db.port="$PG_PORT"
  --vaccinepass.embedded-db.data-dir="$DATA" --vaccinepass.mail.demo-mailbox=false --logging.level.root=warn)
start() { # app jar port extra-args...
  local name=$1 port=$2
  shift 2
  java -Xms"$HEAP" -Xmx"$HEAP" -jar "$name/target/$name.jar" --server.port="$port" "${common[@]}" "$@" \
    >"$LOGS/$name-$port.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "${PIDS[-1]}" 2>/dev/null || { tail -50 "$LOGS/$name-$port.log"; exit 1; }
    sleep 1
  done
  echo "$name on $port did not start"; exit 1
}

r1=$BASE_PORT; r2=$((BASE_PORT + 1)); m1=$((BASE_PORT + 2)); m2=$((BASE_PORT + 3))
v1=$((BASE_PORT + 4)); v2=$((BASE_PORT + 5))
load_data=(--spring.flyway.locations=classpath:db/migration,classpath:db/demo,filesystem:load/sql)
api=(--vaccinepass.api.requests-per-minute=100000000)
echo "Starting 2 x resident app, 2 x merchant portal, 2 x verifier console (one PostgreSQL)..."
start resident-app "$r1" "${load_data[@]}"
start resident-app "$r2" "${load_data[@]}"
start merchant-portal "$m1"
start merchant-portal "$m2"
start verifier-console "$v1" "${api[@]}"
start verifier-console "$v2" "${api[@]}"

echo "Machine before: $(uptime)"
set +e
RESIDENT_URLS="http://127.0.0.1:$r1,http://127.0.0.1:$r2" \
  MERCHANT_URLS="http://127.0.0.1:$m1,http://127.0.0.1:$m2" \
  VERIFIER_URLS="http://127.0.0.1:$v1,http://127.0.0.1:$v2" \
  PIDS="${PIDS[*]}" java load/Soak.java
status=$?
set -e
echo "Machine after: $(uptime)"
echo "JVMs (pid: app): $(for i in "${!PIDS[@]}"; do printf '%s ' "${PIDS[$i]}"; done)= r1 r2 m1 m2 v1 v2"
if grep -l -E ' ERROR |Exception' "$LOGS"/*.log >/dev/null 2>&1; then
  echo "Errors in the app logs:"; grep -h -E ' ERROR ' "$LOGS"/*.log | sort | uniq -c | sort -rn | head -20
fi
exit $status
