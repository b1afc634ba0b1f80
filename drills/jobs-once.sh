#!/usr/bin/env bash
# Fault drill: a scheduled job runs once per period across two instances.
#
# Two resident app instances (19586, 19587) are started together on one PostgreSQL (19552,
# data under /var/tmp/wt-faults/jobs-once), both running the scan log retention job
# (ScanLogRetention, lease in job_lock) every 5 seconds instead of daily. Each period:
# 10 scans older than the retention (31 days) are added, the previous period's lease is
# ended (locked_until set to the past, as 20 hours later), and both instances get two ticks
# (four attempts at the same wall-clock seconds). Exactly one run per period must happen,
# deleting the 10 scans (plus, in the first period, the demo data's old scans), and the
# other attempts must find the lease taken.
#
#   PERIODS=3 drills/jobs-once.sh
set -euo pipefail
source "$(dirname "$0")/lib.sh"

WORK=$DRILL_HOME/jobs-once
PG_PORT=${PG_PORT:-19552}
A_PORT=${A_PORT:-19586}
B_PORT=${B_PORT:-19587}
PERIODS=${PERIODS:-3}
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
  "--vaccinepass.resident.scan-log-retention-cron=*/5 * * * * *")

log "starting two resident app instances together (both run Flyway; it locks)"
app_start resident-app "$A_PORT" "$WORK/a.log" "${ARGS[@]}"
A_PID=$LAST_PID
app_start resident-app "$B_PORT" "$WORK/b.log" "${ARGS[@]}"
B_PID=$LAST_PID
wait_up "$A_PORT" "$A_PID"
wait_up "$B_PORT" "$B_PID"

runs() { cat "$WORK/a.log" "$WORK/b.log" | grep -c "Scan log retention: deleted" || true; }
# the first ticks may already have run during start-up: that is period 0
sleep 6
log "period 0 (start-up): runs so far $(runs)"
sql "$DB" "select name, locked_by from job_lock"
FAILED=0
for period in $(seq 1 "$PERIODS"); do
  before=$(runs)
  sql "$DB" "insert into scan_log (scanned_at, store_id, poster_id, programme_id, outcome)
             select now() - interval '40 days', p.store_id, p.id, 'sapporo-passcode-2021', 'NOT_ELIGIBLE'
             from poster p cross join generate_series(1, 10) g limit 10" \
      "update job_lock set locked_until = now() - interval '1 second'"
  sleep 11
  after=$(runs)
  old=$(sql "$DB" "select count(*) from scan_log where scanned_at < now() - interval '31 days'")
  holder=$(sql "$DB" "select locked_by from job_lock")
  log "period $period: $((after - before)) run(s), old scans left $old, lease held by $holder"
  [ $((after - before)) -eq 1 ] && [ "$old" = 0 ] || FAILED=1
done
echo "runs per instance: A $(grep -c 'Scan log retention: deleted' "$WORK/a.log" || true), B $(grep -c 'Scan log retention: deleted' "$WORK/b.log" || true)"
grep -h "Scan log retention: deleted" "$WORK/a.log" "$WORK/b.log" | sed 's/^\([^ ]*\) .*\] \(.*\)$/\1 \2/' | sort | cut -c1-160
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
[ $FAILED = 0 ] && echo "PASS: one run per period" || { echo "FAIL"; exit 1; }
