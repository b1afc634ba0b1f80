#!/usr/bin/env bash
# Load benchmark of the resident app's scan path on loopback against a real PostgreSQL:
# signed-in residents scan posters of 200 stores; each scan answers with the one-time
# proof page (one request), next to a minimal page of the same app (one row, one
# template) measured in the same run. Figures go to docs/benchmarks.md (## Resident app).
#
#   load/resident-scan.sh                 # build, start, seed, log in, measure, stop
#   DURATION=30s CONNECTIONS=32 SESSIONS=200 load/resident-scan.sh
#   ROUNDS=3 DURATION=10s load/resident-scan.sh  # alternate scan and minimal page 3 times
#   (WARMUP, default 300 s of scans, then WARMUP_MINIMAL, default 60 s, of the minimal page: on
#   two saturated cores the JIT keeps making the scan path cheaper for about five minutes)
#   JFR=/var/tmp/prof load/resident-scan.sh   # also record each measurement with JFR:
#                                             # /var/tmp/prof-scan.jfr, /var/tmp/prof-minimal.jfr
#   JFR_SETTINGS=/path/to/my.jfc ...          # JFR settings other than the JDK's "profile"
#   JAVA_OPTS="-XX:+UseSerialGC" ...          # extra JVM options for the app
#   (JFR makes this app up to 10x slower, so even its shares mislead; for a profile, prefer
#   async-profiler through JAVA_OPTS: docs/benchmarks.md, "Sixth round", shows the line)
#   JAR=/path/to/resident-app.jar BUILD=0 ... # measure another build of the app
#
# Each wrk thread drives one connection (-t = -c): the scan and its proof page must go out
# on the same connection with the same session, and wrk's Lua state is per thread.
# Needs: a JDK 17+, curl, wrk and GNU time (installed from Debian's packages when missing).
# Traffic goes only to 127.0.0.1; every wrk run is bounded by DURATION.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT=${PORT:-18082}
PG_PORT=${PG_PORT:-54339}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-300s}
WARMUP_MINIMAL=${WARMUP_MINIMAL:-60s}
ROUNDS=${ROUNDS:-1}
export CONNECTIONS=${CONNECTIONS:-32}
SESSIONS=${SESSIONS:-200}
DATA=${DATA:-/var/tmp/vaccine-pass/load-pgdata}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d)
export COOKIES="$WORK/cookies.txt"

if ! command -v wrk >/dev/null 2>&1 || [ ! -x /usr/bin/time ]; then
  sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends wrk time
fi

JAR=${JAR:-resident-app/target/resident-app.jar}
if [ ! -f "$JAR" ] || [ "${BUILD:-1}" = 1 ]; then
  ./mvnw -B -q -ntp -DskipTests -Dspring-javaformat.skip=true install -pl resident-app -am
fi

# a fresh database each run: the schema of the jar being measured, no leftovers
rm -rf "$DATA"

java -Xms512m -Xmx1g ${JAVA_OPTS:-} -jar "$JAR" \
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

echo "Warming up ($WARMUP of scans, $WARMUP_MINIMAL of the minimal page)..."
wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$WARMUP" -s load/resident-scan.lua "$BASE" >/dev/null
wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$WARMUP_MINIMAL" -s load/minimal.lua "$BASE" >/dev/null

