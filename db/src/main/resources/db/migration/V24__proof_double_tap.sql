-- Resident app: a double tap (the same session scanning the same store again within 30 s)
-- opens the proof it already has instead of a second proof, and is one visit in scan_log.

-- the last counted scan of each session at each store: the primary key serialises two
-- concurrent scans of the same poster by the same session (an upsert in the scan's one
-- statement), so exactly one of them makes the proof
create table proof_tap (
  session_hash  bytea       not null,
  store_id      bigint      not null,
  token_hash    bytea       not null,   -- proof.token_hash of the proof that scan made
  tapped_at     timestamptz not null,
  constraint proof_tap_pk primary key (session_hash, store_id)
);
create index proof_tap_tapped_ix on proof_tap (tapped_at);

-- further URL tokens of a proof, one per double tap (hashed like proof.token_hash): each tab
-- keeps a working URL, and there is still one proof, one proof id and one signed code
create table proof_alias (
  token_hash  bytea  primary key,
  proof_id    bigint not null references proof (id) on delete cascade
);
create index proof_alias_proof_ix on proof_alias (proof_id);
