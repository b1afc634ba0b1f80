-- Merchant portal: a store's posters newest first (store page, next poster serial) and the
-- merchant's stores with their state (dashboard). Lookups by poster token use the unique
-- index on poster.token from V1.
create index poster_store_issued_ix on poster (store_id, issued_at desc);
create index store_merchant_status_ix on store (merchant_id, status);
