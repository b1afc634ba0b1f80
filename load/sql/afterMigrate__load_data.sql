-- Load benchmark data (only with --spring.flyway.locations=...,filesystem:load/sql):
-- 2,000 verified residents (password sapporo-demo-2026) and 200 approved stores with one poster
-- each, across the 12 municipalities. Idempotent.
do $load$
declare
  staff bigint;
  merchant bigint;
  s bigint;
  r bigint;
  res bigint;
  rec bigint;
  codes varchar[] := array['011002','012033','012106','012173','012246','012319','012343','012351','013030','013048','014231','014249'];
begin
  if exists (select 1 from resident_account where email = 'load-resident-1@example.jp') then
    return;
  end if;
  select id into staff from staff_account where role = 'CITY_STAFF' order by id limit 1;
  insert into merchant_account (email, password_hash, contact_name, email_verified_at)
    values ('load-merchant@example.jp', '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2', 'Load', now())
    returning id into merchant;
  for i in 1..200 loop
    insert into store (merchant_id) values (merchant) returning id into s;
    insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja,
        contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
      values (s, 1, '負荷試験店 ' || i, 'Load test store ' || i, codes[1 + i % 12], '札幌市中央区 ' || i, 'RESTAURANT', '特典',
        '011-000-0000', 'load-store@example.jp', now(), 'APPROVED', now(), now(), staff) returning id into r;
    update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() where id = s;
    insert into poster (store_id, revision_id, serial, token, status)
      values (s, r, 'L-' || lpad(i::text, 6, '0'), 'load-poster-' || lpad(i::text, 6, '0'), 'ACTIVE');
  end loop;
  for i in 1..2000 loop
    insert into resident_account (identity_kind, email, password_hash, full_name, birth_date, municipality_code, visitor,
        terms_accepted_at, privacy_accepted_at, email_verified_at)
      values ('EMAIL', 'load-resident-' || i || '@example.jp', '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2',
        '負荷 太郎' || i, date '1980-01-01' + (i % 9000), codes[1 + i % 12], false, now(), now(), now()) returning id into res;
    insert into vaccination_record (resident_id, status, certificate_kind, reviewed_at, reviewed_by)
      values (res, 'VERIFIED', 'MUNICIPAL_CERTIFICATE', now(), staff) returning id into rec;
    insert into vaccination_dose (record_id, dose_number, dose_date, product) values
      (rec, 1, current_date - 81, 'COMIRNATY'), (rec, 2, current_date - 60, 'COMIRNATY');
  end loop;
end
$load$;
