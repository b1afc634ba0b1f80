-- One schema behind the merchant portal, the resident app and the verifier console.
-- Integrity is guarded here (keys, checks), not only in Java. Times are timestamptz;
-- calendar days (doses, trips, periods) are date and mean Japan time.

-- ---------------------------------------------------------------- reference data

create table municipality (
  code        varchar(6)  primary key,          -- local government code (JIS X 0402, 6 digits)
  name_ja     varchar(40) not null unique,
  name_en     varchar(40) not null unique,
  name_zh     varchar(40) not null,
  sort_order  smallint    not null unique
);

-- Sapporo trial area: the 12 municipalities of the Sapporo metropolitan area
insert into municipality (code, name_ja, name_en, name_zh, sort_order) values
  ('011002', '札幌市',   'Sapporo',        '札幌市',   1),
  ('012033', '小樽市',   'Otaru',          '小樽市',   2),
  ('012106', '岩見沢市', 'Iwamizawa',      '岩见泽市', 3),
  ('012173', '江別市',   'Ebetsu',         '江别市',   4),
  ('012246', '千歳市',   'Chitose',        '千岁市',   5),
  ('012319', '恵庭市',   'Eniwa',          '惠庭市',   6),
  ('012343', '北広島市', 'Kitahiroshima',  '北广岛市', 7),
  ('012351', '石狩市',   'Ishikari',       '石狩市',   8),
  ('013030', '当別町',   'Tobetsu',        '当别町',   9),
  ('013048', '新篠津村', 'Shinshinotsu',   '新筱津村', 10),
  ('014231', '南幌町',   'Nanporo',        '南幌町',   11),
  ('014249', '長沼町',   'Naganuma',       '长沼町',   12);

create table business_category (
  code        varchar(30) primary key,
  name_ja     varchar(40) not null,
  name_en     varchar(40) not null,
  name_zh     varchar(40) not null,
  sort_order  smallint    not null unique
);

insert into business_category (code, name_ja, name_en, name_zh, sort_order) values
  ('RESTAURANT',   '飲食店',           'Restaurant',          '餐饮店',     1),
  ('BAR',          '居酒屋・バー',     'Izakaya / bar',       '居酒屋・酒吧', 2),
  ('CAFE',         'カフェ',           'Cafe',                '咖啡店',     3),
  ('RETAIL',       '小売店',           'Shop',                '零售店',     4),
  ('HOTEL',        '宿泊施設',         'Hotel / inn',         '住宿设施',   5),
  ('LEISURE',      '娯楽・レジャー',   'Leisure',             '娱乐休闲',   6),
  ('BEAUTY',       '理美容',           'Hair and beauty',     '美容美发',   7),
  ('FITNESS',      'フィットネス',     'Fitness',             '健身',       8),
  ('TRANSPORT',    '交通',             'Transport',           '交通',       9),
  ('OTHER',        'その他',           'Other',               '其他',       10);

-- ---------------------------------------------------------------- staff and agencies

create table travel_agency (
  id                  bigint generated always as identity primary key,
  name                varchar(200) not null,
  registration_number varchar(40)  not null unique,   -- 旅行業登録番号
  contact_email       varchar(254),
  status              varchar(12)  not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
  created_at          timestamptz  not null default now()
);

create table staff_account (
  id                 bigint generated always as identity primary key,
  username           varchar(254) not null,
  password_hash      varchar(255) not null,
  display_name       varchar(100) not null,
  role               varchar(20)  not null check (role in ('TRAVEL_AGENT', 'CITY_STAFF', 'CITY_STAFF_LEAD')),
  agency_id          bigint references travel_agency (id),
  enabled            boolean      not null default true,
  failed_logins      integer      not null default 0 check (failed_logins >= 0),
  locked_until       timestamptz,
  created_at         timestamptz  not null default now(),
  version            bigint       not null default 0,
  -- an agent belongs to exactly one agency; city staff to none
  constraint staff_agency_matches_role check ((role = 'TRAVEL_AGENT') = (agency_id is not null))
);
create unique index staff_account_username_uk on staff_account (lower(username));
create index staff_account_agency_ix on staff_account (agency_id);

create table api_key (
  id          bigint generated always as identity primary key,
  agency_id   bigint       not null references travel_agency (id),
  label       varchar(100) not null,
  key_prefix  varchar(16)  not null unique,     -- shown in lists, identifies the key
  key_hash    bytea        not null unique,     -- SHA-256 of the whole key; the key itself is shown once
  created_by  bigint       not null references staff_account (id),
  created_at  timestamptz  not null default now(),
  revoked_by  bigint       references staff_account (id),
  revoked_at  timestamptz,
  last_used_at timestamptz,
  constraint api_key_revocation_complete check ((revoked_at is null) = (revoked_by is null))
);

