-- Verifier console demo data (profile "demo"), idempotent, after the platform's demo data:
-- an API key for the Shinshu agency whose plain value is documented in docs/api.md,
--   vpk_demo0001_sapporo-demo-api-key-do-not-use-in-production
-- and recent scans at Susukino Ramen Hokuto for the cluster investigation demo.
insert into api_key (agency_id, label, key_prefix, key_hash, created_by)
select a.id, 'デモ予約システム', 'vpk_demo0001',
       sha256(convert_to('vpk_demo0001_sapporo-demo-api-key-do-not-use-in-production', 'UTF8')), s.id
from travel_agency a, staff_account s
where a.registration_number = '観光庁長官登録旅行業第9999号' and s.username = 'lead@city.sapporo.example.jp'
  and not exists (select 1 from api_key where key_prefix = 'vpk_demo0001');

-- three residents scanned the Susukino poster in the last day (refreshed at every start)
insert into scan_log (scanned_at, resident_id, store_id, poster_id, programme_id, outcome)
select now() - x.ago, r.id, p.store_id, p.id, 'sapporo-passcode-2021', x.outcome
from (values ('resident@example.jp', interval '3 hours', 'PROOF_ISSUED'),
             ('waiting@example.jp', interval '2 hours 30 minutes', 'NOT_ELIGIBLE'),
             ('visitor@example.com', interval '20 hours', 'PROOF_ISSUED')) as x(email, ago, outcome)
join resident_account r on r.email = x.email
join poster p on p.token = 'demo-hokuto-susukino-0000000000000000000001'
where not exists (select 1 from scan_log l where l.resident_id = r.id and l.poster_id = p.id
                  and l.scanned_at > now() - interval '1 day');
