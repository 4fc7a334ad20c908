-- Hash IDs as VARCHAR: for every comparison in the unique index, H2 made a new
-- CHAR value of the hash searched for (about 5% of the writing thread's time
-- in a profile of bulk ingest).
ALTER TABLE epcis_event ALTER COLUMN hash_id SET DATA TYPE VARCHAR(64);
