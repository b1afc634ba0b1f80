-- Failed-login counters of the three apps (docs/security.md, "Logins").
-- Keyed by app and a SHA-256 of the normalised user name, not by account: unknown names are
-- throttled exactly like real ones (no user enumeration), and a name typed by mistake (or a
-- password typed into the name field) is never stored in clear. Kept in PostgreSQL so that a
-- lock holds on every instance and across restarts.
create table login_throttle (
  app                   varchar(20) not null,
  user_key              bytea       not null,
  consecutive_failures  integer     not null default 0 check (consecutive_failures >= 0),
  -- the hourly cap counts failures in a fixed one-hour window from its first failure
  window_started_at     timestamptz not null,
  window_failures       integer     not null default 0 check (window_failures >= 0),
  locked_until          timestamptz,
  last_attempt_at       timestamptz not null,
  primary key (app, user_key)
);

-- rows without a failure for a day are forgotten
create index login_throttle_last_attempt_ix on login_throttle (last_attempt_at);
