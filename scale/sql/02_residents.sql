-- Scale data set, step 2: residents of the 12 municipalities (by population) and visitors
-- from abroad (passport), all with the demo password (sapporo-demo-2026, one bcrypt hash),
-- and their vaccination records and doses. Variable: :residents.
-- Mix (per resident): 1.5% visitors; record VERIFIED 85%, PENDING_REVIEW 4%, REJECTED 2%,
-- none 9%; 2 doses, 60% of them a third; 1% of verified residents had dose 2 in the last
-- 14 days (not yet eligible). No photos (documents): the pages work without them.
\set ON_ERROR_STOP on
begin;
select setseed(0.2602);
set local session_replication_role = replica;

create temporary table r_ids on commit drop as
with g as (
  select n, random() < 0.015 as visitor, random() as u, random() as m, random() as created
  from generate_series(1, :residents) n),
r as (
  insert into resident_account (identity_kind, email, passport_country, passport_number, password_hash, full_name,
      name_kana, birth_date, municipality_code, visitor, preferred_locale, terms_accepted_at, privacy_accepted_at,
      email_verified_at, created_at)
  select case when visitor then 'PASSPORT' else 'EMAIL' end,
         case when visitor and n % 3 = 0 then null else 'scale-r' || n || '@example.jp' end,
         case when visitor then (array['CHN','KOR','TWN','USA','AUS','GBR','THA','HKG'])[1 + n % 8] end,
         case when visitor then 'SP' || lpad(n::text, 9, '0') end,
         '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2',
         case when visitor then 'SCALE VISITOR ' || n else '札幌 太郎' || n end,
         case when visitor then null else 'サッポロ タロウ' end,
         date '1940-01-01' + floor(u * 25000)::int,
         case when visitor then null else scale.municipality(m) end,
         visitor,
         case when visitor then (array['en','zh'])[1 + n % 2] when n % 25 = 0 then 'en' when n % 40 = 0 then 'zh' else 'ja' end,
         now() - created * interval '540 days', now() - created * interval '540 days',
         case when visitor and n % 3 = 0 then null else now() - created * interval '540 days' end,
         now() - created * interval '540 days'
  from g order by n
  returning id, visitor, created_at)
select min(id) lo, max(id) hi, count(*) n from r;

do $$ begin
  if (select hi - lo + 1 <> n from r_ids) then raise exception 'identity values are not contiguous'; end if;
end $$;

create temporary table rec_ids on commit drop as
with g as (
  select a.id, a.visitor, a.created_at, random() as u
  from resident_account a, r_ids i where a.id between i.lo and i.hi),
rec as (
  insert into vaccination_record (resident_id, status, certificate_kind, submitted_at, reviewed_at, reviewed_by,
      rejection_reason)
  select id, case when u < 0.85 / 0.91 then 'VERIFIED' when u < 0.89 / 0.91 then 'PENDING_REVIEW' else 'REJECTED' end,
         case when visitor then 'NATIONAL_CERTIFICATE' when id % 50 = 0 then 'HEALTH_WORKER_RECORD' else 'MUNICIPAL_CERTIFICATE' end,
         created_at + interval '1 hour',
         case when u < 0.85 / 0.91 or u >= 0.89 / 0.91 then created_at + interval '2 days' end,
         case when u < 0.85 / 0.91 or u >= 0.89 / 0.91 then (select id from staff_account where role = 'CITY_STAFF' order by id limit 1) end,
         case when u >= 0.89 / 0.91 then '接種済証の写真が不鮮明です。もう一度撮影してください。' end
  from g where random() < 0.91 order by id
  returning id)
select min(id) lo, max(id) hi, count(*) n from rec;

insert into vaccination_dose (record_id, dose_number, dose_date, product, lot)
select rec.id, d.dose_number, d.dose_date, x.product, 'L' || (rec.id % 100000)
from vaccination_record rec cross join rec_ids i
-- (the outer reference makes the random values per record, not once)
cross join lateral (select random() + 0 * rec.id as u, random() as v,
    (array['COMIRNATY','COMIRNATY','COMIRNATY','SPIKEVAX','SPIKEVAX','NUVAXOVID'])[1 + floor(random() * 6)::int] as product) x
cross join lateral (
  select 1 as dose_number, case when rec.id % 100 = 0 and rec.status = 'VERIFIED' then current_date - 30 else date '2021-04-01' + floor(x.u * 700)::int end as dose_date
  union all
  select 2, case when rec.id % 100 = 0 and rec.status = 'VERIFIED' then current_date - 7 else date '2021-04-01' + floor(x.u * 700)::int + 21 + floor(x.v * 14)::int end
  union all
  select 3, date '2021-04-01' + floor(x.u * 700)::int + 200 + floor(x.v * 200)::int where x.v < 0.6 and rec.id % 100 <> 0) d
where rec.id between i.lo and i.hi;

insert into vaccination_record_event (record_id, to_status, actor_kind, actor_id, occurred_at)
select rec.id, 'PENDING_REVIEW', 'RESIDENT', rec.resident_id, rec.submitted_at
from vaccination_record rec, rec_ids i where rec.id between i.lo and i.hi;

insert into scale.progress (step, lo, hi, rows) select 'residents', lo, hi, n from r_ids;
insert into scale.progress (step, lo, hi, rows) select 'records', lo, hi, n from rec_ids;
commit;
