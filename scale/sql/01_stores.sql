-- Scale data set, step 1: merchants and approved stores, each with its published revision,
-- an approval event and one active poster. Variables: :merchants, :stores.
-- Ids are identity values taken in one statement, so they are contiguous; the range is kept
-- in scale.progress for the later steps (and checked here).
\set ON_ERROR_STOP on
begin;
select setseed(0.1701);
-- the rows reference each other by construction; FK triggers are skipped for the bulk load
set local session_replication_role = replica;

create temporary table m_ids on commit drop as
with m as (
  insert into merchant_account (email, password_hash, contact_name, company_name, phone, preferred_locale,
      email_verified_at, created_at)
  select 'scale-m' || n || '@example.jp', '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2',
         '担当者 ' || n, '株式会社スケール' || n, '011-' || lpad((n % 1000)::text, 3, '0') || '-' || lpad((n % 10000)::text, 4, '0'),
         case when n % 10 = 0 then 'en' else 'ja' end, now() - interval '400 days', now() - interval '400 days'
  from generate_series(1, :merchants) n
  returning id)
select min(id) lo, max(id) hi, count(*) n from m;

create temporary table s_ids on commit drop as
with s as (
  insert into store (merchant_id, status, created_at, updated_at)
  -- chains: a few merchants own many stores (merchant index skewed towards the first ones)
  select (select lo from m_ids) + floor((select n from m_ids) * power(random(), 2))::bigint, 'DRAFT',
         now() - interval '400 days', now() - interval '390 days'
  from generate_series(1, :stores) n
  returning id)
select min(id) lo, max(id) hi, count(*) n from s;

do $$ begin
  if (select hi - lo + 1 <> n from s_ids) or (select hi - lo + 1 <> n from m_ids) then
    raise exception 'identity values are not contiguous';
  end if;
end $$;

insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja,
    perk_en, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, created_at)
select s.id, 1, 'スケール店舗 ' || (s.id - i.lo + 1), 'Scale store ' || (s.id - i.lo + 1), mu.code,
       '北海道 ' || (s.id - i.lo + 1) || '番地',
       (array['RESTAURANT','BAR','CAFE','RETAIL','HOTEL','LEISURE','BEAUTY','FITNESS','TRANSPORT','OTHER'])[1 + floor(power(random(), 1.5) * 10)::int],
       'ソフトドリンク1杯サービス', 'One free soft drink', '011-000-0000', 'store@example.jp',
       now() - interval '400 days', 'APPROVED', now() - interval '399 days', now() - interval '395 days',
       (select id from staff_account where role = 'CITY_STAFF' order by id limit 1), now() - interval '400 days'
from store s cross join s_ids i
cross join lateral (select scale.municipality(random() + 0 * s.id) as code) mu
where s.id between i.lo and i.hi;

update store s set status = 'APPROVED', current_revision_id = r.id, published_revision_id = r.id,
       first_approved_at = r.decided_at
from store_revision r, s_ids i
where r.store_id = s.id and s.id between i.lo and i.hi;

insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
select r.store_id, r.id, 'SUBMITTED', 'APPROVED', 'STAFF', r.decided_by, r.decided_at
from store_revision r, s_ids i where r.store_id between i.lo and i.hi;

create temporary table p_ids on commit drop as
with p as (
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
  select s.id, s.published_revision_id, 'S-' || lpad((s.id - i.lo + 1)::text, 8, '0'),
         'scale-poster-' || lpad((s.id - i.lo + 1)::text, 30, '0'), 'ACTIVE', now() - interval '395 days'
  from store s, s_ids i where s.id between i.lo and i.hi order by s.id
  returning id, store_id)
select min(id) lo, max(id) hi, count(*) n, min(id - store_id) as shift, min(id - store_id) = max(id - store_id) aligned from p;

do $$ begin
  if not (select aligned from p_ids) then raise exception 'poster ids not aligned with store ids'; end if;
end $$;

insert into scale.progress (step, lo, hi, rows) select 'merchants', lo, hi, n from m_ids;
insert into scale.progress (step, lo, hi, rows) select 'stores', lo, hi, n from s_ids;
insert into scale.progress (step, lo, hi, rows) select 'posters', lo, hi, n from p_ids;
commit;