-- ---------------------------------------------------------------- merchants and stores

create table merchant_account (
  id                 bigint generated always as identity primary key,
  email              varchar(254) not null,
  password_hash      varchar(255) not null,
  contact_name       varchar(100) not null,
  company_name       varchar(200),
  phone              varchar(30),
  preferred_locale   varchar(10)  not null default 'ja' check (preferred_locale in ('ja', 'en')),
  email_verified_at  timestamptz,
  enabled            boolean      not null default true,
  failed_logins      integer      not null default 0 check (failed_logins >= 0),
  locked_until       timestamptz,
  created_at         timestamptz  not null default now(),
  version            bigint       not null default 0
);
create unique index merchant_account_email_uk on merchant_account (lower(email));

create table store (
  id                    bigint generated always as identity primary key,
  merchant_id           bigint      not null references merchant_account (id),
  status                varchar(12) not null default 'DRAFT'
                        check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
  current_revision_id   bigint,     -- the revision being edited or reviewed
  published_revision_id bigint,     -- the approved revision shown publicly and on the poster
  first_approved_at     timestamptz,
  withdrawn_at          timestamptz,
  created_at            timestamptz not null default now(),
  updated_at            timestamptz not null default now(),
  version               bigint      not null default 0,
  constraint store_approved_has_published check (status not in ('APPROVED') or published_revision_id is not null),
  constraint store_withdrawn_has_time check ((status = 'WITHDRAWN') = (withdrawn_at is not null))
);
create index store_merchant_ix on store (merchant_id);
create index store_status_ix on store (status);

create table store_revision (
  id               bigint generated always as identity primary key,
  store_id         bigint       not null references store (id),
  revision_no      integer      not null check (revision_no >= 1),
  name_ja          varchar(100) not null,
  name_en          varchar(100),
  municipality_code varchar(6)  not null references municipality (code),
  address          varchar(300) not null,
  category_code    varchar(30)  not null references business_category (code),
  perk_ja          varchar(500) not null,
  perk_en          varchar(500),
  perk_zh          varchar(500),
  perk_conditions  varchar(1000),
  contact_phone    varchar(30)  not null,
  contact_email    varchar(254) not null,
  terms_agreed_at  timestamptz  not null,
  status           varchar(12)  not null default 'DRAFT'
                   check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED', 'SUPERSEDED')),
  submitted_at     timestamptz,
  decided_at       timestamptz,
  decided_by       bigint       references staff_account (id),
  decision_reason  varchar(1000),
  created_at       timestamptz  not null default now(),
  constraint store_revision_no_uk unique (store_id, revision_no),
  constraint store_revision_submitted_has_time check (status = 'DRAFT' or submitted_at is not null),
  constraint store_revision_decided check (status not in ('APPROVED', 'REJECTED') or (decided_at is not null and decided_by is not null)),
  constraint store_revision_rejected_has_reason check (status <> 'REJECTED' or length(trim(decision_reason)) > 0)
);
create index store_revision_status_ix on store_revision (status, submitted_at);
create index store_revision_municipality_ix on store_revision (municipality_code);

alter table store add constraint store_current_revision_fk
  foreign key (current_revision_id) references store_revision (id) deferrable initially deferred;
alter table store add constraint store_published_revision_fk
  foreign key (published_revision_id) references store_revision (id) deferrable initially deferred;

-- every change of a store's state, with who, when and why
create table store_event (
  id           bigint generated always as identity primary key,
  store_id     bigint      not null references store (id),
  revision_id  bigint      references store_revision (id),
  from_status  varchar(12),
  to_status    varchar(12) not null,
  actor_kind   varchar(12) not null check (actor_kind in ('MERCHANT', 'STAFF', 'SYSTEM')),
  actor_id     bigint,
  reason       varchar(1000),
  occurred_at  timestamptz not null default now()
);
create index store_event_store_ix on store_event (store_id, occurred_at);

