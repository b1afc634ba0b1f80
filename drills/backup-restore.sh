#!/usr/bin/env bash
# Backup and restore drill: pg_dump (custom format) of a running demo database, restored
# into a new, empty server; every table's row count compared; the resident app started on
# the restored database signs a resident in and serves a proof. Prints times and sizes.
#
#   drills/backup-restore.sh
#
# pg_dump must be of the server's major version or newer. The embedded PostgreSQL 17 of the
# demo ships no client tools, and Debian 12 (this machine) packages only PostgreSQL 15, so
# the drill runs both servers from Debian's postgresql-15 packages (downloaded with
# apt-get download and unpacked under /var/tmp/vaccine-pass-drills/tools, nothing installed): the
# schema runs unchanged on 15. In production use the pg_dump/pg_restore of the server's own
# version (e.g. the postgres:17 image's).
#
# Ports: source server 19562, restored server 19563, app on the source 19588, app on the
# restored copy 19589. Data under /var/tmp/vaccine-pass-drills/backup-restore.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

WORK=$DRILL_HOME/backup-restore
SRC_PORT=${SRC_PORT:-19562}
DST_PORT=${DST_PORT:-19563}
APP_PORT=${APP_PORT:-19588}
APP2_PORT=${APP2_PORT:-19589}
PG15=$DRILL_HOME/tools/pg15
BIN=$PG15/usr/lib/postgresql/15/bin
export LD_LIBRARY_PATH=$PG15/usr/lib/x86_64-linux-gnu
SRC_DB=jdbc:postgresql://127.0.0.1:$SRC_PORT/vaccinepass
DST_DB=jdbc:postgresql://127.0.0.1:$DST_PORT/vaccinepass

