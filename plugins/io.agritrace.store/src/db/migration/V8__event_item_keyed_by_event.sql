-- event_item keyed by its event's id times 2^20 plus the row's position in the
-- event (EventItemKeys): an event's rows are a range of the primary key, and
-- the index on event_id goes. Bulk ingest wrote and committed about 8.5 rows
-- and index entries per event, 1.1 of them in that index (measured on 103,030
-- events in runs taken in turns: process CPU 96 µs an event with it, 89 without).
CREATE TABLE event_item_keyed (
    id        BIGINT       PRIMARY KEY,
    event_id  BIGINT       GENERATED ALWAYS AS (id / 1048576),
    item      VARCHAR(300) NOT NULL,
    role      VARCHAR(10)  NOT NULL,
    quantity  DECIMAL(20,6),
    uom       VARCHAR(3)
);
INSERT INTO event_item_keyed(id, item, role, quantity, uom)
    SELECT event_id * 1048576 + ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY _ROWID_) - 1, item, role, quantity, uom
    FROM event_item;
DROP TABLE event_item;
ALTER TABLE event_item_keyed RENAME TO event_item;
CREATE INDEX ix_item_role ON event_item(item, role);
