-- A catalogue product's unit (UN/ECE Rec. 20, which its harvests propose) and
-- the storage band it must be kept in, where one applies
-- (io.agritrace.core.model.StorageBand codes). Products registered before this
-- version have neither.
ALTER TABLE product ADD COLUMN unit VARCHAR(3);
ALTER TABLE product ADD COLUMN storage_band VARCHAR(30);
