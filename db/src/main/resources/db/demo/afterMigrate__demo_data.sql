-- Demo data for the whole platform (profile "demo"): every review state, residents in every
-- state, an agency with its agents and city staff. Dates are relative to today (Japan time) and
-- refreshed at every start. Every account's password: sapporo-demo-2026
do $demo$
declare
  m1 bigint;
  m2 bigint;
  m3 bigint;
  s bigint;
  r bigint;
  staff_id bigint;
  agency_id bigint;
  res bigint;
  rec bigint;
begin
  if exists (select 1 from merchant_account where email = 'merchant1@example.jp') then
    return;
  end if;

  insert into travel_agency (name, registration_number, contact_email)
    values ('信州トラベルサービス株式会社', '観光庁長官登録旅行業第9999号', 'desk@shinshu-travel.example.jp') returning id into agency_id;
  insert into staff_account (username, password_hash, display_name, role, agency_id)
    values ('agent@shinshu-travel.example.jp', '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2', '旅行 花子', 'TRAVEL_AGENT', agency_id);
  insert into travel_agency (name, registration_number, contact_email)
    values ('北海道ツアーズ株式会社', '北海道知事登録旅行業第2-999号', 'desk@hokkaido-tours.example.jp') returning id into agency_id;
  insert into staff_account (username, password_hash, display_name, role, agency_id)
    values ('agent@hokkaido-tours.example.jp', '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2', '北海 次郎', 'TRAVEL_AGENT', agency_id);
  insert into staff_account (username, password_hash, display_name, role)
    values ('staff@city.sapporo.example.jp', '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2', '札幌 市子', 'CITY_STAFF') returning id into staff_id;
  insert into staff_account (username, password_hash, display_name, role)
    values ('lead@city.sapporo.example.jp', '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2', '札幌 主任', 'CITY_STAFF_LEAD');

  insert into merchant_account (email, password_hash, contact_name, company_name, phone, email_verified_at)
    values ('merchant1@example.jp', '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2', '北斗 太郎', '株式会社ラーメン北斗', '011-000-0001', now()) returning id into m1;
  insert into merchant_account (email, password_hash, contact_name, company_name, phone, email_verified_at)
    values ('merchant2@example.jp', '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2', '石狩 さくら', '札幌圏商店会(デモ)', '011-000-0002', now()) returning id into m2;
  insert into merchant_account (email, password_hash, contact_name, company_name, phone, email_verified_at)
    values ('merchant3@example.jp', '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2', '長沼 健', '道央レジャー合同会社', '0123-00-0003', now()) returning id into m3;

  insert into store (merchant_id) values (m1) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, decision_reason)
    values (s, 1, 'すすきのラーメン横丁 北斗', 'Susukino Ramen Hokuto', '011002', '札幌市中央区南5条西3丁目', 'RESTAURANT', '味付け玉子 1個サービス', 'A free seasoned egg', '赠送卤蛋一个',
      'ワクチン・パスの提示でご利用いただけます。他の割引との併用はできません。', '011-000-0001', 'store1@example.jp',
      now() - interval '21 days', 'APPROVED', now() - interval '20 days', now() - interval '15 days', staff_id, null) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '15 days', withdrawn_at = null where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m1, now() - interval '21 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m1, now() - interval '20 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, reason, occurred_at)
    values (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, null, now() - interval '15 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at, ended_at)
    values (s, r, 'P-000001-01', 'demo-hokuto-susukino-0000000000000000000001', 'ACTIVE', now() - interval '15 days', null);
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at)
    values (s, 2, 'すすきのラーメン横丁 北斗', 'Susukino Ramen Hokuto', '011002', '札幌市中央区南5条西3丁目', 'RESTAURANT', '味付け玉子とのり増し 無料', 'A free seasoned egg and extra nori', '免费卤蛋和加海苔',
      'ワクチン・パスの提示でご利用いただけます。', '011-000-0001', 'store1@example.jp', now() - interval '2 days', 'SUBMITTED', now() - interval '2 days')
    returning id into r;
  update store set current_revision_id = r where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, reason, occurred_at)
    values (s, r, 'APPROVED', 'SUBMITTED', 'MERCHANT', m1, '特典の変更', now() - interval '2 days');
  insert into store (merchant_id) values (m1) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, decision_reason)
    values (s, 1, 'ラーメン北斗 小樽運河店', 'Ramen Hokuto Otaru Canal', '012033', '小樽市港町5-4', 'RESTAURANT', '替え玉 1回無料', 'One free noodle refill', '免费加面一次',
      'ワクチン・パスの提示でご利用いただけます。他の割引との併用はできません。', '011-000-0002', 'store2@example.jp',
      now() - interval '21 days', 'APPROVED', now() - interval '20 days', now() - interval '15 days', staff_id, null) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '15 days', withdrawn_at = null where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m1, now() - interval '21 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m1, now() - interval '20 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, reason, occurred_at)
    values (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, null, now() - interval '15 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at, ended_at)
    values (s, r, 'P-000002-01', 'demo-hokuto-otaru-0000000000000000000000002', 'ACTIVE', now() - interval '15 days', null);
  insert into store (merchant_id) values (m1) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, decision_reason)
    values (s, 1, 'ラーメン北斗 千歳空港通り店', 'Ramen Hokuto Chitose', '012246', '千歳市北栄2丁目1-1', 'RESTAURANT', 'ドリンク 1杯無料', 'One free drink', '免费饮料一杯',
      'ワクチン・パスの提示でご利用いただけます。他の割引との併用はできません。', '011-000-0003', 'store3@example.jp',
      now() - interval '21 days', 'APPROVED', now() - interval '20 days', now() - interval '15 days', staff_id, null) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '15 days', withdrawn_at = null where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m1, now() - interval '21 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m1, now() - interval '20 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, reason, occurred_at)
    values (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, null, now() - interval '15 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at, ended_at)
    values (s, r, 'P-000003-01', 'demo-hokuto-chitose-00000000000000000000003', 'ACTIVE', now() - interval '15 days', null);
  insert into store (merchant_id) values (m1) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, decision_reason)
    values (s, 1, 'ラーメン北斗 恵庭店', null, '012319', '恵庭市相生町1-1', 'RESTAURANT', 'ライス大盛り無料', 'Free large rice', null,
      'ワクチン・パスの提示でご利用いただけます。他の割引との併用はできません。', '011-000-0004', 'store4@example.jp',
      now() - interval '21 days', 'SUBMITTED', now() - interval '20 days', null, null, null) returning id into r;
  update store set current_revision_id = r, published_revision_id = null, status = 'SUBMITTED', first_approved_at = null, withdrawn_at = null where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m1, now() - interval '21 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m1, now() - interval '20 days');
  insert into store (merchant_id) values (m1) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, decision_reason)
    values (s, 1, 'ラーメン北斗 石狩店', null, '012351', '石狩市花川北3条1丁目', 'RESTAURANT', '餃子 半額', 'Gyoza half price', null,
      'ワクチン・パスの提示でご利用いただけます。他の割引との併用はできません。', '011-000-0005', 'store5@example.jp',
      now() - interval '21 days', 'DRAFT', null, null, null, null) returning id into r;
  update store set current_revision_id = r, published_revision_id = null, status = 'DRAFT', first_approved_at = null, withdrawn_at = null where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m1, now() - interval '21 days');
  insert into store (merchant_id) values (m2) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, decision_reason)
    values (s, 1, '喫茶 ポプラ', 'Cafe Poplar', '011002', '札幌市北区北8条西5丁目', 'CAFE', 'ケーキセット 100円引き', '100 yen off a cake set', '蛋糕套餐减100日元',
      'ワクチン・パスの提示でご利用いただけます。他の割引との併用はできません。', '011-000-0006', 'store6@example.jp',
      now() - interval '21 days', 'APPROVED', now() - interval '20 days', now() - interval '15 days', staff_id, null) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '15 days', withdrawn_at = null where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m2, now() - interval '21 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m2, now() - interval '20 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, reason, occurred_at)
    values (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, null, now() - interval '15 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at, ended_at)
    values (s, r, 'P-000006-01', 'demo-cafe-poplar-sapporo-000000000000000004', 'ACTIVE', now() - interval '15 days', null);
  insert into store (merchant_id) values (m2) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, decision_reason)
    values (s, 1, '岩見沢 ゆめ温泉', 'Iwamizawa Yume Onsen', '012106', '岩見沢市4条西1丁目', 'LEISURE', '入浴料 10%割引', '10% off admission', '入浴费九折',
      'ワクチン・パスの提示でご利用いただけます。他の割引との併用はできません。', '011-000-0007', 'store7@example.jp',
      now() - interval '21 days', 'APPROVED', now() - interval '20 days', now() - interval '15 days', staff_id, null) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '15 days', withdrawn_at = null where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m2, now() - interval '21 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m2, now() - interval '20 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, reason, occurred_at)
    values (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, null, now() - interval '15 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at, ended_at)
    values (s, r, 'P-000007-01', 'demo-yume-onsen-iwamizawa-00000000000000005', 'ACTIVE', now() - interval '15 days', null);
  insert into store (merchant_id) values (m2) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, decision_reason)
    values (s, 1, 'えべつ れんが書店', 'Ebetsu Renga Books', '012173', '江別市大麻東町1-1', 'RETAIL', 'ブックカバー プレゼント', 'A free book cover', '赠送书皮',
      'ワクチン・パスの提示でご利用いただけます。他の割引との併用はできません。', '011-000-0008', 'store8@example.jp',
      now() - interval '21 days', 'APPROVED', now() - interval '20 days', now() - interval '15 days', staff_id, null) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '15 days', withdrawn_at = null where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m2, now() - interval '21 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m2, now() - interval '20 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, reason, occurred_at)
    values (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, null, now() - interval '15 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at, ended_at)
    values (s, r, 'P-000008-01', 'demo-renga-books-ebetsu-0000000000000000006', 'ACTIVE', now() - interval '15 days', null);
  insert into store (merchant_id) values (m2) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, decision_reason)
    values (s, 1, '北広島 ボールパーク食堂', 'Kitahiroshima Ballpark Diner', '012343', '北広島市Fビレッジ1番地', 'RESTAURANT', 'ソフトドリンク無料', 'A free soft drink', '免费软饮',
      'ワクチン・パスの提示でご利用いただけます。他の割引との併用はできません。', '011-000-0009', 'store9@example.jp',
      now() - interval '21 days', 'APPROVED', now() - interval '20 days', now() - interval '15 days', staff_id, null) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '15 days', withdrawn_at = null where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m2, now() - interval '21 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m2, now() - interval '20 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, reason, occurred_at)
    values (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, null, now() - interval '15 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at, ended_at)
    values (s, r, 'P-000009-01', 'demo-ballpark-diner-kitahiroshima-000000007', 'ACTIVE', now() - interval '15 days', null);
  insert into store (merchant_id) values (m2) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, decision_reason)
    values (s, 1, '当別 ふれあい農園カフェ', 'Tobetsu Farm Cafe', '013030', '当別町弥生52', 'CAFE', '季節のジェラート 50円引き', '50 yen off seasonal gelato', null,
      'ワクチン・パスの提示でご利用いただけます。他の割引との併用はできません。', '011-000-0010', 'store10@example.jp',
      now() - interval '21 days', 'APPROVED', now() - interval '20 days', now() - interval '15 days', staff_id, null) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '15 days', withdrawn_at = null where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m2, now() - interval '21 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m2, now() - interval '20 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, reason, occurred_at)
    values (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, null, now() - interval '15 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at, ended_at)
    values (s, r, 'P-000010-01', 'demo-farm-cafe-tobetsu-00000000000000000008', 'ACTIVE', now() - interval '15 days', null);
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, decision_reason)
    values (s, 1, '新篠津 たっぷの湯', 'Shinshinotsu Tappu no Yu', '013048', '新篠津村第45線北1番地', 'LEISURE', 'タオル 1枚プレゼント', 'A free towel', '赠送毛巾一条',
      'ワクチン・パスの提示でご利用いただけます。他の割引との併用はできません。', '011-000-0011', 'store11@example.jp',
      now() - interval '21 days', 'APPROVED', now() - interval '20 days', now() - interval '15 days', staff_id, null) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '15 days', withdrawn_at = null where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '21 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '20 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, reason, occurred_at)
    values (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, null, now() - interval '15 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at, ended_at)
    values (s, r, 'P-000011-01', 'demo-tappu-no-yu-shinshinotsu-0000000000009', 'ACTIVE', now() - interval '15 days', null);
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, decision_reason)
    values (s, 1, '南幌 キャンプ用品店', 'Nanporo Camp Supply', '014231', '南幌町元町2丁目', 'RETAIL', 'お買い上げ 5%割引', '5% off your purchase', '购物九五折',
      'ワクチン・パスの提示でご利用いただけます。他の割引との併用はできません。', '011-000-0012', 'store12@example.jp',
      now() - interval '21 days', 'APPROVED', now() - interval '20 days', now() - interval '15 days', staff_id, null) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'APPROVED', first_approved_at = now() - interval '15 days', withdrawn_at = null where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '21 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '20 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, reason, occurred_at)
    values (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, null, now() - interval '15 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at, ended_at)
    values (s, r, 'P-000012-01', 'demo-camp-supply-nanporo-000000000000000010', 'ACTIVE', now() - interval '15 days', null);
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, decision_reason)
    values (s, 1, '長沼 ジンギスカン亭', 'Naganuma Jingisukan-tei', '014249', '長沼町東1線北1番地', 'RESTAURANT', 'ラム肉 1皿サービス', 'One free plate of lamb', '赠送羊肉一盘',
      'ワクチン・パスの提示でご利用いただけます。他の割引との併用はできません。', '011-000-0013', 'store13@example.jp',
      now() - interval '21 days', 'REJECTED', now() - interval '20 days', now() - interval '15 days', staff_id, '住所の番地が確認できませんでした。正しい住所を入力して再申請してください。') returning id into r;
  update store set current_revision_id = r, published_revision_id = null, status = 'REJECTED', first_approved_at = null, withdrawn_at = null where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '21 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '20 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, reason, occurred_at)
    values (s, r, 'SUBMITTED', 'REJECTED', 'STAFF', staff_id, '住所の番地が確認できませんでした。正しい住所を入力して再申請してください。', now() - interval '15 days');
  insert into store (merchant_id) values (m3) returning id into s;
  insert into store_revision (store_id, revision_no, name_ja, name_en, municipality_code, address, category_code, perk_ja, perk_en, perk_zh,
      perk_conditions, contact_phone, contact_email, terms_agreed_at, status, submitted_at, decided_at, decided_by, decision_reason)
    values (s, 1, '札幌 ネイルサロン ルミエ', 'Nail Salon Lumie', '011002', '札幌市中央区北1条西2丁目', 'BEAUTY', 'ハンドケア無料', 'Free hand care', null,
      'ワクチン・パスの提示でご利用いただけます。他の割引との併用はできません。', '011-000-0014', 'store14@example.jp',
      now() - interval '21 days', 'APPROVED', now() - interval '20 days', now() - interval '15 days', staff_id, null) returning id into r;
  update store set current_revision_id = r, published_revision_id = r, status = 'WITHDRAWN', first_approved_at = now() - interval '15 days', withdrawn_at = now() - interval '3 days' where id = s;
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, null, 'DRAFT', 'MERCHANT', m3, now() - interval '21 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, 'DRAFT', 'SUBMITTED', 'MERCHANT', m3, now() - interval '20 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, reason, occurred_at)
    values (s, r, 'SUBMITTED', 'APPROVED', 'STAFF', staff_id, null, now() - interval '15 days');
  insert into poster (store_id, revision_id, serial, token, status, issued_at, ended_at)
    values (s, r, 'P-000014-01', 'demo-nail-lumie-sapporo-withdrawn-000000011', 'WITHDRAWN', now() - interval '15 days', now() - interval '3 days');
  insert into store_event (store_id, revision_id, from_status, to_status, actor_kind, actor_id, occurred_at)
    values (s, r, 'APPROVED', 'WITHDRAWN', 'MERCHANT', m3, now() - interval '3 days');
  insert into resident_account (identity_kind, email, passport_country, passport_number, password_hash, full_name, name_kana,
      birth_date, municipality_code, visitor, preferred_locale, terms_accepted_at, privacy_accepted_at, email_verified_at)
    values ('EMAIL', 'resident@example.jp', null, null, '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2', '札幌 太郎', 'サッポロ タロウ', date '1985-04-02', '011002', false, 'ja',
      now() - interval '100 days', now() - interval '100 days', now() - interval '100 days') returning id into res;
  insert into vaccination_record (resident_id, status, certificate_kind, submitted_at, reviewed_at, reviewed_by, rejection_reason)
    values (res, 'VERIFIED', 'MUNICIPAL_CERTIFICATE', now() - interval '30 days',
      now() - interval '25 days', staff_id,
      null) returning id into rec;
  insert into vaccination_dose (record_id, dose_number, dose_date, product, lot) values
    (rec, 1, current_date - 81, 'COMIRNATY', 'FF0001'),
    (rec, 2, current_date - 60, 'COMIRNATY', 'FF0002');
  insert into vaccination_record_event (record_id, to_status, actor_kind, actor_id, occurred_at)
    values (rec, 'PENDING_REVIEW', 'RESIDENT', res, now() - interval '30 days');
  insert into resident_account (identity_kind, email, passport_country, passport_number, password_hash, full_name, name_kana,
      birth_date, municipality_code, visitor, preferred_locale, terms_accepted_at, privacy_accepted_at, email_verified_at)
    values ('EMAIL', 'waiting@example.jp', null, null, '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2', '江別 みどり', 'エベツ ミドリ', date '1992-09-15', '012173', false, 'ja',
      now() - interval '100 days', now() - interval '100 days', now() - interval '100 days') returning id into res;
  insert into vaccination_record (resident_id, status, certificate_kind, submitted_at, reviewed_at, reviewed_by, rejection_reason)
    values (res, 'VERIFIED', 'MUNICIPAL_CERTIFICATE', now() - interval '30 days',
      now() - interval '25 days', staff_id,
      null) returning id into rec;
  insert into vaccination_dose (record_id, dose_number, dose_date, product, lot) values
    (rec, 1, current_date - 26, 'COMIRNATY', 'FF0001'),
    (rec, 2, current_date - 5, 'COMIRNATY', 'FF0002');
  insert into vaccination_record_event (record_id, to_status, actor_kind, actor_id, occurred_at)
    values (rec, 'PENDING_REVIEW', 'RESIDENT', res, now() - interval '30 days');
  insert into resident_account (identity_kind, email, passport_country, passport_number, password_hash, full_name, name_kana,
      birth_date, municipality_code, visitor, preferred_locale, terms_accepted_at, privacy_accepted_at, email_verified_at)
    values ('EMAIL', 'pending@example.jp', null, null, '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2', '小樽 はじめ', 'オタル ハジメ', date '1978-01-20', '012033', false, 'ja',
      now() - interval '100 days', now() - interval '100 days', now() - interval '100 days') returning id into res;
  insert into vaccination_record (resident_id, status, certificate_kind, submitted_at, reviewed_at, reviewed_by, rejection_reason)
    values (res, 'PENDING_REVIEW', 'MUNICIPAL_CERTIFICATE', now() - interval '30 days',
      null, null,
      null) returning id into rec;
  insert into vaccination_dose (record_id, dose_number, dose_date, product, lot) values
    (rec, 1, current_date - 61, 'COMIRNATY', 'FF0001'),
    (rec, 2, current_date - 40, 'COMIRNATY', 'FF0002');
  insert into vaccination_record_event (record_id, to_status, actor_kind, actor_id, occurred_at)
    values (rec, 'PENDING_REVIEW', 'RESIDENT', res, now() - interval '30 days');
  insert into resident_account (identity_kind, email, passport_country, passport_number, password_hash, full_name, name_kana,
      birth_date, municipality_code, visitor, preferred_locale, terms_accepted_at, privacy_accepted_at, email_verified_at)
    values ('EMAIL', 'rejected@example.jp', null, null, '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2', '千歳 ゆうき', 'チトセ ユウキ', date '2001-11-30', '012246', false, 'ja',
      now() - interval '100 days', now() - interval '100 days', now() - interval '100 days') returning id into res;
  insert into vaccination_record (resident_id, status, certificate_kind, submitted_at, reviewed_at, reviewed_by, rejection_reason)
    values (res, 'REJECTED', 'MUNICIPAL_CERTIFICATE', now() - interval '30 days',
      now() - interval '25 days', staff_id,
      '接種済証の写真が不鮮明で接種日が読み取れません。もう一度撮影してください。') returning id into rec;
  insert into vaccination_dose (record_id, dose_number, dose_date, product, lot) values
    (rec, 1, current_date - 66, 'COMIRNATY', 'FF0001'),
    (rec, 2, current_date - 45, 'COMIRNATY', 'FF0002');
  insert into vaccination_record_event (record_id, to_status, actor_kind, actor_id, occurred_at)
    values (rec, 'PENDING_REVIEW', 'RESIDENT', res, now() - interval '30 days');
  insert into resident_account (identity_kind, email, passport_country, passport_number, password_hash, full_name, name_kana,
      birth_date, municipality_code, visitor, preferred_locale, terms_accepted_at, privacy_accepted_at, email_verified_at)
    values ('PASSPORT', 'visitor@example.com', 'GBR', '123456789', '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2', 'Emily Carter', null, date '1990-06-12', null, true, 'en',
      now() - interval '100 days', now() - interval '100 days', now() - interval '100 days') returning id into res;
  insert into vaccination_record (resident_id, status, certificate_kind, submitted_at, reviewed_at, reviewed_by, rejection_reason)
    values (res, 'VERIFIED', 'MUNICIPAL_CERTIFICATE', now() - interval '30 days',
      now() - interval '25 days', staff_id,
      null) returning id into rec;
  insert into vaccination_dose (record_id, dose_number, dose_date, product, lot) values
    (rec, 1, current_date - 111, 'COMIRNATY', 'FF0001'),
    (rec, 2, current_date - 90, 'COMIRNATY', 'FF0002');
  insert into vaccination_record_event (record_id, to_status, actor_kind, actor_id, occurred_at)
    values (rec, 'PENDING_REVIEW', 'RESIDENT', res, now() - interval '30 days');
  insert into resident_account (identity_kind, email, passport_country, passport_number, password_hash, full_name, name_kana,
      birth_date, municipality_code, visitor, preferred_locale, terms_accepted_at, privacy_accepted_at, email_verified_at)
    values ('PASSPORT', 'wang@example.cn', 'CHN', 'E12345678', '{bcrypt}$2a$10$FEwqyae3ua4zqqXXQ/CXtORnbdAEuZ2ZNKzF/oC5xmLp.aWJoDjK2', '王 小明', null, date '1988-03-08', null, true, 'zh',
      now() - interval '100 days', now() - interval '100 days', now() - interval '100 days') returning id into res;
  insert into vaccination_record (resident_id, status, certificate_kind, submitted_at, reviewed_at, reviewed_by, rejection_reason)
    values (res, 'PENDING_REVIEW', 'MUNICIPAL_CERTIFICATE', now() - interval '30 days',
      null, null,
      null) returning id into rec;
  insert into vaccination_dose (record_id, dose_number, dose_date, product, lot) values
    (rec, 1, current_date - 51, 'COMIRNATY', 'FF0001'),
    (rec, 2, current_date - 30, 'COMIRNATY', 'FF0002');
  insert into vaccination_record_event (record_id, to_status, actor_kind, actor_id, occurred_at)
    values (rec, 'PENDING_REVIEW', 'RESIDENT', res, now() - interval '30 days');
end
$demo$;

-- Refresh dates at every start so that the demo shows the same situations on any day.
update vaccination_dose d set dose_date = current_date - x.offset_days
from (values ('resident@example.jp', 1, 81), ('resident@example.jp', 2, 60),
             ('waiting@example.jp', 1, 26), ('waiting@example.jp', 2, 5),
             ('pending@example.jp', 1, 61), ('pending@example.jp', 2, 40),
             ('rejected@example.jp', 1, 66), ('rejected@example.jp', 2, 45),
             ('visitor@example.com', 1, 111), ('visitor@example.com', 2, 90),
             ('wang@example.cn', 1, 51), ('wang@example.cn', 2, 30)) as x(email, dose_number, offset_days),
     vaccination_record r, resident_account a
where d.record_id = r.id and r.resident_id = a.id and a.email = x.email and d.dose_number = x.dose_number;

-- The Sapporo rules run over a local period that includes today (the trial itself ran 2021-12-06 to 2022-03-31).
update programme_setting set local_period_start = current_date - 30, local_period_end = current_date + 150
where programme_id = 'sapporo-passcode-2021' and updated_by is null;