create table poster (
  id           bigint generated always as identity primary key,
  store_id     bigint      not null references store (id),
  revision_id  bigint      not null references store_revision (id),
  serial       varchar(20) not null unique,      -- printed on the poster, e.g. P-000123-02
  token        varchar(43) not null unique,      -- base64url of 256 random bits; encoded in the QR (public, on the wall)
  status       varchar(10) not null default 'ACTIVE' check (status in ('ACTIVE', 'REPLACED', 'WITHDRAWN')),
  issued_at    timestamptz not null default now(),
  ended_at     timestamptz,
  constraint poster_ended_has_time check ((status = 'ACTIVE') = (ended_at is null))
);
-- one working poster per store at any time
create unique index poster_one_active_per_store_uk on poster (store_id) where status = 'ACTIVE';

-- ---------------------------------------------------------------- residents

create table resident_account (
  id                    bigint generated always as identity primary key,
  identity_kind         varchar(10)  not null check (identity_kind in ('EMAIL', 'PASSPORT')),
  email                 varchar(254),
  passport_country      char(3),                 -- ISO 3166-1 alpha-3
  passport_number       varchar(20),
  password_hash         varchar(255) not null,
  full_name             varchar(200) not null,   -- as on the ID: kanji/kana or Latin
  name_kana             varchar(200),
  birth_date            date         not null check (birth_date >= date '1900-01-01'),
  municipality_code     varchar(6)   references municipality (code),
  visitor               boolean      not null default false,
  preferred_locale      varchar(10)  not null default 'ja' check (preferred_locale in ('ja', 'en', 'zh')),
  face_photo_id         bigint,
  terms_accepted_at     timestamptz  not null,
  privacy_accepted_at   timestamptz  not null,
  email_verified_at     timestamptz,
  enabled               boolean      not null default true,
  failed_logins         integer      not null default 0 check (failed_logins >= 0),
  locked_until          timestamptz,
  created_at            timestamptz  not null default now(),
  version               bigint       not null default 0,
  constraint resident_email_identity check (identity_kind <> 'EMAIL' or email is not null),
  constraint resident_passport_identity check (identity_kind <> 'PASSPORT' or (passport_country is not null and passport_number is not null)),
  -- a resident of one of the 12 municipalities, or a visitor
  constraint resident_home check (visitor = (municipality_code is null))
);
create unique index resident_account_email_uk on resident_account (lower(email)) where email is not null;
create unique index resident_account_passport_uk on resident_account (passport_country, upper(passport_number)) where passport_number is not null;

