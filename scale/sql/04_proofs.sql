-- Scale data set, step 4: proofs. The retention job deletes proofs together with scans
-- older than 31 days, so in steady state the proof table holds the proofs of the last 31
-- days: one per PROOF_ISSUED scan of a (not deleted) resident, expired 10 minutes after
-- its scan. Token and session hashes are SHA-256 of made-up values (never opened).
\set ON_ERROR_STOP on
begin;
set local session_replication_role = replica;
insert into proof (token_hash, resident_id, store_id, poster_id, scan_id, session_hash, programme_id, basis, scanned_at,
    expires_at)
select sha256(convert_to('scale-proof-' || l.id, 'UTF8')), l.resident_id, l.store_id, l.poster_id, l.id,
       sha256(convert_to('scale-session-' || l.resident_id, 'UTF8')), l.programme_id, 'VACCINATION', l.scanned_at,
       l.scanned_at + interval '10 minutes'
from scan_log l
where l.scanned_at >= now() - interval '31 days' and l.outcome = 'PROOF_ISSUED' and l.resident_id is not null
  and l.resident_id >= (select lo from scale.progress where step = 'residents')
order by l.id;
insert into scale.progress (step, rows) select 'proofs', count(*) from proof;
commit;
