-- Resident app: what the retention job and the proof page look up.

-- the retention job deletes proofs by scan time together with their scans
create index proof_scanned_ix on proof (scanned_at);

-- my page counts unread notifications
create index notification_resident_unread_ix on notification (resident_id) where read_at is null;