trap drill_cleanup EXIT INT TERM
cd "$ROOT"
build_if_missing resident-app
if [ ! -x "$BIN/pg_dump" ]; then
  mkdir -p "$DRILL_HOME/tools/deb" && (cd "$DRILL_HOME/tools/deb" && apt-get download postgresql-15 postgresql-client-15 libpq5)
  for deb in "$DRILL_HOME"/tools/deb/*.deb; do dpkg-deb -x "$deb" "$PG15"; done
  chmod -R a+rX "$PG15"
fi
# the drill's servers are Debian's 15 (see above), started with lib.sh's pg_* helpers
PG_BIN=$BIN
rm -rf "$WORK"; mkdir -p "$WORK"; chmod 755 "$WORK"

counts() { # every table of the schema with its row count, one line each
  sql "$1" "select table_name || ' ' || (xpath('/row/c/text()', query_to_xml(format('select count(*) as c from %I.%I',
      table_schema, table_name), false, true, '')))[1]::text from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name"
}

log "source: PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on $SRC_PORT, demo + load data through the resident app"
pg_init "$WORK/source"
pg_start "$WORK/source" "$SRC_PORT"
sql "jdbc:postgresql://127.0.0.1:$SRC_PORT/postgres" "create database vaccinepass encoding 'UTF8' template template0"
app_start resident-app "$APP_PORT" "$WORK/app-source.log" --spring.datasource.url="$SRC_DB" \
  --spring.datasource.username=postgres --spring.datasource.password= \
  --spring.flyway.locations=classpath:db/migration,classpath:db/demo,filesystem:"$ROOT/load/sql"
wait_up "$APP_PORT" "$LAST_PID"

counts "$SRC_DB" >"$WORK/counts-source-before.txt"
log "pg_dump -Fc while the app is running"
T0=$(date +%s.%N)
"$BIN/pg_dump" -h 127.0.0.1 -p "$SRC_PORT" -U postgres -Fc -d vaccinepass -f "$WORK/vaccinepass.dump"
T1=$(date +%s.%N)
counts "$SRC_DB" >"$WORK/counts-source-after.txt"
DUMP_SECONDS=$(awk -v a="$T0" -v b="$T1" 'BEGIN { printf "%.1f", b - a }')
DUMP_BYTES=$(stat -c %s "$WORK/vaccinepass.dump")
DB_BYTES=$(sql "$SRC_DB" "select pg_database_size('vaccinepass')")

log "restore into a new, empty server on $DST_PORT"
pg_init "$WORK/restored"
pg_start "$WORK/restored" "$DST_PORT"
sql "jdbc:postgresql://127.0.0.1:$DST_PORT/postgres" "create database vaccinepass encoding 'UTF8' template template0"
T2=$(date +%s.%N)
"$BIN/pg_restore" -h 127.0.0.1 -p "$DST_PORT" -U postgres -d vaccinepass --exit-on-error -j 2 "$WORK/vaccinepass.dump"
T3=$(date +%s.%N)
RESTORE_SECONDS=$(awk -v a="$T2" -v b="$T3" 'BEGIN { printf "%.1f", b - a }')
counts "$DST_DB" >"$WORK/counts-restored.txt"

TABLES=$(wc -l <"$WORK/counts-restored.txt")
ROWS=$(awk '{ s += $2 } END { print s }' "$WORK/counts-restored.txt")
if diff "$WORK/counts-source-after.txt" "$WORK/counts-restored.txt" >"$WORK/counts.diff"; then
  MATCH="all $TABLES tables match ($ROWS rows)"
else
  MATCH="MISMATCH: $(cat "$WORK/counts.diff" | tr '\n' ' ')"
fi
log "row counts: $MATCH"
cmp -s "$WORK/counts-source-before.txt" "$WORK/counts-source-after.txt" \
  || log "(the source changed while dumping: $(diff "$WORK/counts-source-before.txt" "$WORK/counts-source-after.txt" | grep '^[<>]' | tr '\n' ' '))"

log "the resident app on the restored database (schema as restored: no demo callbacks)"
T4=$(date +%s.%N)
app_start resident-app "$APP2_PORT" "$WORK/app-restored.log" --spring.datasource.url="$DST_DB" \
  --spring.datasource.username=postgres --spring.datasource.password= --spring.flyway.locations=classpath:db/migration
wait_up "$APP2_PORT" "$LAST_PID"
APP_SECONDS=$(awk -v a="$T4" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
BASE=http://127.0.0.1:$APP2_PORT
JAR=$WORK/cookies.txt
CSRF=$(curl -s -c "$JAR" "$BASE/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
LOGIN=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -w '%{http_code} %{redirect_url}' --data-urlencode "username=resident@example.jp" \
  --data-urlencode "password=sapporo-demo-2026" --data-urlencode "_csrf=$CSRF" "$BASE/login")
# the scan answers with the proof page, which names its own URL in Content-Location
SCAN=$(curl -s -b "$JAR" -c "$JAR" -o /dev/null -D "$WORK/scan.headers" -w '%{http_code}' \
  "$BASE/s/demo-hokuto-susukino-0000000000000000000001")
PROOF_URL=$BASE$(sed -n 's/^[Cc]ontent-[Ll]ocation: *\([^[:space:]]*\).*/\1/p' "$WORK/scan.headers")
PROOF=$(curl -s -b "$JAR" -o "$WORK/proof.html" -w '%{http_code}' "$PROOF_URL")
log "login: $LOGIN; scan: $SCAN; proof page: $PROOF, proof shown: $(grep -c 'proof-store' "$WORK/proof.html" || true)"

echo "RESULT dump_seconds=$DUMP_SECONDS dump_bytes=$DUMP_BYTES database_bytes=$DB_BYTES restore_seconds=$RESTORE_SECONDS" \
  "tables=$TABLES rows=$ROWS app_start_seconds=$APP_SECONDS login=${LOGIN%% *} scan=${SCAN%% *} proof=$PROOF"
echo "counts: $MATCH"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
[ "$PROOF" = 200 ] && [[ "$MATCH" == all* ]]
