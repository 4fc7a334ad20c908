-- Hash IDs as their 32 bytes instead of 64 hex characters. The unique index on
-- them takes random inserts, so every store of H2's MVStore rewrote nearly all
-- its leaves: 45% of the bytes written in bulk ingest (MVStoreTool -dump of
-- 103,030 events). As bytes: 250 MB written instead of 345 MB, process CPU
-- 88 µs an event instead of 101, in runs taken in turns.
-- Hex becomes bytes through UUIDs, which H2 parses from 32 hex digits each.
ALTER TABLE epcis_event ADD COLUMN hash_digest BINARY(32);
UPDATE epcis_event SET hash_digest = CAST(CAST(SUBSTRING(hash_id, 1, 32) AS UUID) AS BINARY(16))
    || CAST(CAST(SUBSTRING(hash_id, 33, 32) AS UUID) AS BINARY(16));
ALTER TABLE epcis_event DROP COLUMN hash_id;
ALTER TABLE epcis_event ALTER COLUMN hash_digest RENAME TO hash_id;
ALTER TABLE epcis_event ALTER COLUMN hash_id SET NOT NULL;
ALTER TABLE epcis_event ADD CONSTRAINT uq_event_hash_id UNIQUE (hash_id);
