#!/usr/bin/env bash
# Measures the resident app and the scan log queries on the small data set (demo + load test
# data: 2,000 residents, 200 stores) and on the large one made by scale/generate.sh, with the
# same jar, the same PostgreSQL settings and the same client, one after the other:
#   - login: SESSIONS sequential sign-ins (POST /login, curl), p50/p95/p99
#   - scan + proof page: wrk, CONNECTIONS connections for DURATION after a WARMUP, signed-in
#     residents of the data set scanning random posters of it (scale/scan.lua)
#   - the cluster query of the verifier console (ClusterController.residents, same SQL) for
#     CLUSTER_SAMPLES random (store, 3-hour window) pairs around real scans, plus the busiest
#     store: EXPLAIN ANALYZE planning + execution time, first and second run
#   - dropping the oldest expired month partition while the scan load runs (\timing), the
#     scans' latency during it, and for comparison deleting the same rows (rolled back)
#
#   scale/measure.sh            # both data sets (the large one must have been generated)
#   scale/measure.sh small      # or: large
#
# The large data set loses its oldest month at each run (that is what is measured);
# scale/generate.sh puts it back (it resumes at the missing month). Apps and PostgreSQL run on
# 127.0.0.1 ports 19682/19632 and are stopped at the end. Needs wrk, curl, psql.
set -euo pipefail
cd "$(dirname "$0")/.."
. scale/lib.sh

SESSIONS=${SESSIONS:-200}
CONNECTIONS=${CONNECTIONS:-8}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CLUSTER_SAMPLES=${CLUSTER_SAMPLES:-20}
DELETE_COMPARISON=${DELETE_COMPARISON:-1}
SETS=${*:-small large}
BASE="http://127.0.0.1:$APP_PORT"
WORK=$(mktemp -d)
DATA=
trap 'app_stop; [ -n "$DATA" ] && pg_stop "$DATA"; rm -rf "$WORK"' EXIT INT TERM

build_jar_if_missing
q() { "${PSQL[@]}" -d "$DATABASE" "$@"; }
load() { echo "load average $(cut -d' ' -f1-3 /proc/loadavg)"; }
percentiles() { sort -n | awk '{ v[NR] = $1 } END { printf "p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms (n=%d)", v[int(NR * 0.50 + 0.5)], v[int(NR * 0.95 + 0.5)], v[int(NR * 0.99 + 0.5)], v[NR], NR }'; }

