-- HTTP sessions (Spring Session JDBC), one pair of tables per app so that a session
-- id issued by one app is never accepted by another. Several instances of an app share them.

create table merchant_session (
  primary_id            char(36)     not null,
  session_id            char(36)     not null,
  creation_time         bigint       not null,
  last_access_time      bigint       not null,
  max_inactive_interval integer      not null,
  expiry_time           bigint       not null,
  principal_name        varchar(100),
  constraint merchant_session_pk primary key (primary_id)
);
create unique index merchant_session_ix1 on merchant_session (session_id);
create index merchant_session_ix2 on merchant_session (expiry_time);
create index merchant_session_ix3 on merchant_session (principal_name);

create table merchant_session_attributes (
  session_primary_id char(36)     not null,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea        not null,
  constraint merchant_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint merchant_session_attributes_fk foreign key (session_primary_id) references merchant_session (primary_id) on delete cascade
);

create table resident_session (
  primary_id            char(36)     not null,
  session_id            char(36)     not null,
  creation_time         bigint       not null,
  last_access_time      bigint       not null,
  max_inactive_interval integer      not null,
  expiry_time           bigint       not null,
  principal_name        varchar(100),
  constraint resident_session_pk primary key (primary_id)
);
create unique index resident_session_ix1 on resident_session (session_id);
create index resident_session_ix2 on resident_session (expiry_time);
create index resident_session_ix3 on resident_session (principal_name);

create table resident_session_attributes (
  session_primary_id char(36)     not null,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea        not null,
  constraint resident_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint resident_session_attributes_fk foreign key (session_primary_id) references resident_session (primary_id) on delete cascade
);

create table verifier_session (
  primary_id            char(36)     not null,
  session_id            char(36)     not null,
  creation_time         bigint       not null,
  last_access_time      bigint       not null,
  max_inactive_interval integer      not null,
  expiry_time           bigint       not null,
  principal_name        varchar(100),
  constraint verifier_session_pk primary key (primary_id)
);
create unique index verifier_session_ix1 on verifier_session (session_id);
create index verifier_session_ix2 on verifier_session (expiry_time);
create index verifier_session_ix3 on verifier_session (principal_name);

create table verifier_session_attributes (
  session_primary_id char(36)     not null,
  attribute_name     varchar(200) not null,
  attribute_bytes    bytea        not null,
  constraint verifier_session_attributes_pk primary key (session_primary_id, attribute_name),
  constraint verifier_session_attributes_fk foreign key (session_primary_id) references verifier_session (primary_id) on delete cascade
);