-- uploaded images: face photos and certificate photos (contents may be encrypted: key_id names the key)
create table document (
  id           bigint generated always as identity primary key,
  resident_id  bigint      not null references resident_account (id) on delete cascade,
  kind         varchar(24) not null check (kind in ('FACE_PHOTO', 'VACCINATION_CERTIFICATE', 'TEST_CERTIFICATE')),
  media_type   varchar(40) not null check (media_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  byte_size    integer     not null check (byte_size > 0 and byte_size <= 10485760),
  width        integer     check (width > 0),
  height       integer     check (height > 0),
  sha256       bytea       not null,
  key_id       varchar(40),
  content      bytea       not null,
  created_at   timestamptz not null default now()
);
create index document_resident_ix on document (resident_id, kind);

alter table resident_account add constraint resident_face_photo_fk
  foreign key (face_photo_id) references document (id) on delete set null deferrable initially deferred;

create table vaccination_record (
  id                       bigint generated always as identity primary key,
  resident_id              bigint      not null unique references resident_account (id) on delete cascade,
  status                   varchar(16) not null default 'PENDING_REVIEW'
                           check (status in ('PENDING_REVIEW', 'VERIFIED', 'REJECTED')),
  certificate_kind         varchar(30) not null
                           check (certificate_kind in ('MUNICIPAL_CERTIFICATE', 'HEALTH_WORKER_RECORD', 'NATIONAL_CERTIFICATE')),
  certificate_document_id  bigint      references document (id) on delete set null,
  submitted_at             timestamptz not null default now(),
  reviewed_at              timestamptz,
  reviewed_by              bigint      references staff_account (id),
  rejection_reason         varchar(1000),
  version                  bigint      not null default 0,
  constraint vaccination_record_reviewed check (status = 'PENDING_REVIEW' or (reviewed_at is not null and reviewed_by is not null)),
  constraint vaccination_record_rejected_reason check (status <> 'REJECTED' or length(trim(rejection_reason)) > 0)
);
create index vaccination_record_status_ix on vaccination_record (status, submitted_at);

create table vaccination_dose (
  id           bigint generated always as identity primary key,
  record_id    bigint       not null references vaccination_record (id) on delete cascade,
  dose_number  smallint     not null check (dose_number between 1 and 10),
  dose_date    date         not null check (dose_date >= date '2020-12-01'),
  product      varchar(40)  not null,
  lot          varchar(40),
  constraint vaccination_dose_number_uk unique (record_id, dose_number)
);

create table vaccination_record_event (
  id           bigint generated always as identity primary key,
  record_id    bigint      not null references vaccination_record (id) on delete cascade,
  to_status    varchar(16) not null,
  actor_kind   varchar(12) not null check (actor_kind in ('RESIDENT', 'STAFF', 'SYSTEM')),
  actor_id     bigint,
  reason       varchar(1000),
  occurred_at  timestamptz not null default now()
);
create index vaccination_record_event_record_ix on vaccination_record_event (record_id, occurred_at);

-- ---------------------------------------------------------------- programmes

-- the programme definitions (rules) live in the rules engine; this is how the city runs them
create table programme_setting (
  programme_id       varchar(40) primary key,
  local_period_start date,
  local_period_end   date,
  alert_level        smallint    not null default 0 check (alert_level between 0 and 5),
  priority_measures  boolean     not null default false,
  suspended          boolean     not null default false,
  updated_by         bigint      references staff_account (id),
  updated_at         timestamptz not null default now(),
  version            bigint      not null default 0,
  constraint programme_period_order check (local_period_end is null or local_period_start is null or local_period_start <= local_period_end)
);

create table programme_setting_event (
  id                 bigint generated always as identity primary key,
  programme_id       varchar(40) not null references programme_setting (programme_id),
  local_period_start date,
  local_period_end   date,
  alert_level        smallint    not null,
  priority_measures  boolean     not null,
  suspended          boolean     not null,
  changed_by         bigint      references staff_account (id),
  reason             varchar(1000),
  changed_at         timestamptz not null default now()
);

insert into programme_setting (programme_id) values
  ('sapporo-passcode-2021'), ('shinshu-wari-special-v2'), ('fukuoka-vtp-3dose'), ('tochigi-vtp-restaurant');

-- ---------------------------------------------------------------- scans and proofs

-- every scan of a poster, whatever the outcome; partitioned by month so that expired
-- months are dropped whole. resident_id is cleared when an account is deleted
-- (the scan remains as an anonymous count).
create table scan_log (
  id            bigint generated always as identity,
  scanned_at    timestamptz not null,
  resident_id   bigint      references resident_account (id) on delete set null,
  store_id      bigint      not null references store (id),
  poster_id     bigint      not null references poster (id),
  programme_id  varchar(40) not null,
  outcome       varchar(20) not null check (outcome in ('PROOF_ISSUED', 'NOT_ELIGIBLE', 'RECORD_NOT_VERIFIED',
                                                       'POSTER_REPLACED', 'POSTER_WITHDRAWN', 'NOT_IN_FORCE')),
  primary key (id, scanned_at)
) partition by range (scanned_at);

create index scan_log_store_time_ix on scan_log (store_id, scanned_at);
create index scan_log_resident_time_ix on scan_log (resident_id, scanned_at);

create table scan_log_default partition of scan_log default;

-- monthly partitions (Japan months); the retention job creates future ones ahead of time
create function ensure_scan_log_partition(month_start date) returns text
language plpgsql as $$
declare
  first_day date := date_trunc('month', month_start)::date;
  part_name text := format('scan_log_%s', to_char(first_day, 'YYYYMM'));
begin
  if to_regclass(part_name) is null then
    execute format(
      'create table %I partition of scan_log for values from (%L) to (%L)',
      part_name,
      (first_day::timestamp at time zone 'Asia/Tokyo'),
      ((first_day + interval '1 month')::timestamp at time zone 'Asia/Tokyo'));
  end if;
  return part_name;
end;
$$;

select ensure_scan_log_partition(d::date)
from generate_series(date '2021-12-01', date '2027-12-01', interval '1 month') as d;

-- one-time proofs: the id in the URL is 256 random bits; only its SHA-256 is stored
create table proof (
  id             bigint generated always as identity primary key,
  token_hash     bytea       not null unique,
  resident_id    bigint      not null references resident_account (id) on delete cascade,
  store_id       bigint      not null references store (id),
  poster_id      bigint      not null references poster (id),
  scan_id        bigint      not null,
  session_hash   bytea       not null,        -- only the session that scanned may open it
  programme_id   varchar(40) not null,
  basis          varchar(24) not null,
  scanned_at     timestamptz not null,
  expires_at     timestamptz not null,
  constraint proof_expiry_after_scan check (expires_at > scanned_at)
);
create index proof_resident_ix on proof (resident_id, scanned_at);
create unique index proof_one_per_scan_uk on proof (scan_id);

-- signed proof codes already presented to a checker (replay detection)
create table proof_code_redemption (
  proof_id      bigint      primary key references proof (id) on delete cascade,
  redeemed_at   timestamptz not null default now(),
  redeemed_by   bigint      references staff_account (id)
);

-- ---------------------------------------------------------------- eligibility checks (travel agents)

create table eligibility_check (
  id                 bigint generated always as identity primary key,
  agency_id          bigint       not null references travel_agency (id),
  checked_by         bigint       references staff_account (id),   -- null when asked through the API
  api_key_id         bigint       references api_key (id),
  channel            varchar(6)   not null check (channel in ('WEB', 'API')),
  booking_reference  varchar(60),
  programme_id       varchar(40)  not null,
  reference_date     date         not null,
  trip_end_date      date,
  people_count       integer      not null check (people_count > 0),
  eligible_count     integer      not null check (eligible_count >= 0),
  request            jsonb        not null,
  decision           jsonb        not null,
  checked_at         timestamptz  not null default now(),
  constraint eligibility_check_actor check ((channel = 'WEB') = (checked_by is not null) and (channel = 'API') = (api_key_id is not null)),
  constraint eligibility_check_counts check (eligible_count <= people_count),
  constraint eligibility_check_trip check (trip_end_date is null or trip_end_date >= reference_date)
);
create index eligibility_check_agency_time_ix on eligibility_check (agency_id, checked_at desc);
create index eligibility_check_booking_ix on eligibility_check (agency_id, booking_reference);

-- ---------------------------------------------------------------- clusters and notifications

create table cluster_case (
  id            bigint generated always as identity primary key,
  case_number   varchar(40)  not null,
  reason        varchar(1000) not null check (length(trim(reason)) > 0),
  store_id      bigint       not null references store (id),
  window_start  timestamptz  not null,
  window_end    timestamptz  not null,
  opened_by     bigint       not null references staff_account (id),
  opened_at     timestamptz  not null default now(),
  constraint cluster_window_order check (window_start < window_end)
);

create table notification (
  id               bigint generated always as identity primary key,
  resident_id      bigint       references resident_account (id) on delete cascade,
  merchant_id      bigint       references merchant_account (id) on delete cascade,
  kind             varchar(30)  not null,
  subject          varchar(200) not null,
  body             text         not null,
  cluster_case_id  bigint       references cluster_case (id),
  created_at       timestamptz  not null default now(),
  read_at          timestamptz,
  emailed_at       timestamptz,
  constraint notification_one_recipient check ((resident_id is null) <> (merchant_id is null))
);
create index notification_resident_ix on notification (resident_id, created_at desc);
create index notification_merchant_ix on notification (merchant_id, created_at desc);

-- ---------------------------------------------------------------- account tokens and login throttling

create table account_token (
  id            bigint generated always as identity primary key,
  token_hash    bytea       not null unique,
  account_kind  varchar(10) not null check (account_kind in ('MERCHANT', 'RESIDENT')),
  account_id    bigint      not null,
  purpose       varchar(16) not null check (purpose in ('VERIFY_EMAIL', 'RESET_PASSWORD')),
  expires_at    timestamptz not null,
  used_at       timestamptz,
  created_at    timestamptz not null default now()
);
create index account_token_account_ix on account_token (account_kind, account_id);

-- ---------------------------------------------------------------- audit log (append only)

create table audit_log (
  id            bigint generated always as identity primary key,
  occurred_at   timestamptz  not null default now(),
  app           varchar(20)  not null,
  actor_kind    varchar(12)  not null,
  actor_id      bigint,
  actor_name    varchar(254),
  action        varchar(60)  not null,
  target_kind   varchar(40),
  target_id     varchar(60),
  case_number   varchar(40),
  reason        varchar(1000),
  details       jsonb
);
create index audit_log_time_ix on audit_log (occurred_at desc);
create index audit_log_actor_ix on audit_log (actor_kind, actor_id, occurred_at desc);

create function audit_log_is_append_only() returns trigger
language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;

create trigger audit_log_no_update before update or delete on audit_log
  for each statement execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_is_append_only();

-- ---------------------------------------------------------------- scheduled jobs run once across instances

create table job_lock (
  name        varchar(60) primary key,
  locked_until timestamptz not null,
  locked_at   timestamptz not null,
  locked_by   varchar(255) not null
);
