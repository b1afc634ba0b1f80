-- Scale data set, step 3 (once per month): :count scans in the Japan month starting :month,
-- between :span_from and :span_to (the month, or up to now for the current one), in time
-- order (ids rise with time, as in production), each between 07:00 and 24:00 Japan time.
-- A scan is by a random generated resident (0.5% anonymous: deleted accounts) at a store
-- chosen with a skew (store k of S with probability ~ power law: a few busy stores, a long
-- tail), with the store's poster. Outcomes: 90% PROOF_ISSUED, 5% NOT_ELIGIBLE,
-- 3% RECORD_NOT_VERIFIED, 2% NOT_IN_FORCE. One transaction per month: a rerun redoes only
-- months not recorded in scale.progress.
\set ON_ERROR_STOP on
begin;
select setseed(0.3 + extract(month from date :'month') / 100.0);
set local session_replication_role = replica;
select ensure_scan_log_partition(date :'month');

with ids as (
  select (select lo from scale.progress where step = 'residents') r_lo,
         (select rows from scale.progress where step = 'residents') r_n,
         (select lo from scale.progress where step = 'stores') s_lo,
         (select rows from scale.progress where step = 'stores') s_n,
         (select lo from scale.progress where step = 'posters') p_lo),
span as (
  select timestamptz :'span_from' as t0, timestamptz :'span_to' - timestamptz :'span_from' as len),
g as (
  -- uniform position in the span, then squeezed into 07:00-24:00 of its Japan day
  select span.t0 + ((i + random()) / :count) * span.len as t
  from span, generate_series(0, :count - 1) i),
t as (
  select least(date_trunc('day', g.t, 'Asia/Tokyo') + interval '7 hours'
               + (g.t - date_trunc('day', g.t, 'Asia/Tokyo')) * (17.0 / 24.0),
               timestamptz :'span_to' - interval '1 second') as scanned_at,
         floor(ids.s_n * power(random(), 1.5))::bigint as k, random() as u, random() as anon,
         ids.r_lo + floor(random() * ids.r_n)::bigint as resident, ids.s_lo, ids.p_lo
  from g, ids)
insert into scan_log (scanned_at, resident_id, store_id, poster_id, programme_id, outcome)
select scanned_at, case when anon < 0.005 then null else resident end, s_lo + k, p_lo + k, 'sapporo-passcode-2021',
       case when u < 0.90 then 'PROOF_ISSUED' when u < 0.95 then 'NOT_ELIGIBLE' when u < 0.98 then 'RECORD_NOT_VERIFIED'
            else 'NOT_IN_FORCE' end
from t;

insert into scale.progress (step, rows) values ('scans-' || to_char(date :'month', 'YYYYMM'), :count);
commit;
