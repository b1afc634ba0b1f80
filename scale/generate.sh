#!/usr/bin/env bash
# Generates the scale data set of issue 7 in its own PostgreSQL (the apps' embedded server
# binaries, port 19632, data in /var/tmp/wt-scale/scale-pgdata): at SCALE=1, 2.6 million
# residents (12 municipalities by population + 1.5% visitors, records and doses), 5,000
# merchants with 20,000 approved stores and posters, 50 million scans over the last 13
# Japan months (one partition each) and the proofs of the last 31 days; then the scan_log
# indexes, VACUUM ANALYZE. Details of the mix: scale/sql/*.sql.
#
#   scale/generate.sh                  # full size (about 20 GB, see docs/benchmarks.md "## Scale")
#   SCALE=0.01 scale/generate.sh       # 26,000 residents, 200 stores, 500,000 scans
#   FRESH=1 scale/generate.sh          # throw the old data set away first
#
# The schema is the one of the resident app jar being measured: the jar is started once on
# the new database (Flyway: migrations, demo data, load/sql data) and stopped. Steps are
# recorded in scale.progress, so a rerun after an interruption resumes at the step that was
# not finished. The server runs at nice 10 / idle I/O class while generating and is stopped
# at the end (scale/measure.sh starts it again). Needs: JDK 17+, psql, curl, unzip, xz.
set -euo pipefail
cd "$(dirname "$0")/.."
. scale/lib.sh

SCALE=${SCALE:-1}
DATA=${DATA:-$SCALE_HOME/scale-pgdata}
count() { awk -v s="$SCALE" -v n="$1" 'BEGIN { c = int(s * n + 0.5); print (c < 1 ? 1 : c) }'; }
RESIDENTS=$(count 2600000)
STORES=$(count 20000)
MERCHANTS=$(count 5000)
SCANS=$(count 50000000)

build_jar_if_missing
if [ "${FRESH:-0}" = 1 ]; then
  pg_stop "$DATA"
  rm -rf "$DATA" "$DATA.log"
fi

# bulk-load settings: nothing here weakens what is stored (every table stays logged);
# commits are not waited for, checkpoints are rare, autovacuum waits for the final VACUUM
PG_NICE="nice -n 10 ionice -c3" pg_start "$DATA" synchronous_commit=off wal_level=minimal max_wal_senders=0 \
  max_wal_size=4GB checkpoint_timeout=30min maintenance_work_mem=1GB work_mem=64MB autovacuum=off \
  max_parallel_maintenance_workers=1
WORK=$(mktemp -d)
trap 'app_stop; pg_stop "$DATA"; rm -rf "$WORK"' EXIT INT TERM
q() { "${PSQL[@]}" -d "$DATABASE" "$@"; }
step() { q -o /dev/null "$@"; }
done_step() { [ "$(q -tAc "select count(*) from scale.progress where step = '$1'" 2>/dev/null || echo 0)" = 1 ]; }
timed() {
  local started=$SECONDS
  "$@"
  echo "  $(( SECONDS - started )) s, load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

if [ "$(q -tAc "select to_regclass('public.flyway_schema_history') is not null")" != t ]; then
  echo "Schema: running the resident app once (Flyway)..."
  timed app_start "$WORK/app.log"
  app_stop
fi
q -f scale/sql/00_setup.sql

echo "Scale $SCALE: $RESIDENTS residents, $MERCHANTS merchants, $STORES stores, $SCANS scans"
if ! done_step stores; then
  echo "Merchants, stores, posters..."
  timed step -v merchants="$MERCHANTS" -v stores="$STORES" -f scale/sql/01_stores.sql
fi
if ! done_step residents; then
  echo "Residents, records, doses..."
  timed step -v residents="$RESIDENTS" -f scale/sql/02_residents.sql
fi

# the 13 Japan months up to now; scans spread evenly over that time
MONTHS=$(q -tA -F'|' -c "
  with span as (select (date_trunc('month', now() at time zone 'Asia/Tokyo') - interval '12 months') at time zone 'Asia/Tokyo' as t0,
                       now() as t1),
  m as (select d::date as month, greatest(d at time zone 'Asia/Tokyo', t0) as f,
               least((d + interval '1 month') at time zone 'Asia/Tokyo', t1) as t, t0, t1
        from span, generate_series(date_trunc('month', now() at time zone 'Asia/Tokyo') - interval '12 months',
                                   date_trunc('month', now() at time zone 'Asia/Tokyo'), interval '1 month') d)
  select month, f, t, round($SCANS * extract(epoch from t - f) / extract(epoch from t1 - t0))::bigint from m order by month")
if ! done_step scans-all; then
  q -c "drop index if exists scan_log_store_time_ix; drop index if exists scan_log_resident_time_ix"
  while IFS='|' read -r month from to n; do
    done_step "scans-${month:0:4}${month:5:2}" && continue
    echo "Scans of $month: $n..."
    timed step -v month="$month" -v span_from="$from" -v span_to="$to" -v count="$n" -f scale/sql/03_scans.sql
  done <<<"$MONTHS"
  q -c "insert into scale.progress (step, rows) select 'scans-all', count(*) from scale.progress where step like 'scans-2%'"
fi
if ! done_step proofs; then
  echo "Proofs of the last 31 days..."
  timed step -f scale/sql/04_proofs.sql
fi
if ! done_step indexes; then
  echo "scan_log indexes, VACUUM ANALYZE..."
  timed step -f scale/sql/05_indexes.sql
fi
q -c "select step, rows, finished_at from scale.progress order by finished_at"
q -c "select pg_size_pretty(pg_database_size('$DATABASE')) as database_size"
