-- Demo (merchant portal): more approved stores of merchant3@example.jp across the 12
-- municipalities, so the public directory shows paging and every filter finds something.
-- Idempotent: does nothing when the first of these stores exists.
do $$
declare
  m3 bigint;
  staff_id bigint;
  s bigint;
  r bigint;
begin
  if exists (select 1 from store_revision where name_ja = '札幌 時計台そば') then
    return;
  end if;
  select id into m3 from merchant_account where email = 'merchant3@example.jp';
  select id into staff_id from staff_account where username = 'staff@city.sapporo.example.jp';
  if m3 is null or staff_id is null then
    return;
  end if;
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
    values (s, 1, '札幌 時計台そば', 'Sapporo Clock Tower Soba', '011002', '札幌市中央区北1条西2丁目', 'RESTAURANT', '天かす 食べ放題', 'Free tempura flakes',
      'ワクチン・パスの提示でご利用いただけます。', '0123-00-1001', 'more1@example.jp',
      now() - interval '13 days', 'APPROVED', now() - interval '12 days', now() - interval '11 days', staff_id) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '11 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '13 days'),
           (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '12 days'),
           (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, now() - interval '11 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
    values (s, r, 'P-' || lpad(s::text, 6, '0') || '-01', 'demo-more-01-000000000000000000000000000000', 'ACTIVE', now() - interval '11 days');
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
    values (s, 1, '円山 珈琲舎', 'Maruyama Coffee House', '011002', '札幌市中央区南1条西24丁目', 'CAFE', 'ドリップコーヒー 50円引き', '50 yen off drip coffee',
      'ワクチン・パスの提示でご利用いただけます。', '0123-00-1002', 'more2@example.jp',
      now() - interval '14 days', 'APPROVED', now() - interval '13 days', now() - interval '12 days', staff_id) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '12 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '14 days'),
           (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '13 days'),
           (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, now() - interval '12 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
    values (s, r, 'P-' || lpad(s::text, 6, '0') || '-01', 'demo-more-02-000000000000000000000000000000', 'ACTIVE', now() - interval '12 days');
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
    values (s, 1, '大通 古書店', 'Odori Old Books', '011002', '札幌市中央区大通西5丁目', 'RETAIL', '全品 5%引き', '5% off everything',
      'ワクチン・パスの提示でご利用いただけます。', '0123-00-1003', 'more3@example.jp',
      now() - interval '15 days', 'APPROVED', now() - interval '14 days', now() - interval '13 days', staff_id) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '13 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '15 days'),
           (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '14 days'),
           (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, now() - interval '13 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
    values (s, r, 'P-' || lpad(s::text, 6, '0') || '-01', 'demo-more-03-000000000000000000000000000000', 'ACTIVE', now() - interval '13 days');
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
    values (s, 1, '小樽 運河ホテル', 'Otaru Canal Hotel', '012033', '小樽市色内1丁目', 'HOTEL', 'チェックアウト 1時間延長', 'One hour later check-out',
      'ワクチン・パスの提示でご利用いただけます。', '0123-00-1004', 'more4@example.jp',
      now() - interval '16 days', 'APPROVED', now() - interval '15 days', now() - interval '14 days', staff_id) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '14 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '16 days'),
           (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '15 days'),
           (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, now() - interval '14 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
    values (s, r, 'P-' || lpad(s::text, 6, '0') || '-01', 'demo-more-04-000000000000000000000000000000', 'ACTIVE', now() - interval '14 days');
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
    values (s, 1, '小樽 硝子工房', 'Otaru Glass Studio', '012033', '小樽市堺町6番', 'LEISURE', '体験料 10%引き', '10% off workshops',
      'ワクチン・パスの提示でご利用いただけます。', '0123-00-1005', 'more5@example.jp',
      now() - interval '17 days', 'APPROVED', now() - interval '16 days', now() - interval '15 days', staff_id) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '15 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '17 days'),
           (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '16 days'),
           (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, now() - interval '15 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
    values (s, r, 'P-' || lpad(s::text, 6, '0') || '-01', 'demo-more-05-000000000000000000000000000000', 'ACTIVE', now() - interval '15 days');
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
    values (s, 1, '岩見沢 駅前理容', 'Iwamizawa Barber', '012106', '岩見沢市有明町南1番', 'BEAUTY', 'シャンプー 無料', 'Free shampoo',
      'ワクチン・パスの提示でご利用いただけます。', '0123-00-1006', 'more6@example.jp',
      now() - interval '18 days', 'APPROVED', now() - interval '17 days', now() - interval '16 days', staff_id) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '16 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '18 days'),
           (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '17 days'),
           (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, now() - interval '16 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
    values (s, r, 'P-' || lpad(s::text, 6, '0') || '-01', 'demo-more-06-000000000000000000000000000000', 'ACTIVE', now() - interval '16 days');
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
    values (s, 1, '江別 れんがパン', 'Ebetsu Brick Bakery', '012173', '江別市野幌町10番', 'CAFE', 'パン 1個おまけ', 'One extra bread roll',
      'ワクチン・パスの提示でご利用いただけます。', '0123-00-1007', 'more7@example.jp',
      now() - interval '19 days', 'APPROVED', now() - interval '18 days', now() - interval '17 days', staff_id) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '17 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '19 days'),
           (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '18 days'),
           (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, now() - interval '17 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
    values (s, r, 'P-' || lpad(s::text, 6, '0') || '-01', 'demo-more-07-000000000000000000000000000000', 'ACTIVE', now() - interval '17 days');
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
    values (s, 1, '千歳 空港タクシー', 'Chitose Airport Taxi', '012246', '千歳市美々', 'TRANSPORT', '運賃 5%引き', '5% off fares',
      'ワクチン・パスの提示でご利用いただけます。', '0123-00-1008', 'more8@example.jp',
      now() - interval '20 days', 'APPROVED', now() - interval '19 days', now() - interval '18 days', staff_id) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '18 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '20 days'),
           (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '19 days'),
           (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, now() - interval '18 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
    values (s, r, 'P-' || lpad(s::text, 6, '0') || '-01', 'demo-more-08-000000000000000000000000000000', 'ACTIVE', now() - interval '18 days');
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
    values (s, 1, '恵庭 花の湯', 'Eniwa Flower Bath', '012319', '恵庭市恵み野西1丁目', 'LEISURE', '入浴料 100円引き', '100 yen off admission',
      'ワクチン・パスの提示でご利用いただけます。', '0123-00-1009', 'more9@example.jp',
      now() - interval '21 days', 'APPROVED', now() - interval '20 days', now() - interval '19 days', staff_id) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '19 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '21 days'),
           (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '20 days'),
           (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, now() - interval '19 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
    values (s, r, 'P-' || lpad(s::text, 6, '0') || '-01', 'demo-more-09-000000000000000000000000000000', 'ACTIVE', now() - interval '19 days');
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
    values (s, 1, '北広島 ジム', 'Kitahiroshima Gym', '012343', '北広島市中央1丁目', 'FITNESS', '1日体験 無料', 'Free one-day trial',
      'ワクチン・パスの提示でご利用いただけます。', '0123-00-1010', 'more10@example.jp',
      now() - interval '22 days', 'APPROVED', now() - interval '21 days', now() - interval '20 days', staff_id) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '20 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '22 days'),
           (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '21 days'),
           (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, now() - interval '20 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
    values (s, r, 'P-' || lpad(s::text, 6, '0') || '-01', 'demo-more-10-000000000000000000000000000000', 'ACTIVE', now() - interval '20 days');
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
    values (s, 1, '石狩 浜の食堂', 'Ishikari Beach Diner', '012351', '石狩市弁天町', 'RESTAURANT', '小鉢 1品サービス', 'A free side dish',
      'ワクチン・パスの提示でご利用いただけます。', '0123-00-1011', 'more11@example.jp',
      now() - interval '23 days', 'APPROVED', now() - interval '22 days', now() - interval '21 days', staff_id) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '21 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '23 days'),
           (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '22 days'),
           (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, now() - interval '21 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
    values (s, r, 'P-' || lpad(s::text, 6, '0') || '-01', 'demo-more-11-000000000000000000000000000000', 'ACTIVE', now() - interval '21 days');
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
    values (s, 1, '当別 ガーデンカフェ', 'Tobetsu Garden Cafe', '013030', '当別町末広', 'CAFE', 'ハーブティー 無料', 'Free herb tea',
      'ワクチン・パスの提示でご利用いただけます。', '0123-00-1012', 'more12@example.jp',
      now() - interval '24 days', 'APPROVED', now() - interval '23 days', now() - interval '22 days', staff_id) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '22 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '24 days'),
           (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '23 days'),
           (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, now() - interval '22 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
    values (s, r, 'P-' || lpad(s::text, 6, '0') || '-01', 'demo-more-12-000000000000000000000000000000', 'ACTIVE', now() - interval '22 days');
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
    values (s, 1, '南幌 温泉宿', 'Nanporo Onsen Inn', '014231', '南幌町南15線西9', 'HOTEL', '夕食 ドリンク1杯無料', 'A free drink with dinner',
      'ワクチン・パスの提示でご利用いただけます。', '0123-00-1013', 'more13@example.jp',
      now() - interval '25 days', 'APPROVED', now() - interval '24 days', now() - interval '23 days', staff_id) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '23 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '25 days'),
           (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '24 days'),
           (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, now() - interval '23 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
    values (s, r, 'P-' || lpad(s::text, 6, '0') || '-01', 'demo-more-13-000000000000000000000000000000', 'ACTIVE', now() - interval '23 days');
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by)
    values (s, 1, '長沼 農家レストラン', 'Naganuma Farm Restaurant', '014249', '長沼町東4線北', 'RESTAURANT', 'デザート サービス', 'A free dessert',
      'ワクチン・パスの提示でご利用いただけます。', '0123-00-1014', 'more14@example.jp',
      now() - interval '26 days', 'APPROVED', now() - interval '25 days', now() - interval '24 days', staff_id) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '24 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '26 days'),
           (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '25 days'),
           (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, now() - interval '24 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at)
    values (s, r, 'P-' || lpad(s::text, 6, '0') || '-01', 'demo-more-14-000000000000000000000000000000', 'ACTIVE', now() - interval '24 days');
end;
$$;
