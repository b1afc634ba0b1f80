#!/usr/bin/env bash
# Load benchmark of the resident app's scan path on loopback against a real PostgreSQL:
# signed-in residents scan posters of 200 stores and open the one-time proof page
# (scan + proof = one "scan"), next to a minimal page of the same app (one row, one
# template) measured in the same run. Figures go to docs/benchmarks.md (## Resident app).
#
#   load/resident-scan.sh                 # build, start, seed, log in, measure, stop
#   DURATION=30s CONNECTIONS=32 SESSIONS=200 load/resident-scan.sh
#
# Each wrk thread drives one connection (-t = -c): the scan and its proof page must go out
# on the same connection with the same session, and wrk's Lua state is per thread.
# Needs: a JDK 17+, curl, wrk (installed from Debian's package when missing).
# Traffic goes only to 127.0.0.1; every wrk run is bounded by DURATION.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18082}
PG_PORT=${PG_PORT:-54339}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-32}
SESSIONS=${SESSIONS:-200}
DATA=${DATA:-/var/tmp/vaccine-pass/load-pgdata}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
export COOKIES="$WORK/cookies.txt"

if ! command -v wrk >/dev/null 2>&1; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wrk
fi

if [ ! -f resident-app/target/resident-app.jar ] || [ "${BUILD:-1}" = 1 ]; then
  ./mvnw -B -q -ntp -DskipTests -Dspring-javaformat.skip=true install -pl resident-app -am
fi

# a fresh database each run: the schema of the jar being measured, no leftovers
rm -rf "$DATA"

java -Xms512m -Xmx1g -jar resident-app/target/resident-app.jar \
  --server.port="$PORT" --spring.profiles.active=demo \
  --vaccinepass.embedded-db.port="$PG_PORT" --vaccinepass.embedded-db.data-dir="$DATA" \
  --spring.flyway.locations=classpath:db/migration,classpath:db/demo,filesystem:load/sql \
  --vaccinepass.resident.benchmark-page=true --vaccinepass.mail.demo-mailbox=false \
  --logging.level.root=warn >"$WORK/app.log" 2>&1 &
APP=$!
cleanup() {
  kill "$APP" 2>/dev/null || true
  wait "$APP" 2>/dev/null || true
  rm -rf "$WORK"
  [ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$DATA" "$DATA.lock" "$DATA.log"
}
trap cleanup EXIT INT TERM

for _ in $(seq 1 180); do
  curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP" 2>/dev/null || { cat "$WORK/app.log"; exit 1; }
  sleep 1
done

echo "Logging in $SESSIONS residents..."
for i in $(seq 1 "$SESSIONS"); do
  jar="$WORK/jar-$i"
  csrf=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=load-resident-$i@example.jp" \
    --data-urlencode "password=sapporo-demo-2026" --data-urlencode "_csrf=$csrf" "$BASE/login"
  echo "VP_RESIDENT=$(awk '$6 == "VP_RESIDENT" { print $7 }' "$jar")" >>"$COOKIES"
done

echo "Warming up ($WARMUP each)..."
wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$WARMUP" -s load/resident-scan.lua "$BASE" >/dev/null
wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$WARMUP" -s load/minimal.lua "$BASE" >/dev/null

echo "Measuring ($DURATION each, $CONNECTIONS connections, $SESSIONS residents, 200 stores)..."
scan=$(wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$DURATION" --latency -s load/resident-scan.lua "$BASE" | grep '^RESULT')
minimal=$(wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$DURATION" --latency -s load/minimal.lua "$BASE" | grep '^RESULT')
echo "scan+proof: ${scan#RESULT }"
echo "minimal:    ${minimal#RESULT }"
scans=$(echo "$scan" | sed -n 's/.*scans_per_s=\([0-9]*\).*/\1/p')
pages=$(echo "$minimal" | sed -n 's/.*pages_per_s=\([0-9]*\).*/\1/p')
awk -v s="$scans" -v p="$pages" 'BEGIN { printf "ratio scans/minimal pages: %.2f\n", s / p }'
