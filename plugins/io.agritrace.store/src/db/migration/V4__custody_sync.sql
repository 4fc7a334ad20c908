-- Shipping and receiving events whose custody change the chain has been asked
-- for (or has refused, with the reason): the custody sync's progress.
CREATE TABLE custody_synced (
    event_id   BIGINT PRIMARY KEY,
    outcome    VARCHAR(2000),
    synced_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
