-- The party that runs each site: events there are its records.
ALTER TABLE location ADD COLUMN operator VARCHAR(300);

-- What each stored event tells of its organisation's record keeping and what
-- the dashboard counts, written with the event (core's EventFacts), so that a
-- credit profile or a dashboard reads these narrow rows, not the events' JSON.
CREATE TABLE event_fact (
    event_id          BIGINT PRIMARY KEY,
    event_time        TIMESTAMP WITH TIME ZONE NOT NULL,
    party             VARCHAR(300),
    stage             VARCHAR(12) NOT NULL,
    gtin              CHAR(14),
    division          CHAR(6),
    to_division       CHAR(6),
    kg                DECIMAL(20,3),
    -- the fields its stage requires that it lacks, comma-separated; null when complete
    missing           VARCHAR(200),
    delay_minutes     BIGINT NOT NULL,
    -- P passed, F failed; null for any other step
    inspection        CHAR(1),
    -- null when it has no temperature reading against a band
    excursions        INT,
    excursion_minutes BIGINT NOT NULL,
    -- a transformation whose yield is outside the range typical of its step
    implausible       BOOLEAN NOT NULL,
    -- an imported event stored with the custody rule it breaks
    flagged           BOOLEAN NOT NULL,
    corrected         BOOLEAN DEFAULT FALSE NOT NULL
);
CREATE INDEX ix_fact_party ON event_fact(party, event_id);
-- the dashboard reads a period
CREATE INDEX ix_fact_time ON event_fact(event_time);
