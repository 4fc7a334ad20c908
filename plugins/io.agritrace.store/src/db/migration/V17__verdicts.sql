-- What the last verification against the chain found for each event (null:
-- never verified), so that the dashboard and the credit profiles can count
-- only records that verify, and show every mismatch.
ALTER TABLE anchor_outbox ADD COLUMN verdict VARCHAR(16);
ALTER TABLE anchor_outbox ADD COLUMN verified_at TIMESTAMP WITH TIME ZONE;

-- Events anchored on chain for this store's lots that the database does not
-- hold: deleted here, or a partner's never imported.
CREATE TABLE missing_event (
    hash_id      BINARY(32) PRIMARY KEY,
    item         VARCHAR(300) NOT NULL,
    block_number BIGINT,
    found_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
