-- A write run now commits every 500 events instead of holding one transaction
-- to its end (measured on 103,030 events: 11,300-13,800 events/s in one
-- transaction, 21,300-21,400 committing every 500: H2 wrote every page of an
-- open transaction again after its commit, and read many back to commit).
-- A run that fails removes what it committed, as opening the database does
-- for a killed one, so these rows must name their run too: external master
-- data an import added, and error declarations it recorded on events stored
-- before it.
-- Until a run finishes, the anchor publisher and the custody sync skip its
-- events: nothing that may still be removed goes on chain.
ALTER TABLE party ADD COLUMN write_run BIGINT;
ALTER TABLE location ADD COLUMN write_run BIGINT;
ALTER TABLE product ADD COLUMN write_run BIGINT;
-- the runs that declared stored events erroneous (errorDeclaration)
CREATE TABLE run_declaration (
    write_run BIGINT NOT NULL,
    event_id  BIGINT NOT NULL,
    PRIMARY KEY (write_run, event_id)
);