measure() {
  local set=$1 resident_pattern=$2 poster_pattern=$3 sample_pct=$4
  echo "== $set data set: $(q -tAc "select (select count(*) from resident_account) || ' residents, ' || (select count(*) from store where status = 'APPROVED') || ' approved stores, ' || (select to_char(sum(greatest(reltuples, 0)), 'FM999,999,999,999') from pg_class where relispartition and relkind = 'r' and relname like 'scan_log_%') || ' scans (estimate), database ' || pg_size_pretty(pg_database_size(current_database()))")"
  # residents who get a proof: verified, no dose in the last 14 days, signed up with e-mail
  q -tAc "select a.email from resident_account a join vaccination_record r on r.resident_id = a.id and r.status = 'VERIFIED'
          where a.email like '$resident_pattern' and exists (select 1 from vaccination_dose d where d.record_id = r.id and d.dose_number = 2)
            and not exists (select 1 from vaccination_dose d where d.record_id = r.id and d.dose_date > current_date - 14)
          order by random() limit $SESSIONS" >"$WORK/residents"
  q -tAc "select p.token from poster p join store s on s.id = p.store_id
          where p.status = 'ACTIVE' and s.status = 'APPROVED' and p.token like '$poster_pattern' order by random() limit 200" >"$WORK/posters"

  : >"$WORK/cookies"
  : >"$WORK/login-ms"
  while read -r email; do
    local jar="$WORK/jar"
    rm -f "$jar"
    csrf=$(curl -s -c "$jar" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
    curl -s -b "$jar" -c "$jar" -o /dev/null -w '%{time_total}\n' --data-urlencode "username=$email" \
      --data-urlencode "password=sapporo-demo-2026" --data-urlencode "_csrf=$csrf" "$BASE/login" \
      | awk '{ print $1 * 1000 }' >>"$WORK/login-ms"
    echo "VP_RESIDENT=$(awk '$6 == "VP_RESIDENT" { print $7 }' "$jar")" >>"$WORK/cookies"
  done <"$WORK/residents"
  echo "login ($(wc -l <"$WORK/residents") residents, one after the other): $(percentiles <"$WORK/login-ms"); $(load)"

  export COOKIES="$WORK/cookies" POSTERS="$WORK/posters"
  wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$WARMUP" -s scale/scan.lua "$BASE" >/dev/null
  wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$DURATION" -s scale/scan.lua "$BASE" >"$WORK/wrk"
  echo "scan with its proof page ($CONNECTIONS connections, $DURATION): $(grep '^RESULT' "$WORK/wrk" | cut -c8-) $(grep '^SCANS' "$WORK/wrk" | cut -c7-); $(load)"
  echo "  single requests: $(grep '^REQUESTS' "$WORK/wrk" | cut -c10-)"

  # the cluster query exactly as ClusterController.residents runs it (the window bound as
  # values, as the app binds them), for windows of 3 hours centred on real scans (so they are
  # never empty) and the busiest store of the last month; all on one connection, as from the
  # app's pool: each window twice, after one unmeasured query that loads the catalogue
  q -tA -F' ' -c "select store_id, quote_literal(scanned_at - interval '90 minutes'), quote_literal(scanned_at + interval '90 minutes') from (
                (select store_id, scanned_at from scan_log tablesample system ($sample_pct) where resident_id is not null
                 order by random() limit $CLUSTER_SAMPLES)
                union all
                (select store_id, max(scanned_at) from scan_log where scanned_at > now() - interval '31 days'
                 group by store_id order by count(*) desc limit 1)) w" >"$WORK/windows"
  : >"$WORK/cluster.sql"
  local first=1 passes
  while read -r store start_day start_time end_day end_time; do
    passes="1 2"
    [ $first = 1 ] && passes="0 1 2" && first=0
    for pass in $passes; do
      cat >>"$WORK/cluster.sql" <<SQL
\\echo pass $pass
explain (analyze, buffers)
select a.id as resident_id, a.full_name, a.email, a.preferred_locale,
       min(l.scanned_at) as first_scan, max(l.scanned_at) as last_scan, count(*) as scans,
       exists (select 1 from notification n where n.resident_id = a.id and n.cluster_case_id = 0) as notified
from scan_log l join resident_account a on a.id = l.resident_id
where l.store_id = $store and l.scanned_at >= $start_day $start_time::timestamptz and l.scanned_at < $end_day $end_time::timestamptz
group by a.id order by min(l.scanned_at);
SQL
    done
  done <"$WORK/windows"
  q -tA -f "$WORK/cluster.sql" >"$WORK/plans"
  awk '/^pass/ { pass = $2 } /Planning Time|Execution Time/ { t[pass] += $(NF-1) } /Execution Time/ { if (pass > 0) print t[pass] > ("'"$WORK"'/cluster-" pass); t[pass] = 0 }' "$WORK/plans"
  awk '/^pass/ { n = 0; delete l } { l[++n] = $0 } END { for (i = 2; i <= n; i++) print l[i] }' "$WORK/plans" >"$WORK/plan"
  echo "cluster query, first run ($(wc -l <"$WORK/windows") windows): $(percentiles <"$WORK/cluster-1"); $(load)"
  echo "cluster query, second run: $(percentiles <"$WORK/cluster-2")"
  echo "  plan of the last (busiest store):"
  sed 's/^/    /' "$WORK/plan"
  echo "  store list of the cluster page (ClusterController.stores): $(q -tA -c "explain analyze
        select s.id, r.name_ja, m.name_ja as municipality
        from store s join store_revision r on r.id = coalesce(s.published_revision_id, s.current_revision_id)
        join municipality m on m.code = r.municipality_code
        where s.published_revision_id is not null order by m.sort_order, r.name_ja" | awk '/Planning Time|Execution Time/ { t += $(NF-1) } END { printf "%.1f ms", t }')"

  # the oldest month wholly past the 31-day retention that has scans (or the oldest one)
  local partition
  partition=$(q -tAc "select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'scan_log'::regclass and c.relname ~ '^scan_log_[0-9]{6}$'
        and (to_date(substr(c.relname, 10), 'YYYYMM') + interval '1 month')::timestamp at time zone 'Asia/Tokyo' <= now() - interval '31 days'
      order by c.reltuples > 0 desc, c.relname limit 1")
  local rows
  rows=$(q -tAc "select count(*) from $partition")
  if [ "$DELETE_COMPARISON" = 1 ]; then
    echo "delete of the $rows rows of $partition instead (rolled back): $(q -c '\timing on' -c "begin" -c "delete from $partition" -c "rollback" | awk '/^Time/ && $2 > t { t = $2 } END { print t " ms" }'); $(load)"
  fi
  wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$DURATION" -s scale/scan.lua "$BASE" >"$WORK/wrk-drop" &
  local wrk_pid=$!
  sleep 5
  echo "drop table $partition ($rows rows) during the scan load: $(q -c '\timing on' -c "drop table $partition" | awk '/^Time/ { print $2 " ms" }'); $(load)"
  wait "$wrk_pid"
  echo "  scans during that run: $(grep '^RESULT' "$WORK/wrk-drop" | cut -c8-) $(grep '^SCANS' "$WORK/wrk-drop" | cut -c7-)"
  echo "  single requests: $(grep '^REQUESTS' "$WORK/wrk-drop" | cut -c10-)"
  q -c "delete from scale.progress where step in ('scans-${partition#scan_log_}', 'scans-all', 'indexes')" 2>/dev/null || true
}

for set in $SETS; do
  case "$set" in
    small)
      DATA=$SCALE_HOME/small-pgdata
      pg_stop "$DATA"
      rm -rf "$DATA" "$DATA.log"
      pg_start "$DATA"
      app_start "$WORK/app.log"
      measure small 'load-resident-%' 'load-poster-%' 100
      ;;
    large)
      DATA=$SCALE_HOME/scale-pgdata
      [ -f "$DATA/PG_VERSION" ] || { echo "No large data set: run scale/generate.sh first"; exit 1; }
      pg_start "$DATA"
      app_start "$WORK/app.log"
      measure large 'scale-r%' 'scale-poster-%' 0.01
      ;;
    *) echo "usage: scale/measure.sh [small] [large]"; exit 2 ;;
  esac
  app_stop
  pg_stop "$DATA"
  DATA=
done
