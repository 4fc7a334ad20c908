-- Bulk writes (imports, generated and demo data) run as numbered write runs:
-- the run is committed before its rows are written, its events carry its
-- number, and it is marked finished in their transaction. H2's MVStore can
-- persist parts of a large uncommitted transaction without their undo log when
-- the process is killed (measured: 4 of 30 kills in the middle of an import
-- left rows behind), so opening the database removes what unfinished runs left.
-- Master data is merged, not inserted, so what a run left of it does no harm.
CREATE SEQUENCE write_run_id;
CREATE TABLE write_run (
    id           BIGINT PRIMARY KEY,
    -- no event of the run has a smaller id: cleaning up scans from here
    first_event  BIGINT NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    finished     BOOLEAN DEFAULT FALSE NOT NULL
);
ALTER TABLE epcis_event ADD COLUMN write_run BIGINT;
ALTER TABLE product_batch ADD COLUMN write_run BIGINT;
