-- Scale data set, step 5: the scan_log indexes of V1, dropped for the bulk load
-- (generate.sh drops them before the first month), built once over all partitions, then
-- fresh statistics and a vacuum so that the visibility map is set as in a settled database.
\set ON_ERROR_STOP on
set maintenance_work_mem = '1GB';
create index if not exists scan_log_store_time_ix on scan_log (store_id, scanned_at);
create index if not exists scan_log_resident_time_ix on scan_log (resident_id, scanned_at);
vacuum (analyze) scan_log;
vacuum (analyze) proof, resident_account, vaccination_record, vaccination_dose, vaccination_record_event,
  store, store_revision, store_event, poster, merchant_account;
insert into scale.progress (step) values ('indexes') on conflict (step) do nothing;