echo "Measuring ($DURATION each, $CONNECTIONS connections, $SESSIONS residents, 200 stores)..."
# with JFR set, each measurement of the first round is recorded on its own (jcmd from the JDK
# running the app); JFR raises the app's CPU per scan up to tenfold here (see the header)
record() {
  [ -n "${JFR:-}" ] && [ "$round" = 1 ] && jcmd "$APP" JFR.start name="$1" settings="${JFR_SETTINGS:-profile}" filename="$JFR-$1.jfr" >/dev/null
  return 0
}
recorded() {
  [ -n "${JFR:-}" ] && [ "$round" = 1 ] && jcmd "$APP" JFR.stop name="$1" >/dev/null
  return 0
}
# CPU time (ms) used by the app's JVM and by PostgreSQL (postmaster, its backends, and the
# children that ended): on a shared machine CPU per scan is steadier than scans per second
clk=$(getconf CLK_TCK)
cpu_ms() {
  local total=0 pid
  for pid in "$@"; do
    [ -r "/proc/$pid/stat" ] || continue
    total=$((total + $(awk '{ print $14 + $15 + $16 + $17 }' "/proc/$pid/stat")))
  done
  echo $((total * 1000 / clk))
}
pg_pids() {
  local pm
  pm=$(head -1 "$DATA/postmaster.pid")
  echo "$pm" $(pgrep -P "$pm")
}
wrk_ms() { awk '{ printf "%d", ($1 + $2) * 1000 }' "$1"; }
# one round: the scan, then the minimal page, each for DURATION
measure() {
  uptime
  record scan
  app0=$(cpu_ms "$APP"); db0=$(cpu_ms $(pg_pids))
  scan=$(/usr/bin/time -f "%U %S" -o "$WORK/wrk-scan.cpu" wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$DURATION" --latency -s load/resident-scan.lua "$BASE" | grep '^RESULT')
  app1=$(cpu_ms "$APP"); db1=$(cpu_ms $(pg_pids))
  recorded scan
  record minimal
  minimal=$(/usr/bin/time -f "%U %S" -o "$WORK/wrk-minimal.cpu" wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$DURATION" --latency -s load/minimal.lua "$BASE" | grep '^RESULT')
  app2=$(cpu_ms "$APP"); db2=$(cpu_ms $(pg_pids))
  recorded minimal
  uptime
  echo "scan:       ${scan#RESULT }"
  echo "minimal:    ${minimal#RESULT }"
  scans=$(echo "$scan" | sed -n 's/.*scans_per_s=\([0-9]*\).*/\1/p')
  pages=$(echo "$minimal" | sed -n 's/.*pages_per_s=\([0-9]*\).*/\1/p')
  ratio=$(awk -v s="$scans" -v p="$pages" 'BEGIN { printf "%.2f", s / p }')
  echo "ratio scans/minimal pages: $ratio"
  scan_count=$(echo "$scan" | sed -n 's/.* scans=\([0-9]*\).*/\1/p')
  requests=$(echo "$minimal" | sed -n 's/.* requests=\([0-9]*\).*/\1/p')
  awk -v a=$((app1 - app0)) -v d=$((db1 - db0)) -v w="$(wrk_ms "$WORK/wrk-scan.cpu")" -v n="$scan_count" \
    'BEGIN { printf "CPU per scan (with its proof page): app %.2f ms, PostgreSQL %.2f ms, wrk %.2f ms\n", a / n, d / n, w / n }'
  awk -v a=$((app2 - app1)) -v d=$((db2 - db1)) -v w="$(wrk_ms "$WORK/wrk-minimal.cpu")" -v n="$requests" \
    'BEGIN { printf "CPU per minimal page: app %.2f ms, PostgreSQL %.2f ms, wrk %.2f ms\n", a / n, d / n, w / n }'
}
# ROUNDS > 1 alternates the two measurements: the machine's speed can move by tens of
# percent within a minute, and a ratio is fairest from measurements close in time
ratios=()
for round in $(seq 1 "$ROUNDS"); do
  [ "$ROUNDS" -gt 1 ] && echo "-- round $round of $ROUNDS"
  measure
  ratios+=("$ratio")
done
if [ "$ROUNDS" -gt 1 ]; then
  printf '%s\n' "${ratios[@]}" | sort -n | awk '{ r[NR] = $1 } END {
    m = (NR % 2) ? r[(NR + 1) / 2] : (r[NR / 2] + r[NR / 2 + 1]) / 2
    printf "ratio per round: %s to %s, median %.2f\n", r[1], r[NR], m }'
fi
